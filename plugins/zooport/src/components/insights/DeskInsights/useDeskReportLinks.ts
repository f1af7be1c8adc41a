import { useApi } from '@backstage/core-plugin-api';
import {
  DeskReport,
  ReportPeriod,
  ResolutionCategory,
} from '@zooport/plugin-zooport-common';
import useAsync from 'react-use/esm/useAsync';
import { zooportApiRef } from '../../../api';
import { useRequestListLink } from '../shared/useRequestListLink';

/** Links from a desk's report to the requests behind each of its figures. */
export interface DeskReportLinks {
  /** Filed in the range. */
  filed: string;
  /** Resolved in the range. */
  resolved: string;
  /** Filed in the range, with a breached clock. */
  breached: string;
  /** Filed in one bucket. */
  filedIn: (period: ReportPeriod) => string;
  /** Resolved in the range in one way. */
  resolvedAs: (category: ResolutionCategory) => string;
  /** Resolved in the range, of the type of that name; none for a name the desk's types lack. */
  resolvedOfType: (typeName: string) => string | undefined;
}

/** The desk's request type ids by name, archived ones included. */
function useTypeIdsByName(teamRef: string) {
  const zooportApi = useApi(zooportApiRef);
  const { value } = useAsync(async () => {
    const types = await zooportApi.listRequestTypes(teamRef);
    return new Map(types.map(type => [type.name, type.id]));
  }, [zooportApi, teamRef]);
  return value;
}

export function useDeskReportLinks(report: DeskReport): DeskReportLinks {
  const listLink = useRequestListLink();
  const typeIds = useTypeIdsByName(report.teamRef);
  const { teamRef } = report;
  const range = { from: report.from, to: report.to };
  return {
    filed: listLink(teamRef, { filed: range }),
    resolved: listLink(teamRef, { resolved: range }),
    breached: listLink(teamRef, { breached: true, filed: range }),
    filedIn: ({ start, end }) =>
      listLink(teamRef, { filed: { from: start, to: end } }),
    resolvedAs: category =>
      listLink(teamRef, { resolved: range, categories: [category] }),
    resolvedOfType: typeName => {
      const typeId = typeIds?.get(typeName);
      return typeId
        ? listLink(teamRef, { resolved: range, types: [typeId] })
        : undefined;
    },
  };
}
