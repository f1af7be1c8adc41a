/**
 * The topics of a desk that a question is about: a topic matches when each
 * of its words begins with, or is the start of, a word of the question
 * ("postgresql" asks about "postgres", "deploy" about "deployments").
 * Words under three letters only match whole.
 *
 * @public
 */
export function matchingTopics(question: string, topics: string[]): string[] {
  const words = wordsOf(question);
  const matches = (topicWord: string) =>
    words.some(word =>
      word.length < 3 || topicWord.length < 3
        ? word === topicWord
        : word.startsWith(topicWord) || topicWord.startsWith(word),
    );
  return topics.filter(topic => {
    const topicWords = wordsOf(topic);
    return topicWords.length > 0 && topicWords.every(matches);
  });
}

function wordsOf(text: string): string[] {
  return text
    .toLocaleLowerCase('en-US')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
