import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useCallback } from 'react';
import useAsync from 'react-use/esm/useAsync';
import {
  PickerInput,
  PickerOption,
  pickerProps,
  useTypedSearch,
} from '../SearchPicker/SearchPicker';
import { findEntities } from '../SearchPicker/findEntities';
import { useSteadyChoice } from '../SearchPicker/useSteadyChoice';

function personOf(user: Entity): PickerOption {
  const profile = user.spec?.profile as
    | { displayName?: string; email?: string }
    | undefined;
  return {
    value: stringifyEntityRef(user),
    label: profile?.displayName ?? user.metadata.name,
    detail: profile?.email ?? user.metadata.name,
  };
}

/**
 * People from the catalog, found by name: several can be chosen, each is
 * shown by display name and stored as a user ref.
 */
export const PeoplePicker = (props: {
  label: string;
  helperText?: string;
  error?: boolean;
  values: string[];
  onChange: (userRefs: string[]) => void;
}) => {
  const { label, helperText, error, values, onChange } = props;
  const catalogApi = useApi(catalogApiRef);
  const search = useCallback(
    async (text: string) =>
      (
        await findEntities(catalogApi, {
          kinds: ['User'],
          fields: ['metadata.name', 'spec.profile.displayName'],
          text,
        })
      ).map(personOf),
    [catalogApi],
  );
  const { found, setTyped } = useTypedSearch(search);
  // The people chosen before, by name once the catalog has said it.
  const chosen = useAsync(async () => {
    if (values.length === 0) {
      return new Map<string, PickerOption>();
    }
    const { items } = await catalogApi.getEntitiesByRefs({
      entityRefs: values,
    });
    return new Map(
      items.flatMap(user =>
        user ? [[stringifyEntityRef(user), personOf(user)]] : [],
      ),
    );
  }, [catalogApi, values.join(',')]);
  const optionOf = (userRef: string): PickerOption =>
    chosen.value?.get(userRef) ?? {
      value: userRef,
      label: parseEntityRef(userRef).name,
    };

  const value = useSteadyChoice(values.map(optionOf));
  return (
    <Autocomplete
      {...pickerProps(found)}
      multiple
      value={value}
      onInputChange={(_event, text) => setTyped(text)}
      onChange={(_event, options) => onChange(options.map(o => o.value))}
      renderInput={params => (
        <PickerInput
          {...params}
          label={label}
          helperText={helperText}
          error={error}
          searching={found.loading}
        />
      )}
    />
  );
};
