import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { isTimeOfDay, IsoWeekday } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { useId, useState } from 'react';
import { TeamMember } from '../../../../hooks/useTeamMembers';
import { listOf } from '../../../../lists';
import { weekdays } from '../../../../weekdays';
import { ParticipantList } from './ParticipantList';
import { RotationDraft } from './rotationDraft';

const NOBODY = '';

/** Every setting of a rotation, as form fields. */
export const RotationForm = (props: {
  draft: RotationDraft;
  members: TeamMember[];
  readOnly: boolean;
  onChange: (draft: RotationDraft) => void;
}) => {
  const { draft, members, readOnly, onChange } = props;
  const [newcomer, setNewcomer] = useState(NOBODY);
  const change = (changes: Partial<RotationDraft>) =>
    onChange({ ...draft, ...changes });
  const changeHandoff = (changes: Partial<RotationDraft['handoff']>) =>
    change({ handoff: { ...draft.handoff, ...changes } });
  const changeShiftLength = (changes: Partial<RotationDraft['shiftLength']>) =>
    change({ shiftLength: { ...draft.shiftLength, ...changes } });
  const taking = new Set(draft.participants.map(p => p.userRef));
  const available = members.filter(m => !taking.has(m.userRef));
  const formId = useId();
  const startDate = DateTime.fromISO(draft.start);
  const field = {
    fullWidth: true,
    disabled: readOnly,
    margin: 'dense' as const,
  };

  return (
    <Grid container spacing={2}>
      <Grid item xs={6}>
        <TextField
          id={`${formId}-time-zone`}
          {...field}
          label="Time zone"
          value={draft.timeZone}
          helperText="IANA zone whose wall clock the handoffs follow"
          onChange={e => change({ timeZone: e.target.value })}
        />
      </Grid>
      <Grid item xs={6}>
        <TextField
          id={`${formId}-first-shift-starts-on`}
          {...field}
          label="First shift starts on"
          placeholder="YYYY-MM-DD"
          value={draft.start}
          error={!startDate.isValid}
          helperText={
            startDate.isValid
              ? startDate.toLocaleString(DateTime.DATE_HUGE)
              : 'A date as YYYY-MM-DD, e.g. 2026-12-02'
          }
          onChange={e => change({ start: e.target.value.trim() })}
        />
      </Grid>
      {draft.shiftLength.unit === 'week' && (
        <Grid item xs={6}>
          <TextField
            id={`${formId}-handoff-day`}
            {...field}
            select
            label="Handoff day"
            value={draft.handoff.day}
            onChange={e =>
              changeHandoff({ day: Number(e.target.value) as IsoWeekday })
            }
          >
            {weekdays.map(({ day, label }) => (
              <MenuItem key={day} value={day}>
                {label}
              </MenuItem>
            ))}
          </TextField>
        </Grid>
      )}
      <Grid item xs={6}>
        <TextField
          id={`${formId}-handoff-time`}
          {...field}
          label={`Handoff time (${draft.timeZone})`}
          placeholder="HH:mm"
          value={draft.handoff.time}
          error={!isTimeOfDay(draft.handoff.time)}
          helperText={
            isTimeOfDay(draft.handoff.time)
              ? '24-hour clock'
              : 'A time on the 24-hour clock, e.g. 09:00 or 17:30'
          }
          onChange={e => changeHandoff({ time: e.target.value.trim() })}
        />
      </Grid>
      <Grid item xs={4}>
        <TextField
          id={`${formId}-shift-length`}
          {...field}
          label="Shift length"
          type="number"
          inputProps={{ min: 1, max: 52 }}
          value={draft.shiftLength.count}
          onChange={e => changeShiftLength({ count: Number(e.target.value) })}
        />
      </Grid>
      <Grid item xs={4}>
        <TextField
          id={`${formId}-unit`}
          {...field}
          select
          label="Unit"
          value={draft.shiftLength.unit}
          onChange={e =>
            changeShiftLength({ unit: e.target.value as 'day' | 'week' })
          }
        >
          <MenuItem value="week">weeks</MenuItem>
          <MenuItem value="day">days</MenuItem>
        </TextField>
      </Grid>
      <Grid item xs={4}>
        <TextField
          id={`${formId}-members-per-shift`}
          {...field}
          select
          label="Members per shift"
          value={draft.membersPerShift}
          onChange={e => change({ membersPerShift: Number(e.target.value) })}
        >
          <MenuItem value={1}>1 (a Zooporter)</MenuItem>
          <MenuItem value={2}>2 (a pair)</MenuItem>
          <MenuItem value={3}>3</MenuItem>
        </TextField>
      </Grid>
      <Grid item xs={12}>
        <TextField
          id={`${formId}-each-shift-needs-someone-with`}
          {...field}
          label="Each shift needs someone with"
          placeholder="production-access"
          helperText="Capabilities, separated by commas"
          defaultValue={(draft.requiredCapabilities ?? []).join(', ')}
          onBlur={e => change({ requiredCapabilities: listOf(e.target.value) })}
        />
      </Grid>
      <Grid item xs={12}>
        <Typography variant="subtitle2">Participants, in turn order</Typography>
        <ParticipantList
          participants={draft.participants}
          members={members}
          readOnly={readOnly}
          onChange={participants => change({ participants })}
        />
        {!readOnly && (
          <Box display="flex" alignItems="flex-end">
            <TextField
              id={`${formId}-add-a-participant`}
              select
              label="Add a participant"
              value={newcomer}
              onChange={e => setNewcomer(e.target.value)}
              style={{ minWidth: 240 }}
              margin="dense"
            >
              {available.map(member => (
                <MenuItem key={member.userRef} value={member.userRef}>
                  {member.name}
                </MenuItem>
              ))}
            </TextField>
            <Box ml={1}>
              <Button
                disabled={newcomer === NOBODY}
                onClick={() => {
                  change({
                    participants: [
                      ...draft.participants,
                      { userRef: newcomer, capabilities: [] },
                    ],
                  });
                  setNewcomer(NOBODY);
                }}
              >
                Add
              </Button>
            </Box>
          </Box>
        )}
      </Grid>
      <Grid item xs={6}>
        <TextField
          id={`${formId}-fallback`}
          {...field}
          select
          label="Fallback"
          helperText="Covers gaps: nobody available, non-support days"
          value={draft.fallback ?? NOBODY}
          onChange={e => change({ fallback: e.target.value || null })}
        >
          <MenuItem value={NOBODY}>nobody</MenuItem>
          {members.map(member => (
            <MenuItem key={member.userRef} value={member.userRef}>
              {member.name}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
      <Grid item xs={6}>
        <TextField
          id={`${formId}-observers`}
          {...field}
          select
          label="Observers"
          helperText="Newcomers who shadow before they take shifts"
          SelectProps={{ multiple: true }}
          value={draft.observers}
          onChange={e =>
            change({ observers: e.target.value as unknown as string[] })
          }
        >
          {members.map(member => (
            <MenuItem key={member.userRef} value={member.userRef}>
              {member.name}
            </MenuItem>
          ))}
        </TextField>
      </Grid>
    </Grid>
  );
};
