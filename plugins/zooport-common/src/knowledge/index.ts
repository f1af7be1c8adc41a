export * from './types';
export { faqCandidates } from './faqCandidates';
export type { AnsweredRequest, FaqCandidate } from './faqCandidates';
export { matchingTopics } from './topics';
