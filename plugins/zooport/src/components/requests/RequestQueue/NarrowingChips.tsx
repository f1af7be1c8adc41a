import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import CancelIcon from '@material-ui/icons/Cancel';
import { resolutionLabels } from '@zooport/plugin-zooport-common';
import { QueueFilters } from './queueFilters';
import { spanLabel } from './spanLabel';

interface Narrowing {
  label: string;
  /** The filters without this narrowing. */
  without: Partial<QueueFilters>;
}

const anyTime = { from: '', to: '' };

/** What narrows the queue beyond the filter bar's fields, e.g. from a chart's link. */
function narrowingsOf(
  filters: QueueFilters,
  typeName: (id: string) => string,
): Narrowing[] {
  const { filed, resolved, types, categories } = filters;
  const narrowings: Narrowing[] = [];
  if (filed.from || filed.to) {
    narrowings.push({
      label: `Filed ${spanLabel(filed)}`,
      without: { filed: anyTime },
    });
  }
  if (resolved.from || resolved.to) {
    narrowings.push({
      label: `Resolved ${spanLabel(resolved)}`,
      without: { resolved: anyTime },
    });
  }
  if (types.length > 0) {
    narrowings.push({
      label: `Type: ${types.map(typeName).join(' or ')}`,
      without: { types: [] },
    });
  }
  if (categories.length > 0) {
    narrowings.push({
      label: `Resolved as: ${categories
        .map(category => resolutionLabels[category].toLocaleLowerCase('en'))
        .join(' or ')}`,
      without: { categories: [] },
    });
  }
  return narrowings;
}

/**
 * Removable chips for what narrows the queue beyond the filter bar's
 * fields, so that a person sees why the list is short.
 */
export const NarrowingChips = (props: {
  value: QueueFilters;
  onChange: (filters: QueueFilters) => void;
  typeName: (id: string) => string;
}) => {
  const { value, onChange, typeName } = props;
  const narrowings = narrowingsOf(value, typeName);
  if (narrowings.length === 0) {
    return null;
  }
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      gridGap={8}
      mt={1}
      role="list"
      aria-label="Also narrowed to"
    >
      {narrowings.map(narrowing => (
        <div role="listitem" key={narrowing.label}>
          <Chip
            label={narrowing.label}
            onDelete={() => onChange({ ...value, ...narrowing.without })}
            deleteIcon={
              <CancelIcon titleAccess={`Remove: ${narrowing.label}`} />
            }
          />
        </div>
      ))}
    </Box>
  );
};
