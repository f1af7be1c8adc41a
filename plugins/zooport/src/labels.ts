import { DeskAnimal, EntryKind, MyShift } from '@zooport/plugin-zooport-common';

/** A wire value as people read it: `waiting_for_requester` → "Waiting for requester". */
export function labelOf(value: string): string {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toLocaleUpperCase('en-US') + words.slice(1);
}

/** An animal in running text and table cells, e.g. "🐢 turtle". */
export function animalLabel(animal: DeskAnimal): string {
  return `${animal.emoji ?? ''} ${animal.name}`.trim();
}

export const entryKindLabels: Record<EntryKind, string> = {
  faq: 'FAQ',
  playbook: 'Playbook',
};

export const entryKindChoices = Object.entries(entryKindLabels).map(
  ([value, label]) => ({ value, label }),
);

const dutyRoleLabels: Record<MyShift['role'], string> = {
  primary: 'Zooporter',
  secondary: 'secondary',
  fallback: 'fallback',
  observer: 'shadowing',
};

/**
 * A role on duty as the desk says it (the primary is "the Zooporter"), and
 * whether someone covers it through an override.
 */
export function dutyRoleLabel(
  role: MyShift['role'],
  source: MyShift['source'],
): string {
  const label = dutyRoleLabels[role];
  return source === 'override' ? `${label}, covering` : label;
}
