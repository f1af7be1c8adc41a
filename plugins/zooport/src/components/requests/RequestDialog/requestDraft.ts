import {
  RequestInput,
  RequestType,
  requestFieldValue,
} from '@zooport/plugin-zooport-common';
import { PriorityLevels, isCompleteOrEmpty } from './PriorityPicker';

/** A request as typed so far in the dialog. */
export interface RequestDraft {
  /** Unset: the desk's first type. */
  typeId?: string;
  title: string;
  /** Markdown. */
  description: string;
  levels: PriorityLevels;
  /** Values of every type's fields typed so far, by field key. */
  fields: Record<string, string>;
}

export const emptyDraft: RequestDraft = {
  title: '',
  description: '',
  levels: { impact: '', urgency: '' },
  fields: {},
};

/** Whether the backend would take the draft as a request of `type`. */
export function isComplete(draft: RequestDraft, type: RequestType): boolean {
  return Boolean(
    draft.title.trim() &&
      isCompleteOrEmpty(draft.levels) &&
      type.fields.every(
        field =>
          !field.required || requestFieldValue(draft.fields, field.key)?.trim(),
      ),
  );
}

/** The draft as `POST /requests` takes it, without where it goes. */
export function requestInput(
  draft: RequestDraft,
  type: RequestType,
): Omit<RequestInput, 'teamRef' | 'entityRef' | 'idempotencyKey'> {
  const { impact, urgency } = draft.levels;
  return {
    typeId: type.id,
    title: draft.title.trim(),
    description: draft.description,
    ...(impact && urgency ? { impact, urgency } : {}),
    // Only this type's fields: the backend refuses fields a type lacks.
    fields: Object.fromEntries(
      type.fields
        .map(field => [
          field.key,
          requestFieldValue(draft.fields, field.key)?.trim() ?? '',
        ])
        .filter(([, value]) => value),
    ),
  };
}
