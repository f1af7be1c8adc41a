import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import IconButton from '@material-ui/core/IconButton';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import ArrowDownwardIcon from '@material-ui/icons/ArrowDownward';
import ArrowUpwardIcon from '@material-ui/icons/ArrowUpward';
import DeleteIcon from '@material-ui/icons/DeleteOutline';
import { ReactNode } from 'react';
import { moved } from '../../../lists';
import { Fieldset } from './Fieldset';

/**
 * A list of rows of fields under a legend: each row can be removed (and,
 * when `reorderable`, moved up and down), and "Add …" appends a new one.
 * The buttons name the row by its number, e.g. "Remove channel 2".
 */
export function RowsInput<Row>(props: {
  legend: string;
  /** What one row is, for the buttons: "channel", "opening range". */
  rowName: string;
  rows: Row[];
  newRow: (rows: Row[]) => Row;
  onChange: (rows: Row[]) => void;
  renderRow: (
    row: Row,
    index: number,
    change: (patch: Partial<Row>) => void,
  ) => ReactNode;
  reorderable?: boolean;
  /** Shown while there are no rows. */
  emptyText?: string;
  /** What is wrong with the list as a whole, e.g. too many rows. */
  problem?: string;
}) {
  const { legend, rowName, rows, newRow, onChange, renderRow } = props;
  const change = (index: number, patch: Partial<Row>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <Fieldset legend={legend}>
      {props.problem && (
        <Typography variant="body2" color="error">
          {props.problem}
        </Typography>
      )}
      {rows.length === 0 && props.emptyText && (
        <Typography variant="body2" color="textSecondary">
          {props.emptyText}
        </Typography>
      )}
      {rows.map((row, index) => (
        <Box key={index} display="flex" alignItems="flex-start">
          <Box flex={1}>
            {renderRow(row, index, patch => change(index, patch))}
          </Box>
          {props.reorderable && (
            <>
              <IconButton
                aria-label={`Move ${rowName} ${index + 1} up`}
                disabled={index === 0}
                onClick={() => onChange(moved(rows, index, index - 1))}
              >
                <ArrowUpwardIcon />
              </IconButton>
              <IconButton
                aria-label={`Move ${rowName} ${index + 1} down`}
                disabled={index === rows.length - 1}
                onClick={() => onChange(moved(rows, index, index + 1))}
              >
                <ArrowDownwardIcon />
              </IconButton>
            </>
          )}
          <IconButton
            aria-label={`Remove ${rowName} ${index + 1}`}
            onClick={() => onChange(rows.filter((_row, i) => i !== index))}
          >
            <DeleteIcon />
          </IconButton>
        </Box>
      ))}
      <Button
        startIcon={<AddIcon />}
        onClick={() => onChange([...rows, newRow(rows)])}
      >
        Add {rowName}
      </Button>
    </Fieldset>
  );
}
