import {
  ReadinessActionInput,
  ReadinessActionLink,
} from '@zooport/plugin-zooport-common';

export interface ActionDraft {
  title: string;
  ownerRef: string;
  dueOn: string;
  linkKind: '' | ReadinessActionLink['kind'];
  linkTarget: string;
  linkLabel: string;
}

export function newActionDraft(title: string, dueOn: string): ActionDraft {
  return {
    title,
    ownerRef: '',
    dueOn,
    linkKind: '',
    linkTarget: '',
    linkLabel: '',
  };
}

const isAddress = (text: string) => /^https?:\/\/\S+$/.test(text.trim());

/** Whether the link, if any, is whole: an id, or an http(s) address. */
export function isLinkComplete(draft: ActionDraft): boolean {
  if (!draft.linkKind) {
    return true;
  }
  const target = draft.linkTarget.trim();
  return draft.linkKind === 'url' ? isAddress(target) : target !== '';
}

/** The input the backend takes, or undefined while incomplete. */
export function actionInputOf(
  draft: ActionDraft,
  turnId: string | null,
): ReadinessActionInput | undefined {
  if (
    !draft.title.trim() ||
    !draft.ownerRef ||
    !/^\d{4}-\d{2}-\d{2}$/.test(draft.dueOn) ||
    !isLinkComplete(draft)
  ) {
    return undefined;
  }
  return {
    title: draft.title.trim(),
    ownerRef: draft.ownerRef,
    dueOn: draft.dueOn,
    turnId,
    link: draft.linkKind
      ? {
          kind: draft.linkKind,
          target: draft.linkTarget.trim(),
          label: draft.linkLabel.trim() || draft.linkTarget.trim(),
        }
      : null,
  };
}
