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
    'http://localhost:7007/api/zooport',
    'http://127.0.0.1/hook',
    'http://2130706433/hook',
    'http://[::1]/hook',
    'http://[::7f00:1]/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://[::ffff:10.0.0.1]/hook',
    'https://db.internal.example.com/hook',
    'https://sneaky.example.com/hook',
    'http://192.168.1.20/hook',
    'http://[fd00::1]/hook',
    'http://0.0.0.0/hook',
  ])('refuses %s, which reaches the internal network', async url => {
    expect(await targets.refusal(url)).toMatch(/ is not a public address; /);
  });

  it('does not tell which internal address a name has', async () => {
    expect(await targets.refusal('https://db.internal.example.com/x')).toBe(
      'db.internal.example.com is not a public address; a Zooport admin can allow it in zooport.webhooks.allowedHosts',
    );
  });

  /** The connection lookup's answer: an error or every address. */
  const connectLookUp = (subject: WebhookTargets, host: string) =>
    new Promise<{ error: Error | null; addresses: unknown }>(resolve =>
      subject.connectionLookup(host, { all: true }, (error, addresses) =>
        resolve({ error, addresses }),
      ),
    );

  it('refuses internal addresses again when connecting, whatever was checked before', async () => {
    const { error } = await connectLookUp(targets, 'localhost');
    expect(error?.message).toBe(
      'localhost is not a public address; a Zooport admin can allow it in zooport.webhooks.allowedHosts',
    );
  });

  it('connects to a listed host as it resolves', async () => {
    const listed = new WebhookTargets({ allowedHosts: ['localhost'] });
    const { error, addresses } = await connectLookUp(listed, 'localhost');
    expect(error).toBeNull();
    expect(addresses).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ address: '127.0.0.1' }),
      ]),
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
