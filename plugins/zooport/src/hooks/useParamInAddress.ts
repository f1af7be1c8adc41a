import { useSearchParams } from 'react-router-dom';

/**
 * One search param of the page address and a setter keeping the others;
 * setting '' removes it.
 */
export function useParamInAddress(name: string) {
  const [params, setParams] = useSearchParams();
  const setValue = (value: string) =>
    setParams(previous => {
      const next = new URLSearchParams(previous);
      if (value) {
        next.set(name, value);
      } else {
        next.delete(name);
      }
      return next;
    });
  return [params.get(name), setValue] as const;
}
