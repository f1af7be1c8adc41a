import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { RequestTypeField } from '@zooport/plugin-zooport-common';
import { useCallback } from 'react';
import { PickerOption, SearchPicker } from '../../shared/SearchPicker';
import { findEntities } from '../../shared/SearchPicker/findEntities';

function optionOf(entity: Entity): PickerOption {
  return {
    value: stringifyEntityRef(entity),
    label: entity.metadata.title ?? entity.metadata.name,
    detail: `${entity.kind} · ${entity.metadata.namespace ?? 'default'}`,
  };
}

/** A stored ref as an option while its entity is not loaded: its name. */
function optionOfRef(entityRef: string): PickerOption {
  return { value: entityRef, label: parseEntityRef(entityRef).name };
}

/** An entity field of a request type: catalog entities of its kinds, by name. */
export const EntityFieldInput = (props: {
  field: RequestTypeField;
  value: string;
  onChange: (value: string) => void;
}) => {
  const { field, value, onChange } = props;
  const catalogApi = useApi(catalogApiRef);
  const kinds = field.entityKinds ?? [];
  const search = useCallback(
    async (text: string) =>
      (
        await findEntities(catalogApi, {
          kinds,
          fields: ['metadata.name', 'metadata.title'],
          text,
        })
      ).map(optionOf),
    // The kinds are the field's; a new array each render means no change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [catalogApi, kinds.join(',')],
  );
  return (
    <SearchPicker
      label={field.label}
      required={field.required}
      helperText={
        kinds.length
          ? `A ${kinds.join(' or ')} from the catalog`
          : 'An entity from the catalog'
      }
      value={value ? optionOfRef(value) : null}
      onChange={option => onChange(option?.value ?? '')}
      search={search}
    />
  );
};
