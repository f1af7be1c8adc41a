import { RequestType } from '@zooport/plugin-zooport-common';
import { ReactNode } from 'react';
import { FormField } from '../../shared/FormDialog';
import { PriorityPicker } from './PriorityPicker';
import { fieldValue, RequestDraft } from './requestDraft';
import { TypeFieldInput } from './TypeFieldInput';

/**
 * The intake form: the type, what is wrong, the type's own fields, priority.
 * `afterTitle` shows right below the title, e.g. entries that may answer it.
 */
export const RequestFields = (props: {
  types: RequestType[];
  type: RequestType;
  draft: RequestDraft;
  /** The entity the request is about: entity fields start with it. */
  entityRef?: string;
  onChange: (patch: Partial<RequestDraft>) => void;
  afterTitle?: ReactNode;
}) => {
  const { types, type, draft, entityRef, onChange, afterTitle } = props;
  return (
    <>
      <FormField
        select
        fullWidth
        margin="dense"
        label="Request type"
        value={type.id}
        helperText={type.description}
        onChange={event => onChange({ typeId: event.target.value })}
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
      >
        {types.map(candidate => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </FormField>
      <FormField
        fullWidth
        required
        margin="dense"
        label="Title"
        value={draft.title}
        inputProps={{ maxLength: 200 }}
        onChange={event => onChange({ title: event.target.value })}
      />
      {afterTitle}
      <FormField
        fullWidth
        multiline
        minRows={4}
        margin="dense"
        label="Description"
        helperText="Markdown. What you tried, what you expected, links."
        value={draft.description}
        onChange={event => onChange({ description: event.target.value })}
      />
      {type.fields.map(field => (
        <TypeFieldInput
          key={`${type.id}-${field.key}`}
          field={field}
          value={fieldValue(draft, field, entityRef)}
          onChange={value =>
            onChange({ fields: { ...draft.fields, [field.key]: value } })
          }
        />
      ))}
      <PriorityPicker
        levels={draft.levels}
        defaultPriority={type.defaultPriority}
        onChange={levels => onChange({ levels })}
      />
    </>
  );
};
