import { useApi } from '@backstage/core-plugin-api';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';

/**
 * A request type's name by its id, for the types of the given desks; the
 * desks' types are read only when `wanted` names some. An unknown id is
 * its own name.
 */
export function useTypeNames(teamRefs: string[] = [], wanted: string[]) {
  const zooportApi = useApi(zooportApiRef);
  const desksKey = teamRefs.join('\n');
  const needed = wanted.length > 0;
  const { value: names } = useAsync(async () => {
    if (!needed || !desksKey) {
      return new Map<string, string>();
    }
    const types = await Promise.all(
      desksKey.split('\n').map(teamRef => zooportApi.listRequestTypes(teamRef)),
    );
    return new Map(types.flat().map(type => [type.id, type.name]));
  }, [zooportApi, desksKey, needed]);
  return (id: string) => names?.get(id) ?? id;
}
