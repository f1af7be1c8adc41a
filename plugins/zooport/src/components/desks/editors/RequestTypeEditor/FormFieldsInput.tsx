import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import {
  ChipsInput,
  Problems,
  RowsInput,
  problemProps,
} from '../../../shared/EditorFields';
import { ChoiceField, FormField } from '../../../shared/FormDialog';
import { FieldDraft, newField, withLabel } from './requestTypeDraft';

const kindChoices = [
  { value: 'text', label: 'Text' },
  { value: 'select', label: 'Choice from a list' },
  { value: 'entity', label: 'Catalog entity' },
];

/** The extra fields a requester fills in, in the order the form shows them. */
export const FormFieldsInput = (props: {
  fields: FieldDraft[];
  problems: Problems;
  onChange: (fields: FieldDraft[]) => void;
}) => {
  const { fields, problems, onChange } = props;
  return (
    <RowsInput<FieldDraft>
      legend="Form fields"
      rowName="field"
      reorderable
      emptyText="Requesters give a title and a description only."
      problem={problems.fields}
      rows={fields}
      newRow={newField}
      onChange={onChange}
      renderRow={(field, i, change) => {
        const path = `fields.${i}`;
        return (
          <Grid container spacing={1}>
            <Grid item xs={7}>
              <FormField
                fullWidth
                required
                margin="dense"
                label={`Label of field ${i + 1}`}
                value={field.label}
                onChange={event => change(withLabel(field, event.target.value))}
                {...problemProps(problems, `${path}.label`)}
              />
            </Grid>
            <Grid item xs={5}>
              <FormField
                fullWidth
                required
                margin="dense"
                label={`Key of field ${i + 1}`}
                value={field.key}
                onChange={event =>
                  change({ key: event.target.value, keyFollowsLabel: false })
                }
                {...problemProps(problems, `${path}.key`)}
              />
            </Grid>
            <Grid item xs={7}>
              <ChoiceField
                fullWidth
                margin="dense"
                label={`Kind of field ${i + 1}`}
                value={field.kind}
                choices={kindChoices}
                onChange={kind => change({ kind: kind as FieldDraft['kind'] })}
              />
            </Grid>
            <Grid item xs={5}>
              <FormControlLabel
                label="Required"
                control={
                  <Checkbox
                    checked={field.required}
                    onChange={event =>
                      change({ required: event.target.checked })
                    }
                    inputProps={{
                      'aria-label': `Field ${i + 1} is required`,
                    }}
                  />
                }
              />
            </Grid>
            {field.kind === 'select' && (
              <Grid item xs={12}>
                <ChipsInput
                  label={`Choices of field ${i + 1}`}
                  values={field.options}
                  onChange={options => change({ options })}
                  {...problemProps(
                    problems,
                    `${path}.options`,
                    'Separated by commas',
                  )}
                />
              </Grid>
            )}
            {field.kind === 'entity' && (
              <Grid item xs={12}>
                <ChipsInput
                  label={`Entity kinds of field ${i + 1}`}
                  placeholder="Component, System"
                  values={field.entityKinds}
                  onChange={entityKinds => change({ entityKinds })}
                  {...problemProps(
                    problems,
                    `${path}.entityKinds`,
                    'The kinds the picker offers; none: any kind',
                  )}
                />
              </Grid>
            )}
          </Grid>
        );
      }}
    />
  );
};
