import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Grid from '@material-ui/core/Grid';
import { FilterPanel } from '../../shared/FilterPanel';
import { ChoiceField, FormField } from '../../shared/FormDialog';
import { NarrowingChips } from './NarrowingChips';
import {
  QueueFilters,
  StatusChoice,
  priorityChoices,
  statusChoices,
} from './queueFilters';

/**
 * Words, status, priority and breached SLAs to narrow a request queue by,
 * and chips for the other filters its address may hold.
 */
export const RequestFilterBar = (props: {
  value: QueueFilters;
  onChange: (filters: QueueFilters) => void;
  /** A request type's name, by its id. */
  typeName: (id: string) => string;
}) => {
  const { value, onChange, typeName } = props;
  const change = (patch: Partial<QueueFilters>) =>
    onChange({ ...value, ...patch });
  return (
    <FilterPanel>
      <Grid container spacing={2} alignItems="center">
        <Grid item xs={12} md={5}>
          <FormField
            fullWidth
            type="search"
            variant="outlined"
            size="small"
            label="Search requests"
            placeholder="e.g. canary"
            // The backend refuses a longer search.
            inputProps={{ maxLength: 200 }}
            value={value.text}
            onChange={event => change({ text: event.target.value })}
          />
        </Grid>
        <Grid item xs={6} md={2}>
          <ChoiceField
            fullWidth
            variant="outlined"
            size="small"
            label="Status"
            value={value.status}
            choices={statusChoices}
            onChange={status => change({ status: status as StatusChoice })}
          />
        </Grid>
        <Grid item xs={6} md={2}>
          <ChoiceField
            fullWidth
            variant="outlined"
            size="small"
            label="Priority"
            value={value.priority}
            choices={priorityChoices}
            onChange={priority =>
              change({ priority: priority as QueueFilters['priority'] })
            }
          />
        </Grid>
        <Grid item xs={12} md={3}>
          <FormControlLabel
            label="Breached SLA only"
            control={
              <Checkbox
                color="primary"
                checked={value.breachedOnly}
                onChange={event =>
                  change({ breachedOnly: event.target.checked })
                }
              />
            }
          />
        </Grid>
      </Grid>
      <NarrowingChips value={value} onChange={onChange} typeName={typeName} />
    </FilterPanel>
  );
};
