import { useApi } from '@backstage/core-plugin-api';
import { Entry } from '@zooport/plugin-zooport-common';
import { useCallback } from 'react';
import { zooportApiRef } from '../../../api';
import { VersionHistory } from '../../shared/VersionHistory';
import { EntryContent } from './EntryContent';
import { useEntryVersions } from './useEntryVersions';

/**
 * Every saved version of an entry. Anyone may read an old one; those who
 * may write the desk's entries restore it.
 */
export const EntryVersions = (props: {
  entry: Entry;
  mayRestore: boolean;
  onRestored: () => void;
}) => {
  const { entry, mayRestore, onRestored } = props;
  const zooportApi = useApi(zooportApiRef);
  const versions = useEntryVersions(entry.id, entry.revision);
  const restore = useCallback(
    async (revision: number) => {
      await zooportApi.restoreEntryVersion(entry.id, revision);
      onRestored();
    },
    [zooportApi, entry.id, onRestored],
  );
  return (
    <VersionHistory
      versions={versions}
      currentRevision={entry.revision}
      mayRestore={mayRestore}
      restore={restore}
      renderContent={content => <EntryContent content={content} />}
    />
  );
};
