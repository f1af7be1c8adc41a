import { parseEntityRef } from '@backstage/catalog-model';
import {
  RequestInput,
  RequestType,
  RequestTypeField,
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

/** Whether an entity field takes entities of `entityRef`'s kind. */
function takesKindOf(field: RequestTypeField, entityRef: string): boolean {
  const kind = parseEntityRef(entityRef).kind.toLocaleLowerCase('en-US');
  return (
    !field.entityKinds?.length ||
    field.entityKinds.some(k => k.toLocaleLowerCase('en-US') === kind)
  );
}

/**
 * A field's value as typed, or, for an entity field nobody has touched, the
 * entity the request is about when the field takes its kind.
 */
export function fieldValue(
  draft: RequestDraft,
  field: RequestTypeField,
  entityRef?: string,
): string {
  const typed = requestFieldValue(draft.fields, field.key);
  if (typed !== undefined) {
    return typed;
  }
  return field.kind === 'entity' && entityRef && takesKindOf(field, entityRef)
    ? entityRef
    : '';
}

/** Whether the backend would take the draft as a request of `type`. */
export function isComplete(
  draft: RequestDraft,
  type: RequestType,
  entityRef?: string,
): boolean {
  return Boolean(
    draft.title.trim() &&
      isCompleteOrEmpty(draft.levels) &&
      type.fields.every(
        field => !field.required || fieldValue(draft, field, entityRef).trim(),
      ),
  );
}

/** The draft as `POST /requests` takes it, without where it goes. */
export function requestInput(
  draft: RequestDraft,
  type: RequestType,
  entityRef?: string,
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
        .map(field => [field.key, fieldValue(draft, field, entityRef).trim()])
        .filter(([, value]) => value),
    ),
  };
}
