import { WorkshopInput } from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';

/** The plan as the form holds it: the start as typed, in the viewer's zone. */
export interface WorkshopDraft {
  /** `yyyy-MM-ddTHH:mm`, a datetime-local input's value. */
  start: string;
  durationMinutes: string;
  facilitatorRef: string;
  participantRefs: string[];
}

export const MIN_WORKSHOP_MINUTES = 15;
export const MAX_WORKSHOP_MINUTES = 480;

/** Next week, same time, rounded to the hour, for 90 minutes. */
export function newWorkshopDraft(now: DateTime): WorkshopDraft {
  return {
    start: now
      .plus({ weeks: 1 })
      .startOf('hour')
      .toFormat("yyyy-MM-dd'T'HH:mm"),
    durationMinutes: '90',
    facilitatorRef: '',
    participantRefs: [],
  };
}

/** The start typed, read in the viewer's zone; undefined when invalid. */
export function startOf(draft: WorkshopDraft): DateTime | undefined {
  const start = DateTime.fromISO(draft.start);
  return start.isValid ? start : undefined;
}

export function isDuration(text: string): boolean {
  const minutes = Number(text);
  return (
    Number.isInteger(minutes) &&
    minutes >= MIN_WORKSHOP_MINUTES &&
    minutes <= MAX_WORKSHOP_MINUTES
  );
}

/** The input the backend takes, or undefined while the form is incomplete. */
export function workshopInputOf(
  draft: WorkshopDraft,
): WorkshopInput | undefined {
  const start = startOf(draft);
  if (
    !start ||
    !isDuration(draft.durationMinutes) ||
    !draft.facilitatorRef ||
    draft.participantRefs.length === 0
  ) {
    return undefined;
  }
  return {
    startsAt: start.toISO()!,
    durationMinutes: Number(draft.durationMinutes),
    facilitatorRef: draft.facilitatorRef,
    participantRefs: draft.participantRefs,
  };
}
