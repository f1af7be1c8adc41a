import {
  faqCandidates,
  significantWords,
  titleSimilarity,
} from './faqCandidates';

const answered = (id: string, title: string, typeId = 'question') => ({
  id,
  typeId,
  title,
});

describe('faqCandidates', () => {
  it('groups questions that keep coming back, largest first', () => {
    const candidates = faqCandidates([
      answered('1', 'How do I reset my VPN token?'),
      answered('2', 'VPN token reset'),
      answered('3', 'Reset the VPN token please'),
      answered('4', 'Where are the Grafana dashboards?'),
      answered('5', 'Grafana dashboards missing'),
      answered('6', 'Grafana dashboards for payments'),
      answered('7', 'Grafana dashboard access'),
      answered('8', 'Kafka topic quota'),
    ]);
    expect(candidates.map(c => c.requests.map(r => r.id))).toEqual([
      ['4', '5', '6', '7'],
      ['1', '2', '3'],
    ]);
    expect(candidates[1].words.sort()).toEqual(['reset', 'token', 'vpn']);
  });

  it('keeps request types apart and drops small groups', () => {
    const candidates = faqCandidates([
      answered('1', 'VPN token reset', 'question'),
      answered('2', 'VPN token reset', 'access'),
      answered('3', 'VPN token reset', 'question'),
    ]);
    expect(candidates).toEqual([]);
    expect(
      faqCandidates(
        [answered('1', 'VPN token reset'), answered('2', 'VPN token reset')],
        { minRequests: 2 },
      ),
    ).toHaveLength(1);
  });

  it('compares significant words only', () => {
    expect([...significantWords('How do I get the VPN tokens?')]).toEqual([
      'vpn',
      'token',
    ]);
    expect(
      titleSimilarity(significantWords('vpn token'), significantWords('token')),
    ).toBe(0.5);
    expect(titleSimilarity(new Set(), new Set())).toBe(0);
  });
});
