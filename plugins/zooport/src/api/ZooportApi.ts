import { createApiRef } from '@backstage/core-plugin-api';
import {
  ApprovalInput,
  CalendarSubscription,
  CommentInput,
  Desk,
  DeskFigures,
  DeskInput,
  DeskOnDuty,
  DeskReport,
  DeskWebhook,
  Entry,
  EntryFilter,
  EntryInput,
  EntryPage,
  EntrySearchFilter,
  EntrySearchHit,
  EntryVersion,
  FaqCandidate,
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
  RotationSpec,
  ScheduledShift,
  StoredOverride,
  Suggestions,
  SupportRequest,
  TransitionInput,
  WebhookInput,
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
  ScenarioInput,
  ScenarioVersion,
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

/**
 * The typed client for the Zooport backend.
 *
 * @public
 */
export interface ZooportApi {
  getHealth(): Promise<ZooportHealth>;
  /** Every desk and who is on duty there now. */
  getZoo(): Promise<ZooDesk[]>;
  /** A team's desk, or undefined when the team has none. */
  getDesk(teamRef: string): Promise<Desk | undefined>;
  getOnDuty(teamRef: string): Promise<DeskOnDuty>;

  /**
   * Creates or replaces a desk. `revision` is the one the editor read: when
   * someone saved meanwhile the backend refuses with 412.
   */
  saveDesk(teamRef: string, input: DeskInput, revision: number): Promise<Desk>;
  /** The next `shifts` of a draft rotation, as saving it would give them. */
  previewRotation(
    teamRef: string,
    rotation: RotationSpec,
    shifts: number,
  ): Promise<RotationPreview>;
  /** Shifts from `from` to `to` (ISO instants), overrides applied. */
  getSchedule(
    teamRef: string,
    from: string,
    to: string,
  ): Promise<ScheduledShift[]>;
  /** Overrides that have not ended. */
  listOverrides(teamRef: string): Promise<StoredOverride[]>;
  addOverride(teamRef: string, input: OverrideInput): Promise<StoredOverride>;
  deleteOverride(teamRef: string, id: string): Promise<void>;
  /** The desk's calendar feed address, for calendar apps. */
  getCalendarSubscription(teamRef: string): Promise<CalendarSubscription>;
  /** The desk's webhook: its address, its format and its recent posts. */
  getDeskWebhook(teamRef: string): Promise<DeskWebhook>;
  /** Sets the desk's webhook, or removes it with a `null` url. */
  saveDeskWebhook(teamRef: string, input: WebhookInput): Promise<WebhookInput>;

  /** The request types of a team's desk, archived ones included. */
  listRequestTypes(teamRef: string): Promise<RequestType[]>;
  createRequestType(
    teamRef: string,
    input: RequestTypeInput,
  ): Promise<RequestType>;
  /** Replaces a type; 412 when someone saved after `revision`. */
  updateRequestType(
    teamRef: string,
    id: string,
    input: RequestTypeUpdate,
    revision: number,
  ): Promise<RequestType>;
  /** The type takes no new requests from now on; its requests stay. */
  archiveRequestType(teamRef: string, id: string): Promise<RequestType>;
  createRequest(input: RequestInput): Promise<SupportRequest>;
  /** Newest first, one page at a time. */
  listRequests(filter: RequestFilter): Promise<RequestPage>;
  getRequest(id: string): Promise<RequestDetail>;
  transition(id: string, change: TransitionInput): Promise<SupportRequest>;
  /** Adds a comment and answers with the history the caller may see. */
  comment(id: string, comment: CommentInput): Promise<RequestEvent[]>;
  escalate(id: string, reason?: string): Promise<SupportRequest>;
  approve(id: string, decision: ApprovalInput): Promise<SupportRequest>;
  /** Gives the request to a member of the desk's team, or to nobody. */
  assignRequest(
    id: string,
    assigneeRef: string | null,
  ): Promise<SupportRequest>;
  /** Key figures of the last `days` days of a desk's requests. */
  getDeskFigures(teamRef: string, days: number): Promise<DeskFigures>;
  /** A desk's report over whole buckets around `from` to `to`. */
  getDeskReport(teamRef: string, query: ReportQuery): Promise<DeskReport>;
  /** Every desk's volume, deflection and totals over the range. */
  getOrgReport(query: OrgReportQuery): Promise<OrgReport>;
  /**
   * The requests behind a report as CSV: one desk's, or every desk's
   * without `teamRef`. A file rather than a link, as the backend wants the
   * viewer's token, which a plain link would not send.
   */
  getReportCsv(query: ReportQuery, teamRef?: string): Promise<Blob>;

  /** Knowledge base: FAQ entries and playbooks, by title. */
  listEntries(filter: EntryFilter): Promise<EntryPage>;
  /** Best first; every word must match. */
  searchEntries(
    q: string,
    filter?: EntrySearchFilter,
  ): Promise<EntrySearchHit[]>;
  /** Entries that may answer a question, and which animals to ask. */
  suggest(q: string, entityRef?: string): Promise<Suggestions>;
  getEntry(id: string): Promise<Entry>;
  createEntry(teamRef: string, input: EntryInput): Promise<Entry>;
  /** Saves a new version; 412 when someone saved after `revision`. */
  updateEntry(id: string, input: EntryInput, revision: number): Promise<Entry>;
  /** Hides the entry; its versions stay. */
  deleteEntry(id: string): Promise<void>;
  /** Newest first. */
  listEntryVersions(id: string): Promise<EntryVersion[]>;
  /** Saves that version's content as the newest version. */
  restoreEntryVersion(id: string, revision: number): Promise<Entry>;
  markEntryReviewed(id: string): Promise<Entry>;
  /** One vote per person; voting again changes it. */
  voteEntry(id: string, helped: boolean): Promise<Entry>;
  /** Questions that keep coming back to the desk. */
  getFaqCandidates(teamRef: string): Promise<FaqCandidate[]>;

  /** The viewer's coming stretches of duty and observer weeks. */
  getMyShifts(): Promise<MyShifts>;

  /** Someone's stretches of duty (one under way first) and observer weeks. */
  getPersonShifts(userRef: string): Promise<MyShifts>;

  /** A desk's scenario deck, drafts included, and its target. */
  getScenarioDeck(teamRef: string): Promise<ScenarioDeck>;
  getScenario(teamRef: string, id: string): Promise<Scenario>;
  createScenario(teamRef: string, input: ScenarioInput): Promise<Scenario>;
  /** A draft scenario from a resolved or closed request of the desk. */
  draftScenarioFromRequest(
    teamRef: string,
    requestId: string,
  ): Promise<Scenario>;
  /** Saves a new version; 412 when someone saved after `revision`. */
  updateScenario(
    teamRef: string,
    id: string,
    input: ScenarioInput,
    revision: number,
  ): Promise<Scenario>;
  deleteScenario(teamRef: string, id: string): Promise<void>;
  /** Newest first. */
  listScenarioVersions(teamRef: string, id: string): Promise<ScenarioVersion[]>;
  restoreScenarioVersion(
    teamRef: string,
    id: string,
    revision: number,
  ): Promise<Scenario>;
  /** Latest start first. */
  listWorkshops(teamRef: string): Promise<Workshop[]>;
  planWorkshop(teamRef: string, input: WorkshopInput): Promise<Workshop>;
  getWorkshop(teamRef: string, id: string): Promise<WorkshopRecord>;
  /** Pass the hat: a card for the participant; ends the turn running. */
  drawTurn(
    teamRef: string,
    workshopId: string,
    participantRef: string,
  ): Promise<WorkshopTurn>;
  endTurn(
    teamRef: string,
    workshopId: string,
    turnId: string,
  ): Promise<WorkshopTurn>;
  /** The whole scribe box; the last save wins. */
  saveTurnSteps(
    teamRef: string,
    workshopId: string,
    turnId: string,
    steps: string,
  ): Promise<WorkshopTurn>;
  addWorkshopNote(
    teamRef: string,
    workshopId: string,
    input: WorkshopNoteInput,
  ): Promise<WorkshopNote>;
  addReadinessAction(
    teamRef: string,
    workshopId: string,
    input: ReadinessActionInput,
  ): Promise<ReadinessAction>;
  /** By due date; every status when `status` is absent. */
  listReadinessActions(
    teamRef: string,
    status?: ReadinessActionStatus[],
  ): Promise<ReadinessAction[]>;
  updateReadinessAction(
    teamRef: string,
    id: string,
    update: ReadinessActionUpdate,
  ): Promise<ReadinessAction>;
  getWorkshopCadence(teamRef: string): Promise<WorkshopCadenceSetting>;
  saveWorkshopCadence(
    teamRef: string,
    cadence: WorkshopCadence,
  ): Promise<WorkshopCadenceSetting>;

  /** This month's survey for the viewer: the question, answered or not. */
  getSurveyStatus(teamRef: string): Promise<SurveyStatus>;
  /** One answer a month; 409 when the viewer answered already. */
  answerSurvey(teamRef: string, answer: SurveyAnswerInput): Promise<void>;
  /** The last `months` months (12 when left out), oldest first. */
  getSurveyTrend(teamRef: string, months?: number): Promise<SurveyTrend>;
  saveSurveySettings(
    teamRef: string,
    settings: SurveySettings,
  ): Promise<SurveySettings>;
  /** The team's stages, the warnings about the next shifts, the playbooks. */
  getDeskReadiness(teamRef: string): Promise<DeskReadiness>;
  setReadinessStage(
    teamRef: string,
    userRef: string,
    stage: ReadinessStage,
  ): Promise<PersonReadiness>;
  getStageHistory(teamRef: string, userRef: string): Promise<StageHistory>;
  /** The viewer's stages at desks where they are not ready yet. */
  getMyReadiness(): Promise<MyReadiness>;
}

/** @public */
export const zooportApiRef = createApiRef<ZooportApi>({
  id: 'plugin.zooport.service',
});
