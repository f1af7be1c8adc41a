import {
  EntryInput,
  EntryKind,
  PlaybookStep,
} from '@zooport/plugin-zooport-common';
import { listOf } from '../../../lists';

/** An entry as typed so far in the dialog. */
export interface EntryDraft {
  kind: EntryKind;
  title: string;
  /** Markdown: the answer, or when to use the playbook. */
  body: string;
  steps: PlaybookStep[];
  /** Separated by commas. */
  tags: string;
  /** Whole days; empty for never. */
  reviewEveryDays: string;
}

/** New entries are due for a review after a quarter unless people say otherwise. */
const DEFAULT_REVIEW_DAYS = 90;
/** The backend's limit: ten years. */
const MAX_REVIEW_DAYS = 3650;

/** A draft of `entry`, or of a new FAQ entry asking `title`. */
export function draftOf(entry?: EntryInput, title = ''): EntryDraft {
  if (!entry) {
    return {
      kind: 'faq',
      title,
      body: '',
      steps: [],
      tags: '',
      reviewEveryDays: String(DEFAULT_REVIEW_DAYS),
    };
  }
  return {
    kind: entry.kind,
    title: entry.title,
    body: entry.body,
    steps: entry.steps,
    tags: entry.tags.join(', '),
    reviewEveryDays: entry.reviewEveryDays ? String(entry.reviewEveryDays) : '',
  };
}

export function isReviewInterval(days: string): boolean {
  if (!days.trim()) {
    return true;
  }
  const value = Number(days);
  return Number.isInteger(value) && value >= 1 && value <= MAX_REVIEW_DAYS;
}

/**
 * Whether the backend would take the draft: a title, an answer for an FAQ
 * entry, at least one titled step for a playbook.
 */
export function isComplete(draft: EntryDraft): boolean {
  const content =
    draft.kind === 'faq'
      ? Boolean(draft.body.trim())
      : draft.steps.length > 0 && draft.steps.every(step => step.title.trim());
  return (
    Boolean(draft.title.trim()) &&
    content &&
    isReviewInterval(draft.reviewEveryDays)
  );
}

/**
 * The draft as the backend takes it. What the dialog does not edit (links,
 * severity hints, related request types and entities) stays as in `base`.
 */
export function entryInput(draft: EntryDraft, base?: EntryInput): EntryInput {
  return {
    kind: draft.kind,
    title: draft.title.trim(),
    body: draft.body,
    steps:
      draft.kind === 'playbook'
        ? draft.steps.map(step => ({ ...step, title: step.title.trim() }))
        : [],
    links: base?.links ?? [],
    severityHints: base?.severityHints ?? [],
    tags: [...new Set(listOf(draft.tags))],
    requestTypeIds: base?.requestTypeIds ?? [],
    entityRefs: base?.entityRefs ?? [],
    reviewEveryDays: draft.reviewEveryDays.trim()
      ? Number(draft.reviewEveryDays)
      : null,
  };
}
