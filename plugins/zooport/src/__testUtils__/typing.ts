import { act } from '@testing-library/react';
import userEvent, { UserEvent } from '@testing-library/user-event';

/** How long typing rests before a view asks the backend: `useDebounced`'s. */
const TYPING_PAUSE_MS = 300;

/**
 * Puts `text` in `field` in place of what it held, at once, as pasting
 * does: for tests that check what a form sends, not how it takes each key.
 */
export async function fillIn(
  user: UserEvent,
  field: HTMLElement,
  text: string,
) {
  await user.clear(field);
  await user.paste(text);
}

/**
 * A person typing on jest's fake clock. Keystrokes take no time on it,
 * however slowly the machine runs them, so a search that waits for typing
 * to pause hears only the pauses the test makes with `pause()`.
 *
 * It puts the test on fake timers: the test file puts them back with
 * `afterEach(() => jest.useRealTimers())`.
 */
export function typistOnFakeClock() {
  jest.useFakeTimers();
  return {
    user: userEvent.setup({ advanceTimers: jest.advanceTimersByTime }),
    /** Rests just long enough for a search that waits for a pause. */
    pause: () =>
      act(async () => {
        jest.advanceTimersByTime(TYPING_PAUSE_MS);
      }),
  };
}
