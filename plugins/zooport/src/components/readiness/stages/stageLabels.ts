import {
  ReadinessStage,
  ReadinessWarning,
  readinessStages,
} from '@zooport/plugin-zooport-common';

/** A stage as the UI names it. */
export const stageLabels: Record<ReadinessStage, string> = {
  observer: 'Observer',
  shadow: 'Shadow',
  'reverse-shadow': 'Reverse shadow',
  ready: 'Ready',
};

/** The stage after `stage`, if any. */
export const nextStage = (stage: ReadinessStage) =>
  readinessStages[readinessStages.indexOf(stage) + 1];

/** What a warning says about its person, who is named before it. */
export function readinessWarningText(warning: ReadinessWarning): string {
  const stage = stageLabels[warning.stage].toLocaleLowerCase('en');
  switch (warning.kind) {
    case 'alone':
      return `on duty alone while ${stage}`;
    case 'primary':
      return `primary while ${stage}`;
    case 'no-observer-week':
      return 'a newcomer on duty before a week of observing';
    default:
      return warning.kind;
  }
}
