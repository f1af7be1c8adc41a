import { StructuredMetadataTable } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Desk, Entry } from '@zooport/plugin-zooport-common';
import { animalLabel } from '../../../labels';
import { formatInViewerZone } from '../../../time';
import { EntryAuthor } from './EntryAuthor';

/** Whose entry it is, who first wrote it, and when it was last confirmed right. */
export const EntryFacts = (props: { entry: Entry; desk?: Desk }) => {
  const { entry, desk } = props;
  const facts: Record<string, unknown> = {
    Desk: (
      <>
        {desk && `${animalLabel(desk.animal)}, `}
        <EntityRefLink entityRef={entry.teamRef} defaultKind="group" />
      </>
    ),
    'Written by': <EntryAuthor authorRef={entry.authorRef} />,
    Updated: formatInViewerZone(entry.updatedAt),
    'Last reviewed': formatInViewerZone(entry.lastReviewedAt),
    'Review every': entry.reviewEveryDays
      ? `${entry.reviewEveryDays} days`
      : 'No reviews planned',
  };
  return (
    <StructuredMetadataTable
      dense
      metadata={facts}
      options={{ titleFormat: key => key }}
    />
  );
};
