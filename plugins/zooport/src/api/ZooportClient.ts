import {
  DiscoveryApi,
  FetchApi,
  createApiFactory,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  ApprovalInput,
  AssignmentInput,
  CalendarSubscription,
  CommentInput,
  Desk,
  DeskFigures,
  DeskFiguresQuery,
  DeskInput,
  DeskOnDuty,
  DeskReport,
  DeskSchedule,
  DeskScheduleQuery,
  DeskWebhook,
  Entry,
  EntryFeedbackInput,
  EntryFilter,
  EntryInput,
  EntryPage,
  EntrySearchFilter,
  EntrySearchHit,
  EntrySearchQuery,
  EntryVersion,
  EscalationInput,
  FaqCandidate,
  ItemList,
  MyShifts,
  OrgReport,
  OrgReportQuery,
  OverrideInput,
  RequestDetail,
  RequestEvent,
  RequestFilter,
  RequestInput,
  RequestPage,
  RequestType,
  RequestTypeInput,
  RequestTypeUpdate,
  ReportQuery,
  RotationPreview,
  RotationPreviewInput,
  RotationSpec,
  ScheduledShift,
  StoredOverride,
  Suggestions,
  SuggestQuery,
  SupportRequest,
  TransitionInput,
  WebhookInput,
  Zoo,
  ZooDesk,
  ZooportHealth,
} from '@zooport/plugin-zooport-common';
import {
  ReadinessAction,
  ReadinessActionInput,
  ReadinessActionStatus,
  ReadinessActionUpdate,
  Scenario,
  ScenarioDeck,
  ScenarioDraftInput,
  ScenarioInput,
  ScenarioVersion,
  TurnDrawInput,
  TurnStepsInput,
  WorkshopCadence,
  WorkshopCadenceSetting,
  Workshop,
  WorkshopInput,
  WorkshopNote,
  WorkshopNoteInput,
  WorkshopRecord,
  WorkshopTurn,
} from '@zooport/plugin-zooport-common';
import {
  DeskReadiness,
  MyReadiness,
  PersonReadiness,
  ReadinessStage,
  StageHistory,
  SurveyAnswerInput,
  SurveySettings,
  SurveyStatus,
  SurveyTrend,
} from '@zooport/plugin-zooport-common';
import { ZooportApi, zooportApiRef } from './ZooportApi';

