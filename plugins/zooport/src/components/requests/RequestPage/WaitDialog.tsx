import { useApi } from '@backstage/core-plugin-api';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { zooportApiRef } from '../../../api';
import { FormDialog, NoteField } from '../../shared/FormDialog';

/**
 * Hands a request back to its requester with the question they are to
 * answer; their answer (a comment) starts the clock again.
 */
export const WaitDialog = (props: {
  requestId: string;
  onAsked: () => void;
  onClose: () => void;
}) => {
  const { requestId, onAsked, onClose } = props;
  const zooportApi = useApi(zooportApiRef);
  const [question, setQuestion] = useState('');
  const ask = async () => {
    await zooportApi.transition(requestId, {
      action: 'wait_for_requester',
      note: question.trim(),
    });
    onAsked();
  };
  return (
    <FormDialog
      title="Ask the requester"
      submitLabel="Ask and wait"
      ready={Boolean(question.trim())}
      onSubmit={ask}
      onClose={onClose}
    >
      <Typography paragraph variant="body2">
        The resolution clock stops until they answer. They get your question in
        a notification and on the request.
      </Typography>
      <NoteField
        required
        label="What do you need from them?"
        helperText="Markdown"
        value={question}
        onChange={setQuestion}
      />
    </FormDialog>
  );
};
