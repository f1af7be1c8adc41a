import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Alert from '@material-ui/lab/Alert';
import {
  SURVEY_COMMENT_MAX_LENGTH,
  SURVEY_SCORE_RANGE,
  SurveyStatus,
} from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import { zooportApiRef } from '../../../api';

const scores = Array.from(
  { length: SURVEY_SCORE_RANGE.highest - SURVEY_SCORE_RANGE.lowest + 1 },
  (_, i) => SURVEY_SCORE_RANGE.lowest + i,
);

/**
 * This month's question, answered with one click on a score; the comment
 * is optional and goes with the click. Says so once answered (also when
 * the backend answers 409: answered from another tab), and tells those
 * outside the team they are not asked.
 */
export const SurveyAnswer = (props: {
  status: SurveyStatus;
  onAnswered: () => void;
}) => {
  const { status, onAnswered } = props;
  const zooportApi = useApi(zooportApiRef);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [answered, setAnswered] = useState(status.answered);
  const [error, setError] = useState<Error>();

  if (!status.mayAnswer) {
    return (
      <Typography color="textSecondary">
        The survey asks the members of the team; you are not asked.
      </Typography>
    );
  }
  if (answered) {
    return (
      <Alert severity="success" role="status">
        You answered this month's survey. Thank you!
      </Alert>
    );
  }

  const answer = async (score: number) => {
    setSending(true);
    setError(undefined);
    try {
      const trimmed = comment.trim();
      await zooportApi.answerSurvey(status.teamRef, {
        score,
        ...(trimmed ? { comment: trimmed } : {}),
      });
      setAnswered(true);
      onAnswered();
    } catch (e) {
      if (e instanceof ResponseError && e.response.status === 409) {
        setAnswered(true);
        onAnswered();
      } else {
        setError(e as Error);
      }
    } finally {
      setSending(false);
    }
  };

  const questionId = `survey-question-${status.month}`;
  return (
    <Box>
      <Typography id={questionId} component="h3" variant="subtitle1">
        {status.question}
      </Typography>
      <Box
        role="group"
        aria-labelledby={questionId}
        display="flex"
        flexWrap="wrap"
        my={1}
        style={{ gap: 8 }}
      >
        {scores.map(score => (
          <Button
            key={score}
            variant="outlined"
            color="primary"
            disabled={sending}
            onClick={() => answer(score)}
            aria-label={`${score} of ${SURVEY_SCORE_RANGE.highest}`}
          >
            {score}
          </Button>
        ))}
      </Box>
      <Typography variant="caption" color="textSecondary" component="p">
        1: not confident at all · 10: fully confident. Anonymous: only the
        month's figures are kept, shown from three answers.
      </Typography>
      <TextField
        id={`survey-comment-${status.month}`}
        label="Comment (optional, sent with your score)"
        value={comment}
        onChange={e => setComment(e.target.value)}
        inputProps={{ maxLength: SURVEY_COMMENT_MAX_LENGTH }}
        multiline
        minRows={2}
        fullWidth
        margin="dense"
        variant="outlined"
      />
      {error && (
        <Alert severity="error">
          Your answer was not saved: {error.message}
        </Alert>
      )}
    </Box>
  );
};
