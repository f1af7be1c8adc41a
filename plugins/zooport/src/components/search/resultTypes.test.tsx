import { isZooportSearchResult } from './resultTypes';

const result = (type: string) => ({
  type,
  document: { title: 'A', text: 'B', location: '/c' },
});

describe('isZooportSearchResult', () => {
  it('takes FAQ entries, playbooks and requests, nothing else', () => {
    expect(isZooportSearchResult(result('zooport-entry'))).toBe(true);
    expect(isZooportSearchResult(result('zooport-request'))).toBe(true);
    expect(isZooportSearchResult(result('software-catalog'))).toBe(false);
    expect(isZooportSearchResult(result('techdocs'))).toBe(false);
  });
});
