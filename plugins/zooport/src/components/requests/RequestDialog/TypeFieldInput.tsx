import { RequestTypeField } from '@zooport/plugin-zooport-common';
import { FormField } from '../../shared/FormDialog';
import { EntityFieldInput } from './EntityFieldInput';

/** One of a request type's own form fields: text, a choice, or an entity. */
export const TypeFieldInput = (props: {
  field: RequestTypeField;
  value: string;
  onChange: (value: string) => void;
}) => {
  const { field, value, onChange } = props;
  const common = {
    fullWidth: true,
    margin: 'dense' as const,
    label: field.label,
    required: field.required,
    value,
    onChange: (event: { target: { value: string } }) =>
      onChange(event.target.value),
  };
  if (field.kind === 'select') {
    return (
      <FormField
        {...common}
        select
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
      >
        <option value="" disabled={field.required}>
          Choose…
        </option>
        {field.options?.map(option => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </FormField>
    );
  }
  if (field.kind === 'entity') {
    return <EntityFieldInput field={field} value={value} onChange={onChange} />;
  }
  return <FormField {...common} multiline />;
};
