import { useState } from 'react';
import useDebounce from 'react-use/esm/useDebounce';

/** `value` once it has stayed the same for `ms`: typing asks the backend once. */
export function useDebounced<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  useDebounce(() => setSettled(value), ms, [value]);
  return settled;
}
