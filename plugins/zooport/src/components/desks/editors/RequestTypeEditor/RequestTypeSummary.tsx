import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import { Fragment } from 'react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { RequestType, requestPriorities } from '@zooport/plugin-zooport-common';
import { labelOf } from '../../../../labels';
import { formatMinutes } from '../../../../time';
import { clockChoices } from './SlaFields';

const clockLabel = (clock: string) =>
  clockChoices.find(choice => choice.value === clock)?.label ?? clock;

const count = (n: number, one: string, many: string) =>
  `${n} ${n === 1 ? one : many}`;

/**
 * One request type as the desk set it up: what it is for, its form, who
 * approves, what to read first, and its SLA targets per priority.
 */
export const RequestTypeSummary = ({ type }: { type: RequestType }) => {
  const fields = type.fields.map(
    field => `${field.label}${field.required ? ' (required)' : ''}`,
  );
  const approvers = type.approvers.map((ref, i) => (
    <Fragment key={ref}>
      {i > 0 && ', '}
      <EntityDisplayName entityRef={ref} hideIcon disableTooltip />
    </Fragment>
  ));
  return (
    <Box color={type.archived ? 'text.disabled' : undefined}>
      <Typography variant="subtitle1" component="h3">
        {type.name} {type.archived && <Chip size="small" label="Archived" />}
      </Typography>
      {type.description && (
        <Typography variant="body2" color="textSecondary">
          {type.description}
        </Typography>
      )}
      <Typography variant="body2">
        Default priority: {labelOf(type.defaultPriority)} ·{' '}
        {fields.length > 0 ? `Fields: ${fields.join(', ')}` : 'No extra fields'}{' '}
        · {approvers.length > 0 ? <>Approved by {approvers}</> : 'No approval'}{' '}
        · {count(type.entryIds.length, 'linked entry', 'linked entries')}
      </Typography>
      <Table size="small" aria-label={`SLA targets of ${type.name}`}>
        <TableHead>
          <TableRow>
            <TableCell>Priority</TableCell>
            <TableCell>First response</TableCell>
            <TableCell>Resolution</TableCell>
            <TableCell>Clock</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {requestPriorities.map(priority => {
            const target = type.sla[priority];
            return (
              <TableRow key={priority}>
                <TableCell>{labelOf(priority)}</TableCell>
                <TableCell>
                  {formatMinutes(target.firstResponseMinutes)}
                </TableCell>
                <TableCell>{formatMinutes(target.resolutionMinutes)}</TableCell>
                <TableCell>{clockLabel(target.clock)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};
