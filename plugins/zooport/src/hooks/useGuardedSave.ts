import { ResponseError } from '@backstage/errors';
import { useCallback, useState } from 'react';
import { isStaleSave } from '../errors';

/**
 * A save sent with the revision the form was read at (If-Match). The two
 * refusals whose backend wording does not tell people what to do are put
 * plainly: someone else saved meanwhile (412; nothing was overwritten), and
 * not allowed (403). Others keep the backend's words, which name the field.
 * `stale` stays true after a 412, so that closing the form can fetch the
 * newer version. A save without a form to close, such as a button in a
 * list, passes `refetch`, which fetches it at once.
 */
export function useGuardedSave(
  subject: string,
  save: () => Promise<void>,
  refetch?: () => void,
) {
  const [stale, setStale] = useState(false);
  const guardedSave = useCallback(async () => {
    try {
      await save();
    } catch (error) {
      if (isStaleSave(error)) {
        setStale(true);
        if (refetch) {
          refetch();
          throw new Error(
            `Someone saved ${subject} since it was shown, so nothing was changed. Their version shows now; try again on it if need be.`,
          );
        }
        throw new Error(
          `Someone saved ${subject} while you were editing. Your changes are not saved; close this form to see their version, then edit again.`,
        );
      }
      if (ResponseError.is(error) && error.response.status === 403) {
        throw new Error(`You are not allowed to change ${subject}.`);
      }
      throw error;
    }
  }, [subject, save, refetch]);
  return { save: guardedSave, stale };
}
