import { faqCandidates } from '../knowledge/faqCandidates';
import { ResolutionCategory } from '../requests/types';
import { DocumentationGaps, LinkedRequests, ReportRequest } from './types';

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
    recurring: faqCandidates(answered),
    answeredWithDocumentationLink: linked(byCategory('documentation_link')),
    answeredWithoutFaqEntry: linked(
      answered.filter(r => !r.resolution?.entryId),
    ),
  };
}
