import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';
import { problemOf } from '../../../errors';
import { FormField } from '../../shared/FormDialog';

/**
 * Adds to the conversation. Only the desk may write internal notes, so the
 * choice appears for it alone.
 */
export const CommentBox = (props: {
  requestId: string;
  mayWriteInternal: boolean;
  onCommented: () => void;
}) => {
  const { requestId, mayWriteInternal, onCommented } = props;
  const zooportApi = useApi(zooportApiRef);
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [sending, send] = useAsyncFn(async () => {
    await zooportApi.comment(requestId, { body, internal });
    setBody('');
    // The next words go to the requester unless someone ticks it again.
    setInternal(false);
    onCommented();
  }, [zooportApi, requestId, body, internal, onCommented]);
  return (
    <Box
      component="form"
      onSubmit={event => {
        event.preventDefault();
        send();
      }}
    >
      <FormField
        fullWidth
        multiline
        minRows={3}
        variant="outlined"
        label={internal ? 'Internal note' : 'Comment'}
        helperText="Markdown"
        value={body}
        onChange={event => setBody(event.target.value)}
      />
      {sending.error && (
        <Typography role="alert" color="error">
          {problemOf(sending.error)}
        </Typography>
      )}
      <Box display="flex" alignItems="center" mt={1}>
        {mayWriteInternal && (
          <FormControlLabel
            control={
              <Checkbox
                checked={internal}
                onChange={event => setInternal(event.target.checked)}
              />
            }
            label="Internal note, for the desk only"
          />
        )}
        <Box ml="auto">
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={!body.trim() || sending.loading}
          >
            {internal ? 'Add note' : 'Comment'}
          </Button>
        </Box>
      </Box>
    </Box>
  );
};
