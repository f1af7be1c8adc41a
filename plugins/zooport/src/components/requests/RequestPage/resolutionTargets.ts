import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  requestStatuses,
  SupportRequest,
  ZooDesk,
} from '@zooport/plugin-zooport-common';
import { useCallback, useRef } from 'react';
import { zooportApiRef } from '../../../api';
import { animalLabel, labelOf } from '../../../labels';
import { formatInViewerZone } from '../../../time';
import { PickerOption } from '../../shared/SearchPicker';

const shown = 10;

const teamName = (teamRef: string) => parseEntityRef(teamRef).name;

/**
 * FAQ entries and playbooks by title: the desk's own while nothing is
 * typed, then the best matches of every desk.
 */
export function useEntryOptions(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  return useCallback(
    async (text: string): Promise<PickerOption[]> => {
      const entries = text
        ? (await zooportApi.searchEntries(text, { limit: shown })).map(
            hit => hit.entry,
          )
        : (await zooportApi.listEntries({ desk: [teamRef], limit: shown }))
            .items;
      return entries.map(entry => ({
        value: entry.id,
        label: entry.title,
        detail: `${labelOf(entry.kind)} · ${teamName(entry.teamRef)}`,
      }));
    },
    [zooportApi, teamRef],
  );
}

/** Other requests by title: the desk's recent ones, or those matching the words. */
export function useRequestOptions(request: SupportRequest) {
  const zooportApi = useApi(zooportApiRef);
  return useCallback(
    async (text: string): Promise<PickerOption[]> => {
      const page = await zooportApi.listRequests({
        desk: [request.teamRef],
        status: [...requestStatuses],
        text: text || undefined,
        limit: shown + 1,
      });
      return page.items
        .filter(candidate => candidate.id !== request.id)
        .slice(0, shown)
        .map(candidate => ({
          value: candidate.id,
          label: candidate.title,
          detail: `${labelOf(candidate.status)} · filed ${formatInViewerZone(
            candidate.createdAt,
          )}`,
        }));
    },
    [zooportApi, request.id, request.teamRef],
  );
}

/** Other desks by animal or team name; the zoo is read once. */
export function useDeskOptions(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  const zoo = useRef<Promise<ZooDesk[]>>();
  return useCallback(
    async (text: string): Promise<PickerOption[]> => {
      zoo.current ??= zooportApi.getZoo();
      const words = text.toLocaleLowerCase('en-US');
      return (await zoo.current)
        .filter(desk => desk.teamRef !== teamRef)
        .map(desk => ({
          value: desk.teamRef,
          label: `${animalLabel(desk.animal)}, ${teamName(desk.teamRef)}`,
        }))
        .filter(option =>
          option.label.toLocaleLowerCase('en-US').includes(words),
        )
        .slice(0, shown);
    },
    [zooportApi, teamRef],
  );
}
