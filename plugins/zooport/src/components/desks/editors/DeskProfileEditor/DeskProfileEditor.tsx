import { useApi } from '@backstage/core-plugin-api';
import { Desk, deskTimeZone } from '@zooport/plugin-zooport-common';
import { useCallback } from 'react';
import { zooportApiRef } from '../../../../api';
import { useDraft } from '../../../../hooks/useDraft';
import { useGuardedSave } from '../../../../hooks/useGuardedSave';
import { ChipsInput, problemProps } from '../../../shared/EditorFields';
import { JiraProjectFields } from '../../../shared/JiraProjectFields';
import { FormDialog, FormField } from '../../../shared/FormDialog';
import { AnimalFields } from './AnimalFields';
import { ContactFields } from './ContactFields';
import { DigestFields } from './DigestFields';
import { deskInputOf, profileDraftOf, profileProblems } from './profileDraft';
import { SlackUserGroupFields } from './SlackUserGroupFields';
import { SupportHoursFields } from './SupportHoursFields';

/**
 * Edits a desk's profile: its animal, what it helps with, topics, channels,
 * links, support hours, when its digests go out and, when the backend syncs
 * Slack, its Slack user group. The rotation is saved back as it is. A save
 * after someone else's is refused; closing the form then fetches theirs.
 */
export const DeskProfileEditor = (props: {
  desk: Desk;
  /** The animal's desk unless told, e.g. for a desk still to be opened. */
  title?: string;
  onClose: () => void;
  /** After a save, or when the desk turned out to be newer than the form. */
  onChanged: () => void;
}) => {
  const { desk, onClose, onChanged } = props;
  const zooportApi = useApi(zooportApiRef);
  const [draft, change] = useDraft(() => profileDraftOf(desk));
  const problems = profileProblems(draft);
  const { save, stale } = useGuardedSave(
    'this desk',
    useCallback(async () => {
      const input = deskInputOf(draft, desk);
      await zooportApi.saveDesk(desk.teamRef, input, desk.revision);
      onChanged();
    }, [zooportApi, draft, desk, onChanged]),
  );
  return (
    <FormDialog
      title={props.title ?? `The ${desk.animal.name}’s desk`}
      submitLabel="Save desk"
      ready={Object.keys(problems).length === 0}
      onSubmit={save}
      onClose={stale ? onChanged : onClose}
    >
      <AnimalFields
        animal={draft.animal}
        problems={problems}
        onChange={animal => change({ animal })}
      />
      <FormField
        fullWidth
        multiline
        minRows={2}
        margin="dense"
        label="What we help with"
        value={draft.helpsWith}
        onChange={event => change({ helpsWith: event.target.value })}
        {...problemProps(problems, 'helpsWith', 'A sentence or two')}
      />
      <ChipsInput
        label="Topics"
        placeholder="deploy, ci"
        values={draft.topics}
        onChange={topics => change({ topics })}
        {...problemProps(
          problems,
          'topics',
          'What people ask about, separated by commas; the zoo finds the desk by them',
        )}
      />
      <ContactFields
        channels={draft.channels}
        links={draft.links}
        problems={problems}
        onChange={change}
      />
      <SupportHoursFields hours={draft} problems={problems} onChange={change} />
      <DigestFields
        digests={draft.digests}
        timeZone={deskTimeZone({
          hours: { ...desk.hours, timeZone: draft.timeZone },
          rotation: desk.rotation,
        })}
        problems={problems}
        onChange={digests => change({ digests })}
      />
      {desk.slack && (
        <SlackUserGroupFields
          userGroup={draft.slackUserGroup}
          problems={problems}
          onChange={slackUserGroup => change({ slackUserGroup })}
        />
      )}
      {desk.jira && (
        <JiraProjectFields
          jira={desk.jira}
          project={draft.jiraProject}
          blank="bug tickets are pasted as URLs"
          problems={problems}
          onChange={jiraProject => change({ jiraProject })}
        />
      )}
    </FormDialog>
  );
};
