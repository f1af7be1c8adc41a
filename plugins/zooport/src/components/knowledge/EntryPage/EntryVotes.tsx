import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import ThumbDownIcon from '@material-ui/icons/ThumbDownOutlined';
import ThumbUpIcon from '@material-ui/icons/ThumbUpOutlined';
import { Entry } from '@zooport/plugin-zooport-common';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';
import { problemOf } from '../../../errors';

/**
 * "This helped" and "This didn't help", with how many said so. One vote per
 * person: voting again changes it.
 */
export const EntryVotes = (props: { entry: Entry; onVoted: () => void }) => {
  const { entry, onVoted } = props;
  const zooportApi = useApi(zooportApiRef);
  const [voting, vote] = useAsyncFn(
    async (helped: boolean) => {
      await zooportApi.voteEntry(entry.id, helped);
      onVoted();
      return helped;
    },
    [zooportApi, entry.id, onVoted],
  );
  const buttons = [
    {
      helped: true,
      label: `This helped (${entry.feedback.helped})`,
      icon: <ThumbUpIcon />,
    },
    {
      helped: false,
      label: `This didn't help (${entry.feedback.notHelped})`,
      icon: <ThumbDownIcon />,
    },
  ];
  return (
    <>
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
        {buttons.map(button => (
          <Button
            key={button.label}
            color="primary"
            variant={
              (voting.value ?? entry.myVote) === button.helped
                ? 'contained'
                : 'outlined'
            }
            aria-pressed={(voting.value ?? entry.myVote) === button.helped}
            startIcon={button.icon}
            disabled={voting.loading}
            onClick={() => vote(button.helped)}
          >
            {button.label}
          </Button>
        ))}
      </Box>
      {voting.value !== undefined && (
        <Box mt={1}>
          <Typography role="status" variant="body2">
            Thank you. Voting again changes your vote.
          </Typography>
        </Box>
      )}
      {voting.error && (
        <Typography role="alert" color="error">
          {problemOf(voting.error)}
        </Typography>
      )}
      {entry.answeredRequests > 0 && (
        <Box mt={1}>
          <Typography variant="body2" color="textSecondary">
            The desk answered {entry.answeredRequests} support{' '}
            {entry.answeredRequests === 1 ? 'request' : 'requests'} with it.
          </Typography>
        </Box>
      )}
    </>
  );
};