/** `namespace/name` of an entity, as the backend's paths name it. */
function namePath(entityRef: string): string {
  const { namespace, name } = parseEntityRef(entityRef);
  return `${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
}

function deskPath(teamRef: string): string {
  return `/desks/${namePath(teamRef)}`;
}

function requestTypePath(teamRef: string, id: string): string {
  return `${deskPath(teamRef)}/request-types/${encodeURIComponent(id)}`;
}

function requestPath(id: string): string {
  return `/requests/${encodeURIComponent(id)}`;
}

function requestQuery(filter: RequestFilter): string {
  const { desk = [], status, priority, type, category, ...single } = filter;
  const query = new URLSearchParams();
  for (const teamRef of desk) {
    query.append('desk', teamRef);
  }
  const lists = {
    status: status === 'open' ? ['open'] : status,
    priority,
    type,
    category,
  };
  for (const [name, values] of Object.entries(lists)) {
    if (values?.length) {
      query.set(name, values.join(','));
    }
  }
  for (const [name, value] of Object.entries(single)) {
    if (value !== undefined) {
      query.set(name, String(value));
    }
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** A report's path: one desk's, or the org's without `teamRef`. */
function reportPath(
  query: ReportQuery,
  options: { teamRef?: string; csv?: boolean } = {},
): string {
  const { teamRef, csv } = options;
  const desk = teamRef ? deskPath(teamRef) : '';
  return `${desk}/report${csv ? '.csv' : ''}${queryOf({ ...query })}`;
}

function scenarioPath(teamRef: string, id: string): string {
  return `${deskPath(teamRef)}/scenarios/${encodeURIComponent(id)}`;
}

function workshopPath(teamRef: string, id: string): string {
  return `${deskPath(teamRef)}/workshops/${encodeURIComponent(id)}`;
}

function turnPath(teamRef: string, workshopId: string, turnId: string) {
  return `${workshopPath(teamRef, workshopId)}/turns/${encodeURIComponent(
    turnId,
  )}`;
}

/** A person's readiness stage at a desk. */
function stagePath(teamRef: string, userRef: string): string {
  return `${deskPath(teamRef)}/readiness/people/${namePath(userRef)}`;
}

function entryPath(id: string): string {
  return `/entries/${encodeURIComponent(id)}`;
}

/** A query string; list values repeat their name, undefined ones are left out. */
function queryOf(
  params: Record<string, string | number | boolean | string[] | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const one of [value ?? []].flat()) {
      query.append(name, String(one));
    }
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * Talks to the Zooport backend through Backstage's discovery and fetch APIs,
 * so the user's token travels with every call.
 *
 * @public
 */
export class ZooportClient implements ZooportApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getHealth(): Promise<ZooportHealth> {
    return this.get('/health');
  }

  async getZoo(): Promise<ZooDesk[]> {
    return (await this.get<Zoo>('/on-duty')).desks;
  }

  async getDesk(teamRef: string): Promise<Desk | undefined> {
    const response = await this.fetch(deskPath(teamRef));
    if (response.status === 404) {
      return undefined;
    }
    return this.parse<Desk>(response);
  }

  getOnDuty(teamRef: string): Promise<DeskOnDuty> {
    return this.get(`${deskPath(teamRef)}/on-duty`);
  }

  saveDesk(teamRef: string, input: DeskInput, revision: number): Promise<Desk> {
    return this.send('PUT', deskPath(teamRef), input, {
      'If-Match': `"${revision}"`,
    });
  }

  previewRotation(
    teamRef: string,
    rotation: RotationSpec,
    shifts: number,
  ): Promise<RotationPreview> {
    const body: RotationPreviewInput = { rotation, shifts };
    return this.post(`${deskPath(teamRef)}/rotation-preview`, body);
  }

  async getSchedule(
    teamRef: string,
    from: string,
    to: string,
  ): Promise<ScheduledShift[]> {
    const range: Required<DeskScheduleQuery> = { from, to };
    const query = new URLSearchParams(range);
    const path = `${deskPath(teamRef)}/schedule?${query}`;
    return (await this.get<DeskSchedule>(path)).shifts;
  }

  async listOverrides(teamRef: string): Promise<StoredOverride[]> {
    const path = `${deskPath(teamRef)}/overrides`;
    return (await this.get<ItemList<StoredOverride>>(path)).items;
  }

  addOverride(teamRef: string, input: OverrideInput): Promise<StoredOverride> {
    return this.post(`${deskPath(teamRef)}/overrides`, input);
  }

  deleteOverride(teamRef: string, id: string): Promise<void> {
    return this.remove(
      `${deskPath(teamRef)}/overrides/${encodeURIComponent(id)}`,
    );
  }

  getCalendarSubscription(teamRef: string): Promise<CalendarSubscription> {
    return this.get(`${deskPath(teamRef)}/calendar-subscription`);
  }

  getDeskWebhook(teamRef: string): Promise<DeskWebhook> {
    return this.get(`${deskPath(teamRef)}/webhook`);
  }

  saveDeskWebhook(teamRef: string, input: WebhookInput): Promise<WebhookInput> {
    return this.send('PUT', `${deskPath(teamRef)}/webhook`, input);
  }

  async listRequestTypes(teamRef: string): Promise<RequestType[]> {
    const path = `${deskPath(teamRef)}/request-types`;
    return (await this.get<ItemList<RequestType>>(path)).items;
  }

  createRequestType(
    teamRef: string,
    input: RequestTypeInput,
  ): Promise<RequestType> {
    return this.post(`${deskPath(teamRef)}/request-types`, input);
  }

  updateRequestType(
    teamRef: string,
    id: string,
    input: RequestTypeUpdate,
    revision: number,
  ): Promise<RequestType> {
    return this.send('PUT', requestTypePath(teamRef, id), input, {
      'If-Match': `"${revision}"`,
    });
  }

  async archiveRequestType(teamRef: string, id: string): Promise<RequestType> {
    const path = requestTypePath(teamRef, id);
    return this.parse(await this.fetch(path, { method: 'DELETE' }));
  }

  createRequest(input: RequestInput): Promise<SupportRequest> {
    return this.post('/requests', input);
  }

  listRequests(filter: RequestFilter): Promise<RequestPage> {
    return this.get(`/requests${requestQuery(filter)}`);
  }

  getRequest(id: string): Promise<RequestDetail> {
    return this.get(requestPath(id));
  }

  transition(id: string, change: TransitionInput): Promise<SupportRequest> {
    return this.post(`${requestPath(id)}/transitions`, change);
  }

  async comment(id: string, comment: CommentInput): Promise<RequestEvent[]> {
    const path = `${requestPath(id)}/comments`;
    return (await this.post<ItemList<RequestEvent>>(path, comment)).items;
  }

  escalate(id: string, reason?: string): Promise<SupportRequest> {
    const body: EscalationInput = { reason };
    return this.post(`${requestPath(id)}/escalate`, body);
  }

  approve(id: string, decision: ApprovalInput): Promise<SupportRequest> {
    return this.post(`${requestPath(id)}/approval`, decision);
  }

  assignRequest(
    id: string,
    assigneeRef: string | null,
  ): Promise<SupportRequest> {
    const body: AssignmentInput = { assigneeRef };
    return this.send('PUT', `${requestPath(id)}/assignee`, body);
  }

  getDeskFigures(teamRef: string, days: number): Promise<DeskFigures> {
    const query: DeskFiguresQuery = { days };
    return this.get(`${deskPath(teamRef)}/figures${queryOf({ ...query })}`);
  }

  getDeskReport(teamRef: string, query: ReportQuery): Promise<DeskReport> {
    return this.get(reportPath(query, { teamRef }));
  }

  getOrgReport(query: OrgReportQuery): Promise<OrgReport> {
    return this.get(reportPath(query));
  }

  async getReportCsv(query: ReportQuery, teamRef?: string): Promise<Blob> {
    const { bucket: _bucket, ...range } = query;
    const response = await this.fetch(
      reportPath(range, { teamRef, csv: true }),
    );
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response.blob();
  }

  listEntries(filter: EntryFilter): Promise<EntryPage> {
    return this.get(`/entries${queryOf({ ...filter })}`);
  }

  async searchEntries(
    q: string,
    filter: EntrySearchFilter = {},
  ): Promise<EntrySearchHit[]> {
    const query: EntrySearchQuery = { q, ...filter };
    const path = `/entries/search${queryOf({ ...query })}`;
    return (await this.get<ItemList<EntrySearchHit>>(path)).items;
  }

  suggest(q: string, entityRef?: string): Promise<Suggestions> {
    const query: SuggestQuery = { q, entityRef };
    return this.get(`/suggest${queryOf({ ...query })}`);
  }

  async getEntry(id: string): Promise<Entry> {
    // The entry's ETag is its revision, which votes and reviews leave alone:
    // a cached copy revalidated with it would come back with old counts.
    const response = await this.fetch(entryPath(id), { cache: 'no-store' });
    return this.parse<Entry>(response);
  }

  createEntry(teamRef: string, input: EntryInput): Promise<Entry> {
    return this.post(`${deskPath(teamRef)}/entries`, input);
  }

  updateEntry(id: string, input: EntryInput, revision: number): Promise<Entry> {
    return this.send('PUT', entryPath(id), input, {
      'If-Match': `"${revision}"`,
    });
  }

  deleteEntry(id: string): Promise<void> {
    return this.remove(entryPath(id));
  }

  async listEntryVersions(id: string): Promise<EntryVersion[]> {
    const path = `${entryPath(id)}/versions`;
    return (await this.get<ItemList<EntryVersion>>(path)).items;
  }

  restoreEntryVersion(id: string, revision: number): Promise<Entry> {
    return this.post(`${entryPath(id)}/versions/${revision}/restore`, {});
  }

  markEntryReviewed(id: string): Promise<Entry> {
    return this.post(`${entryPath(id)}/review`, {});
  }

  voteEntry(id: string, helped: boolean): Promise<Entry> {
    const body: EntryFeedbackInput = { helped };
    return this.post(`${entryPath(id)}/feedback`, body);
  }

  async getFaqCandidates(teamRef: string): Promise<FaqCandidate[]> {
    const path = `${deskPath(teamRef)}/faq-candidates`;
    return (await this.get<ItemList<FaqCandidate>>(path)).items;
  }

  getMyShifts(): Promise<MyShifts> {
    return this.get('/me/shifts');
  }

  getPersonShifts(userRef: string): Promise<MyShifts> {
    return this.get(`/people/${namePath(userRef)}/shifts`);
  }

  getScenarioDeck(teamRef: string): Promise<ScenarioDeck> {
    return this.get(`${deskPath(teamRef)}/scenarios`);
  }

  getScenario(teamRef: string, id: string): Promise<Scenario> {
    return this.get(scenarioPath(teamRef, id));
  }

  createScenario(teamRef: string, input: ScenarioInput): Promise<Scenario> {
    return this.post(`${deskPath(teamRef)}/scenarios`, input);
  }

  draftScenarioFromRequest(
    teamRef: string,
    requestId: string,
  ): Promise<Scenario> {
    const body: ScenarioDraftInput = { requestId };
    return this.post(`${deskPath(teamRef)}/scenarios/from-request`, body);
  }

  updateScenario(
    teamRef: string,
    id: string,
    input: ScenarioInput,
    revision: number,
  ): Promise<Scenario> {
    return this.send('PUT', scenarioPath(teamRef, id), input, {
      'If-Match': `"${revision}"`,
    });
  }

  deleteScenario(teamRef: string, id: string): Promise<void> {
    return this.remove(scenarioPath(teamRef, id));
  }

  async listScenarioVersions(
    teamRef: string,
    id: string,
  ): Promise<ScenarioVersion[]> {
    const path = `${scenarioPath(teamRef, id)}/versions`;
    return (await this.get<ItemList<ScenarioVersion>>(path)).items;
  }

  restoreScenarioVersion(
    teamRef: string,
    id: string,
    revision: number,
  ): Promise<Scenario> {
    const path = `${scenarioPath(teamRef, id)}/versions/${revision}/restore`;
    return this.post(path, {});
  }

  async listWorkshops(teamRef: string): Promise<Workshop[]> {
    const path = `${deskPath(teamRef)}/workshops`;
    return (await this.get<ItemList<Workshop>>(path)).items;
  }

  planWorkshop(teamRef: string, input: WorkshopInput): Promise<Workshop> {
    return this.post(`${deskPath(teamRef)}/workshops`, input);
  }

  getWorkshop(teamRef: string, id: string): Promise<WorkshopRecord> {
    return this.get(workshopPath(teamRef, id));
  }

  drawTurn(
    teamRef: string,
    workshopId: string,
    participantRef: string,
  ): Promise<WorkshopTurn> {
    const body: TurnDrawInput = { participantRef };
    return this.post(`${workshopPath(teamRef, workshopId)}/turns`, body);
  }

  endTurn(
    teamRef: string,
    workshopId: string,
    turnId: string,
  ): Promise<WorkshopTurn> {
    return this.post(`${turnPath(teamRef, workshopId, turnId)}/end`, {});
  }

  saveTurnSteps(
    teamRef: string,
    workshopId: string,
    turnId: string,
    steps: string,
  ): Promise<WorkshopTurn> {
    const body: TurnStepsInput = { steps };
    const path = `${turnPath(teamRef, workshopId, turnId)}/steps`;
    return this.send('PUT', path, body);
  }

  addWorkshopNote(
    teamRef: string,
    workshopId: string,
    input: WorkshopNoteInput,
  ): Promise<WorkshopNote> {
    return this.post(`${workshopPath(teamRef, workshopId)}/notes`, input);
  }

  addReadinessAction(
    teamRef: string,
    workshopId: string,
    input: ReadinessActionInput,
  ): Promise<ReadinessAction> {
    return this.post(`${workshopPath(teamRef, workshopId)}/actions`, input);
  }

  async listReadinessActions(
    teamRef: string,
    status?: ReadinessActionStatus[],
  ): Promise<ReadinessAction[]> {
    const query = queryOf({ status: status?.join(',') });
    const path = `${deskPath(teamRef)}/actions${query}`;
    return (await this.get<ItemList<ReadinessAction>>(path)).items;
  }

  updateReadinessAction(
    teamRef: string,
    id: string,
    update: ReadinessActionUpdate,
  ): Promise<ReadinessAction> {
    const path = `${deskPath(teamRef)}/actions/${encodeURIComponent(id)}`;
    return this.send('PUT', path, update);
  }

  getWorkshopCadence(teamRef: string): Promise<WorkshopCadenceSetting> {
    return this.get(`${deskPath(teamRef)}/workshop-cadence`);
  }

  saveWorkshopCadence(
    teamRef: string,
    cadence: WorkshopCadence,
  ): Promise<WorkshopCadenceSetting> {
    return this.send('PUT', `${deskPath(teamRef)}/workshop-cadence`, cadence);
  }

  getSurveyStatus(teamRef: string): Promise<SurveyStatus> {
    return this.get(`${deskPath(teamRef)}/survey`);
  }

  async answerSurvey(
    teamRef: string,
    answer: SurveyAnswerInput,
  ): Promise<void> {
    const response = await this.fetch(`${deskPath(teamRef)}/survey/answers`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(answer),
    });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
  }

  getSurveyTrend(teamRef: string, months?: number): Promise<SurveyTrend> {
    return this.get(`${deskPath(teamRef)}/survey/trend${queryOf({ months })}`);
  }

  saveSurveySettings(
    teamRef: string,
    settings: SurveySettings,
  ): Promise<SurveySettings> {
    return this.send('PUT', `${deskPath(teamRef)}/survey/settings`, settings);
  }

  getDeskReadiness(teamRef: string): Promise<DeskReadiness> {
    return this.get(`${deskPath(teamRef)}/readiness`);
  }

  setReadinessStage(
    teamRef: string,
    userRef: string,
    stage: ReadinessStage,
  ): Promise<PersonReadiness> {
    return this.send('PUT', stagePath(teamRef, userRef), { stage });
  }

  getStageHistory(teamRef: string, userRef: string): Promise<StageHistory> {
    return this.get(`${stagePath(teamRef, userRef)}/history`);
  }

  getMyReadiness(): Promise<MyReadiness> {
    return this.get('/me/readiness');
  }

  private async remove(path: string): Promise<void> {
    const response = await this.fetch(path, { method: 'DELETE' });
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
  }

  private async fetch(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('zooport');
    return this.fetchApi.fetch(`${baseUrl}${path}`, init);
  }

  private async parse<T>(response: Response): Promise<T> {
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }

  private async get<T>(path: string): Promise<T> {
    return this.parse<T>(await this.fetch(path));
  }

  private post<T>(path: string, body: unknown): Promise<T> {
    return this.send('POST', path, body);
  }

  private async send<T>(
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<T> {
    const response = await this.fetch(path, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return this.parse<T>(response);
  }
}

/** Registers {@link ZooportClient} for both frontend systems. */
export const zooportApiFactory = createApiFactory({
  api: zooportApiRef,
  deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
  factory: ({ discoveryApi, fetchApi }) =>
    new ZooportClient({ discoveryApi, fetchApi }),
});
