import { listOf, moved } from './lists';

describe('lists', () => {
  it('moves an item up and down, and not past the ends', () => {
    expect(moved(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 3)).toEqual(['a', 'b', 'c']);
  });

  it('reads comma lists', () => {
    expect(listOf(' production-access, ,oncall ')).toEqual([
      'production-access',
      'oncall',
    ]);
  });
});
