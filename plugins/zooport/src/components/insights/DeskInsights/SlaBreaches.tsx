import { SlaBreach } from '@zooport/plugin-zooport-common';
import { labelOf } from '../../../labels';
import { formatInViewerZone } from '../../../time';
import { ChartCard } from '../shared/ChartCard';
import { RequestLinks } from '../shared/RequestLinks';

const clockNames: Record<SlaBreach['clock'], string> = {
  first_response: 'first response',
  resolution: 'resolution',
};

/** The SLA clocks breached in the range, by deadline. */
export const SlaBreaches = (props: {
  breaches: SlaBreach[];
  requestsLink: string;
}) => {
  const { breaches, requestsLink } = props;
  const byId = new Map(breaches.map(breach => [breach.id, breach]));
  return (
    <ChartCard
      title={`SLA breaches (${breaches.length})`}
      requestsLink={requestsLink}
      linkNote="the desk's requests filed in the range with a breached clock"
    >
      <RequestLinks
        requests={breaches}
        detail={request => {
          const breach = byId.get(request.id)!;
          return ` — ${labelOf(breach.priority)}, ${
            clockNames[breach.clock]
          } due ${formatInViewerZone(breach.dueAt)}`;
        }}
      />
    </ChartCard>
  );
};
