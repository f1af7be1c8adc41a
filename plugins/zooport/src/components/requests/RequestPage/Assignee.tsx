import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { isOpen, RequestDetail } from '@zooport/plugin-zooport-common';
import { useState } from 'react';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { zooportApiRef } from '../../../api';
import { problemOf } from '../../../errors';
import { useSignedInUser } from '../../../hooks/useSignedInUser';
import { useTeamMembers } from '../../../hooks/useTeamMembers';
import { ChoiceField, FormDialog } from '../../shared/FormDialog';

const nobody = '';

/** Hands a request to a teammate, or to nobody. */
const HandOverDialog = (props: {
  request: RequestDetail;
  onHandedOver: () => void;
  onClose: () => void;
}) => {
  const { request, onHandedOver, onClose } = props;
  const zooportApi = useApi(zooportApiRef);
  const members = useTeamMembers(request.teamRef);
  const [chosen, choose] = useState(nobody);
  const choices = [
    { value: nobody, label: 'Nobody: back to the queue' },
    ...(members.value ?? [])
      .filter(member => member.userRef !== request.assigneeRef)
      .map(member => ({ value: member.userRef, label: member.name })),
  ];
  return (
    <FormDialog
      title="Hand the request over"
      submitLabel="Hand over"
      ready={!members.loading}
      onSubmit={async () => {
        await zooportApi.assignRequest(request.id, chosen || null);
        onHandedOver();
      }}
      onClose={onClose}
    >
      <Typography paragraph variant="body2">
        They get a notification; the history says who handed it on.
      </Typography>
      <ChoiceField
        fullWidth
        margin="dense"
        label="To"
        value={chosen}
        choices={choices}
        onChange={choose}
      />
    </FormDialog>
  );
};

/**
 * Who works on a request; the desk may take it or hand it on while it is
 * open.
 */
export const Assignee = (props: {
  request: RequestDetail;
  onChanged: () => void;
}) => {
  const { request, onChanged } = props;
  const zooportApi = useApi(zooportApiRef);
  const me = useSignedInUser();
  const [handing, setHanding] = useState(false);
  const [taking, take] = useAsyncFn(async () => {
    await zooportApi.assignRequest(request.id, me.value!);
    onChanged();
  }, [zooportApi, request.id, me.value, onChanged]);
  const mayChange = request.may.update && isOpen(request.status);
  return (
    <>
      {request.assigneeRef ? (
        <EntityRefLink entityRef={request.assigneeRef} defaultKind="user" />
      ) : (
        'Nobody yet'
      )}
      {mayChange && (
        <Box display="flex" flexWrap="wrap" style={{ gap: 4 }} mt={0.5}>
          {me.value && request.assigneeRef !== me.value && (
            <Button
              size="small"
              variant="outlined"
              disabled={taking.loading}
              onClick={take}
            >
              Assign to me
            </Button>
          )}
          <Button size="small" onClick={() => setHanding(true)}>
            Hand over…
          </Button>
        </Box>
      )}
      {taking.error && (
        <Typography role="alert" color="error" variant="body2">
          {problemOf(taking.error)}
        </Typography>
      )}
      {handing && (
        <HandOverDialog
          request={request}
          onHandedOver={() => {
            setHanding(false);
            onChanged();
          }}
          onClose={() => setHanding(false)}
        />
      )}
    </>
  );
};
