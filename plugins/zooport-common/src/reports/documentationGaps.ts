import { faqCandidates } from '../knowledge/faqCandidates';
import { ResolutionCategory } from '../requests/types';
import {
  DocumentationGaps,
  LinkedRequests,
  RecurringQuestion,
  ReportRequest,
} from './types';

/** The most requests a list of the report links to. */
export const MAX_LINKED_REQUESTS = 100;

function linked(requests: ReportRequest[]): LinkedRequests {
  return {
    total: requests.length,
    requests: [...requests]
      .sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''))
      .slice(0, MAX_LINKED_REQUESTS)
      .map(({ id, title }) => ({ id, title })),
  };
}

/**
 * The groups of questions that keep coming back, each with its total and
 * its latest requests, as the other lists give them.
 */
function recurringOf(answered: ReportRequest[]): RecurringQuestion[] {
  const byId = new Map(answered.map(r => [r.id, r]));
  return faqCandidates(answered).map(({ typeId, words, requests }) => ({
    typeId,
    words,
    ...linked(requests.map(({ id }) => byId.get(id)!)),
  }));
}

/**
 * Where the documentation falls short, from the requests resolved in the
 * range: questions answered again and again (as "Questions that keep
 * coming back" groups them), questions answered with a link to
 * documentation that exists, and questions answered by hand with no FAQ
 * entry.
 */
export function documentationGapsOf(
  resolved: ReportRequest[],
): DocumentationGaps {
  const byCategory = (category: ResolutionCategory) =>
    resolved.filter(r => r.resolution?.category === category);
  const answered = byCategory('answered');
  return {
    recurring: recurringOf(answered),
    answeredWithDocumentationLink: linked(byCategory('documentation_link')),
    answeredWithoutFaqEntry: linked(
      answered.filter(r => !r.resolution?.entryId),
    ),
  };
}
