import { EntityRefLink } from '@backstage/plugin-catalog-react';

/**
 * Who wrote (a version of) an entry. Entries seeded at start-up name the
 * configuration key instead of a person, e.g. `config:zooport.seedEntries`.
 */
export const EntryAuthor = ({ authorRef }: { authorRef: string }) =>
  authorRef.startsWith('config:') ? (
    <>the portal's configuration</>
  ) : (
    <EntityRefLink entityRef={authorRef} defaultKind="user" />
  );
