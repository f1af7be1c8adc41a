import {
  slaDeadline,
  SlaDeadlineOptions,
} from '@zooport/plugin-zooport-common';
import { toStoredInstant } from '../database/util';
import { SlaMilestones } from '../database/RequestStore';

/**
 * When a clock turns at risk (its warning goes out) and when it breaches,
 * as stored instants; both null while the clock is paused. A clock is at
 * risk once `atRiskShare` of its target is left, as `slaClock` says.
 */
export function slaMilestones(
  options: SlaDeadlineOptions & { atRiskShare: number },
): SlaMilestones {
  const { atRiskShare, ...clock } = options;
  const due = slaDeadline(clock);
  const warn = slaDeadline({
    ...clock,
    target: {
      ...clock.target,
      minutes: Math.floor(clock.target.minutes * (1 - atRiskShare)),
    },
  });
  return {
    warnAt: warn && toStoredInstant(warn),
    dueAt: due && toStoredInstant(due),
  };
}
