import { WebhookTargets } from './WebhookTargets';

const resolvingTo =
  (table: Record<string, string[]>) =>
  async (host: string): Promise<string[]> => {
    if (!table[host]) {
      throw new Error(`ENOTFOUND ${host}`);
    }
    return table[host];
  };

describe('WebhookTargets', () => {
  const targets = new WebhookTargets({
    resolve: resolvingTo({
      'hooks.example.com': [
        '93.184.215.14',
        '2606:2800:21f:cb07:6820:80da:af6b:8b2c',
      ],
      'db.internal.example.com': ['10.0.4.12'],
      'sneaky.example.com': ['93.184.215.14', '127.0.0.1'],
      localhost: ['127.0.0.1', '::1'],
    }),
  });

  it('allows hosts whose every address is public', async () => {
    expect(
      await targets.refusal('https://hooks.example.com/x'),
    ).toBeUndefined();
    expect(
      await targets.refusal('http://93.184.215.14:8080/x'),
    ).toBeUndefined();
  });

  it.each([
    ['http://localhost:7007/api/zooport', '127.0.0.1'],
    ['http://127.0.0.1/hook', '127.0.0.1'],
    ['http://[::1]/hook', '::1'],
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254'],
    ['http://[::ffff:10.0.0.1]/hook', '::ffff:a00:1'],
    ['https://db.internal.example.com/hook', '10.0.4.12'],
    ['https://sneaky.example.com/hook', '127.0.0.1'],
    ['http://192.168.1.20/hook', '192.168.1.20'],
    ['http://[fd00::1]/hook', 'fd00::1'],
  ])('refuses %s, which reaches the internal network', async (url, address) => {
    expect(await targets.refusal(url)).toMatch(
      `is not a public address (${address})`,
    );
  });

  it('refuses a host that does not resolve', async () => {
    expect(await targets.refusal('https://nowhere.example.com/x')).toBe(
      'nowhere.example.com cannot be resolved',
    );
  });

  it('allows only the listed hosts when a list is configured', async () => {
    const listed = new WebhookTargets({
      allowedHosts: ['hooks.slack.com', '*.chat.example.com', '127.0.0.1'],
      resolve: async () => {
        throw new Error('a listed host is not resolved');
      },
    });
    expect(
      await listed.refusal('https://hooks.slack.com/services/x'),
    ).toBeUndefined();
    expect(
      await listed.refusal('https://team.chat.example.com/h'),
    ).toBeUndefined();
    expect(await listed.refusal('http://127.0.0.1:9999/h')).toBeUndefined();
    expect(await listed.refusal('https://chat.example.com.evil.io/h')).toBe(
      'chat.example.com.evil.io is not one of the allowed webhook hosts',
    );
    expect(await listed.refusal('https://hooks.example.com/h')).toBe(
      'hooks.example.com is not one of the allowed webhook hosts',
    );
  });
});
