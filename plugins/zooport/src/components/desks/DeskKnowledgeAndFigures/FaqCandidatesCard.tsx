import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { FaqCandidate } from '@zooport/plugin-zooport-common';
import { requestRouteRef } from '../../../routes';
import { useFaqCandidates } from './useFaqCandidates';

const Candidate = (props: {
  candidate: FaqCandidate;
  onNewEntry?: (title: string) => void;
}) => {
  const { candidate, onNewEntry } = props;
  const requestLink = useRouteRef(requestRouteRef);
  const [first] = candidate.requests;
  return (
    <Box component="li" mb={2}>
      <Typography variant="subtitle1">“{first.title}”</Typography>
      <Typography variant="body2" color="textSecondary">
        Asked {candidate.requests.length} times:{' '}
        {candidate.requests.map((request, index) => (
          <span key={request.id}>
            {index > 0 && ', '}
            <Link to={requestLink({ id: request.id })} underline="always">
              {request.title}
            </Link>
          </span>
        ))}
      </Typography>
      {onNewEntry && (
        <Box mt={0.5}>
          <Button
            size="small"
            color="primary"
            variant="outlined"
            onClick={() => onNewEntry(first.title)}
          >
            Write an FAQ entry
          </Button>
        </Box>
      )}
    </Box>
  );
};

/**
 * "Questions that keep coming back": requests of the last 30 days the desk
 * answered by hand, grouped when their titles are alike, three or more to a
 * group. Each deserves an FAQ entry; `onNewEntry` starts one.
 */
export const FaqCandidatesCard = (props: {
  teamRef: string;
  onNewEntry?: (title: string) => void;
}) => {
  const { teamRef, onNewEntry } = props;
  const { value, error } = useFaqCandidates(teamRef);
  return (
    <InfoCard
      title="Questions that keep coming back"
      subheader="Answered by hand three times or more in the last 30 days"
    >
      {error && <ResponseErrorPanel error={error} />}
      {!error && !value && <Progress />}
      {value?.length === 0 && (
        <Typography color="textSecondary">
          No question came back three times lately.
        </Typography>
      )}
      {value && value.length > 0 && (
        <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {value.map(candidate => (
            <Candidate
              key={candidate.requests[0].id}
              candidate={candidate}
              onNewEntry={onNewEntry}
            />
          ))}
        </Box>
      )}
    </InfoCard>
  );
};
