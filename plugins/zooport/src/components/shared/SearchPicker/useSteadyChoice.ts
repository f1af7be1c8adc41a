import { useRef } from 'react';
import type { PickerOption } from './SearchPicker';

type Choice = PickerOption | null | PickerOption[];

const identity = (choice: Choice) =>
  JSON.stringify([choice].flat().map(option => [option?.value, option?.label]));

/**
 * The chosen option(s), as the same object for as long as they stay the
 * same options. Autocomplete takes a new value object for a new choice and
 * empties what someone is typing, so a choice rebuilt on every render
 * would swallow each keystroke.
 */
export function useSteadyChoice<T extends Choice>(choice: T): T {
  const kept = useRef(choice);
  if (identity(kept.current) !== identity(choice)) {
    kept.current = choice;
  }
  return kept.current;
}
