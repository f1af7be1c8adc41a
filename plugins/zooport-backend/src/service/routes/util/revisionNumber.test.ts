import { revisionNumber } from './revisionNumber';

describe('revisionNumber', () => {
  it.each(['1', '42', '2147483647'])('takes %s', text => {
    expect(revisionNumber(text)).toBe(Number(text));
  });

  it.each([
    '0',
    '-1',
    '1.5',
    '1e3',
    ' 1',
    '',
    '0x10',
    '2147483648',
    '9007199254740993',
    '9'.repeat(400),
  ])('refuses %j', text => {
    expect(revisionNumber(text)).toBeUndefined();
  });
});
