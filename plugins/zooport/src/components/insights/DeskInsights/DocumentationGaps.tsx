import Typography from '@material-ui/core/Typography';
import { DocumentationGaps as Gaps } from '@zooport/plugin-zooport-common';
import { ChartCard } from '../shared/ChartCard';
import { RequestLinks } from '../shared/RequestLinks';

const Gap = (props: { title: string; children: React.ReactNode }) => (
  <>
    <Typography variant="subtitle2" component="h3">
      {props.title}
    </Typography>
    {props.children}
  </>
);

/**
 * Where documentation fell short: questions that keep coming back,
 * answers pointing to documentation nobody found, and answers no FAQ
 * entry holds yet; each with the requests behind it.
 */
export const DocumentationGaps = (props: {
  gaps: Gaps;
  requestsLink: string;
}) => {
  const { gaps, requestsLink } = props;
  const { answeredWithDocumentationLink, answeredWithoutFaqEntry } = gaps;
  return (
    <ChartCard
      title="Documentation gaps"
      requestsLink={requestsLink}
      linkNote="the desk's requests resolved in the range"
    >
      <Gap title={`Questions that keep coming back (${gaps.recurring.length})`}>
        {gaps.recurring.length === 0 ? (
          <Typography color="textSecondary">None.</Typography>
        ) : (
          gaps.recurring.map(candidate => (
            <div key={`${candidate.typeId} ${candidate.words.join(' ')}`}>
              <Typography variant="body2">
                “{candidate.words.join(' ')}”, asked{' '}
                {candidate.total ?? candidate.requests.length} times
              </Typography>
              <RequestLinks
                requests={candidate.requests}
                total={candidate.total}
              />
            </div>
          ))
        )}
      </Gap>
      <Gap
        title={`Answered with a documentation link (${answeredWithDocumentationLink.total})`}
      >
        <RequestLinks {...answeredWithDocumentationLink} />
      </Gap>
      <Gap
        title={`Answered without an FAQ entry (${answeredWithoutFaqEntry.total})`}
      >
        <RequestLinks {...answeredWithoutFaqEntry} />
      </Gap>
    </ChartCard>
  );
};
