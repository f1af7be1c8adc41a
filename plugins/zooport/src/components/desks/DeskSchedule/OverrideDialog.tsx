import MenuItem from '@material-ui/core/MenuItem';
import { OverrideInput, OverrideKind } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { TeamMember } from '../../../hooks/useTeamMembers';
import { FormDialog, FormField } from '../../shared/FormDialog';

const kinds: { kind: OverrideKind; label: string }[] = [
  { kind: 'replace', label: 'Someone covers (vacation, swap)' },
  { kind: 'remove', label: 'Away, nobody covers (the fallback steps in)' },
  { kind: 'add', label: 'An extra person on duty' },
];

/** A local date-time input's value ("2026-12-01T09:00") as an ISO instant. */
const instantOf = (local: string) =>
  DateTime.fromISO(local).toISO({ suppressMilliseconds: true }) ?? '';

/**
 * "I'm on vacation from … to …", "swap with …": an override of the rotation
 * for a stretch of time, entered in the viewer's own time zone.
 */
export const OverrideDialog = (props: {
  members: TeamMember[];
  me: string;
  onSubmit: (input: OverrideInput) => Promise<void>;
  onClose: () => void;
}) => {
  const { members, me, onSubmit, onClose } = props;
  const [kind, setKind] = useState<OverrideKind>('replace');
  const [userRef, setUserRef] = useState(me);
  const [replacementRef, setReplacementRef] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [reason, setReason] = useState('');
  const ready =
    Boolean(userRef && start && end) &&
    (kind !== 'replace' || Boolean(replacementRef));
  const people = (label: string, value: string, set: (v: string) => void) => (
    <FormField
      select
      fullWidth
      margin="dense"
      label={label}
      value={value}
      onChange={e => set(e.target.value)}
    >
      {members.map(member => (
        <MenuItem key={member.userRef} value={member.userRef}>
          {member.name}
        </MenuItem>
      ))}
    </FormField>
  );
  const instant = (label: string, value: string, set: (v: string) => void) => (
    <FormField
      fullWidth
      margin="dense"
      type="datetime-local"
      label={label}
      InputLabelProps={{ shrink: true }}
      value={value}
      onChange={e => set(e.target.value)}
    />
  );
  return (
    <FormDialog
      title="Change who is on duty"
      submitLabel="Save override"
      ready={ready}
      onClose={onClose}
      onSubmit={() =>
        onSubmit({
          kind,
          userRef,
          replacementRef: kind === 'replace' ? replacementRef : null,
          start: instantOf(start),
          end: instantOf(end),
          reason: reason || null,
        })
      }
    >
      <FormField
        select
        fullWidth
        margin="dense"
        label="What happens"
        value={kind}
        onChange={e => setKind(e.target.value as OverrideKind)}
      >
        {kinds.map(k => (
          <MenuItem key={k.kind} value={k.kind}>
            {k.label}
          </MenuItem>
        ))}
      </FormField>
      {people(
        kind === 'add' ? 'Who joins' : 'Who is away',
        userRef,
        setUserRef,
      )}
      {kind === 'replace' &&
        people('Who covers', replacementRef, setReplacementRef)}
      {instant('From (your time)', start, setStart)}
      {instant('Until (your time)', end, setEnd)}
      <FormField
        fullWidth
        margin="dense"
        label="Reason (optional)"
        value={reason}
        onChange={e => setReason(e.target.value)}
      />
    </FormDialog>
  );
};
