/** Words too common to tell two questions apart. */
const STOP_WORDS = new Set(
  (
    'a an and are can cannot could do does for from get got have how i in is it ' +
    'its me my need not of on or our please the to we what when where which ' +
    'who why with you your'
  ).split(' '),
);

/**
 * The words of a title that carry its meaning, with a plural "s" dropped
 * so that "dashboard" and "dashboards" count as one word.
 */
export function significantWords(title: string): Set<string> {
  return new Set(
    title
      .toLocaleLowerCase('en-US')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(word => word.length > 1 && !STOP_WORDS.has(word))
      .map(word => (word.length > 3 ? word.replace(/s$/, '') : word)),
  );
}

/** Jaccard similarity of two word sets: shared words over all words. */
export function titleSimilarity(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter(word => b.has(word)).length;
  const all = new Set([...a, ...b]).size;
  return all === 0 ? 0 : shared / all;
}

/** An answered request, as the candidate finder reads it. @public */
export interface AnsweredRequest {
  id: string;
  typeId: string;
  title: string;
}

/** Requests that ask the same thing: a candidate FAQ entry. @public */
export interface FaqCandidate {
  typeId: string;
  /** The words the titles share. */
  words: string[];
  requests: { id: string; title: string }[];
}

/**
 * Groups answered requests of the same type whose titles are alike (at
 * least `similarity` Jaccard similarity of their significant words to a
 * request already in the group), and keeps the groups of at least
 * `minRequests`: questions that keep coming back and deserve an FAQ entry.
 * Largest groups first.
 *
 * @public
 */
export function faqCandidates(
  requests: AnsweredRequest[],
  options: { minRequests?: number; similarity?: number } = {},
): FaqCandidate[] {
  const minRequests = options.minRequests ?? 3;
  const similarity = options.similarity ?? 0.5;
  const groups: {
    typeId: string;
    members: (AnsweredRequest & { words: Set<string> })[];
  }[] = [];
  for (const request of requests) {
    const words = significantWords(request.title);
    const member = { ...request, words };
    const group = groups.find(
      g =>
        g.typeId === request.typeId &&
        g.members.some(m => titleSimilarity(m.words, words) >= similarity),
    );
    if (group) {
      group.members.push(member);
    } else {
      groups.push({ typeId: request.typeId, members: [member] });
    }
  }
  return groups
    .filter(group => group.members.length >= minRequests)
    .sort((a, b) => b.members.length - a.members.length)
    .map(group => ({
      typeId: group.typeId,
      words: [...group.members[0].words].filter(word =>
        group.members.every(m => m.words.has(word)),
      ),
      requests: group.members.map(({ id, title }) => ({ id, title })),
    }));
}
