import { plainText } from './plainText';

describe('plainText', () => {
  it.each([
    [
      'a heading',
      '# Deploys\n\nRestart the queue.',
      'Deploys\nRestart the queue.',
    ],
    ['a setext heading', 'Deploys\n=======\n', 'Deploys'],
    [
      'emphasis, strong and strikethrough',
      'Use **the deploy pipeline**, _not_ ~~Jenkins~~ __ever__.',
      'Use the deploy pipeline, not Jenkins ever.',
    ],
    [
      'a link as its text',
      'See [the CI dashboard](https://grafana.example.com/d/ci "CI").',
      'See the CI dashboard.',
    ],
    [
      'a reference link',
      'Read [the runbook][rb].\n\n[rb]: https://example.com/rb',
      'Read the runbook.',
    ],
    [
      'a bare link',
      'Open https://example.com/ci now',
      'Open https://example.com/ci now',
    ],
    ['an autolink', 'Mail <ops@example.com>', 'Mail ops@example.com'],
    [
      'an image as its alt text',
      '![the runner graph](graph.png)',
      'the runner graph',
    ],
    ['inline code', 'Run `kubectl get pods`.', 'Run kubectl get pods.'],
    [
      'a code fence',
      'Run:\n\n```sh\nkubectl rollout restart deploy/queue\n```\n\nThen wait.',
      'Run:\nkubectl rollout restart deploy/queue\nThen wait.',
    ],
    ['an indented code block', 'Run:\n\n    make all\n', 'Run:\nmake all'],
    [
      'bullet and numbered lists',
      '- first\n- second\n\n1. one\n2. two\n\n* star\n+ plus',
      'first\nsecond\none\ntwo\nstar\nplus',
    ],
    ['a nested list', '- outer\n  - inner', 'outer\ninner'],
    ['task lists', '- [ ] open\n- [x] done', 'open\ndone'],
    [
      'a table, row by row',
      '| Region | Owner |\n| --- | :-: |\n| EU | **Platform** |',
      'Region Owner\nEU Platform',
    ],
    [
      'a quote',
      '> Never restore over\n> the live database.',
      'Never restore over the live database.',
    ],
    ['a rule', 'Above\n\n---\n\nBelow', 'Above\nBelow'],
    [
      'HTML tags',
      'Press <kbd>Enter</kbd>.\n\n<details>\nMore\n</details>',
      'Press Enter.\nMore',
    ],
    [
      'escaped marks',
      'Not \\*emphasis\\* and 5 \\# items',
      'Not *emphasis* and 5 # items',
    ],
    ['entities', 'Tom &amp; Jerry &lt;3', 'Tom & Jerry <3'],
    ['a hard break', 'one  \ntwo', 'one\ntwo'],
    [
      'plain text as it is',
      'Please help, the VPN is down.',
      'Please help, the VPN is down.',
    ],
    ['nothing', '', ''],
  ])('leaves out the marks of %s', (_case, markdown, text) => {
    expect(plainText(markdown)).toBe(text);
  });
});
