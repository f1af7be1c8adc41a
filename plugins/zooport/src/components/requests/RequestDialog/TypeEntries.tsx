import { useApi } from '@backstage/core-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { RequestType } from '@zooport/plugin-zooport-common';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';
import { EntryList } from '../../knowledge/EntryList';

/**
 * The FAQ entries and playbooks the desk linked to a request type, shown
 * before the person files one of that type. An entry that cannot be read
 * (deleted meanwhile) is left out.
 */
export const TypeEntries = ({ type }: { type: RequestType }) => {
  const zooportApi = useApi(zooportApiRef);
  const { value: entries = [] } = useAsync(async () => {
    const read = await Promise.all(
      type.entryIds.map(id => zooportApi.getEntry(id).catch(() => undefined)),
    );
    return read.flatMap(entry => (entry ? [{ entry }] : []));
  }, [zooportApi, type.entryIds]);
  if (entries.length === 0) {
    return null;
  }
  return (
    <Box component="section" mt={1} mb={1} aria-label="Read this first">
      <Typography variant="subtitle2">Read this first</Typography>
      <EntryList compact excerpts={false} items={entries} linkTarget="_blank" />
    </Box>
  );
};
