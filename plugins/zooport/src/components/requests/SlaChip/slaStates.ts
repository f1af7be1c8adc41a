import { RequestSla, SlaState } from '@zooport/plugin-zooport-common';

/** Most pressing first: what a desk must look at before anything else. */
const urgency: SlaState[] = ['breached', 'at_risk', 'on_track', 'met'];

/** The more pressing state of a request's two clocks. */
export function slaStateOf(sla: RequestSla): SlaState {
  const [first, resolution] = [sla.firstResponse, sla.resolution].map(clock =>
    urgency.indexOf(clock.state),
  );
  return urgency[Math.min(first, resolution)];
}

/** Sort order for queues: breached, then at risk, then the rest. */
export function byPressingSla(a: { sla: RequestSla }, b: { sla: RequestSla }) {
  return (
    urgency.indexOf(slaStateOf(a.sla)) - urgency.indexOf(slaStateOf(b.sla))
  );
}
