import {
  AuthService,
  CacheService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { CalendarFeedStore } from './database/CalendarFeedStore';
import { DeskReadCache } from './database/DeskReadCache';
import { DeskStore } from './database/DeskStore';
import { DutyRecordStore } from './database/DutyRecordStore';
import { createEntrySearch } from './database/EntrySearch';
import { EntryStore } from './database/EntryStore';
import { NoticeStore } from './database/NoticeStore';
import { ReminderStore } from './database/ReminderStore';
import { RangeTallyStore } from './database/RangeTallyStore';
import { RequestStore } from './database/RequestStore';
import { RequestTypeStore } from './database/RequestTypeStore';
import { ScenarioStore } from './database/ScenarioStore';
import { WorkshopStore } from './database/WorkshopStore';
import { StageStore } from './database/StageStore';
import { SurveyStore } from './database/SurveyStore';
import { inTransaction } from './database/transaction';
import { WebhookStore } from './database/WebhookStore';
import { DigestSender } from './tasks/DigestSender';
import { NoticeNudge } from './tasks/NoticeNudge';
import { NoticeOutbox } from './tasks/NoticeOutbox';
import { DutyRecorder } from './tasks/DutyRecorder';
import { HandoffWatch } from './tasks/HandoffWatch';
import { ReadinessReminders } from './tasks/ReadinessReminders';
import { SlaSweep } from './tasks/SlaSweep';
import { SurveySender } from './tasks/SurveySender';
import { WebhookSender } from './tasks/WebhookSender';
import { DeskService } from './service/DeskService';
import { DigestService } from './service/DigestService';
import { KnowledgeService } from './service/KnowledgeService';
import { RequestNotifier, silentNotices } from './service/RequestNotifier';
import { ReportService } from './service/ReportService';
import { RequestService } from './service/RequestService';
import { RequestTypeService } from './service/RequestTypeService';
import { ScenarioService } from './service/ScenarioService';
import { WorkshopService } from './service/WorkshopService';
import { StageService } from './service/StageService';
import { SurveyService } from './service/SurveyService';
import { TeamDirectory } from './service/TeamDirectory';
import { WebhookTargets } from './service/WebhookTargets';
import { jiraIssuesOf } from './jira';
import { slackUserGroupsOf } from './slack/slackUserGroups';
import { DeskEventContexts } from './service/webhookFormats';

/** The share of a target left when a clock turns at risk and warns. */
const DEFAULT_AT_RISK_SHARE = 0.2;
/** How long a replica may keep a desk for on-duty lookups. */
const DEFAULT_ON_DUTY_CACHE_SECONDS = 10;

/**
 * The composition root: builds Zooport's stores, services and scheduled
 * tasks on one database, once. Only plugin.ts (and tests that need the
 * whole graph) call it.
 */
export function createZooportServices(deps: {
  knex: Knex;
  config: Config;
  logger: LoggerService;
  catalog: CatalogService;
  auth: AuthService;
  notifications: NotificationService;
  /** The clock of everything that asks "now"; tests pin it. */
  now: () => DateTime;
  /** Without it, every on-duty lookup reads the database. */
  cache?: CacheService;
}) {
  const { knex, config, logger } = deps;
  const cacheSeconds =
    config.getOptionalNumber('zooport.onDutyCacheSeconds') ??
    DEFAULT_ON_DUTY_CACHE_SECONDS;
  const readCache =
    deps.cache && cacheSeconds > 0
      ? new DeskReadCache(deps.cache, cacheSeconds)
      : undefined;
  const deskStore = new DeskStore(knex, readCache);
  const teams = new TeamDirectory(deps.catalog, deps.auth, deps.now);
  const dutyRecords = new DutyRecordStore(knex, readCache);
  const desks = new DeskService(deskStore, teams, dutyRecords, logger);
  const requestStore = new RequestStore(knex);
  const webhooks = new WebhookStore(knex);
  const webhookTargets = new WebhookTargets({
    allowedHosts: config.getOptionalStringArray(
      'zooport.webhooks.allowedHosts',
    ),
  });
  const notifier = new RequestNotifier(deps.notifications, logger, teams);
  const outbox = new NoticeOutbox({
    notices: new NoticeStore(knex),
    notifier,
    logger,
  });
  const noticeNudge = new NoticeNudge({ outbox, logger });
  const requestTypes = new RequestTypeService(
    new RequestTypeStore(knex),
    desks,
  );
  const entries = new EntryStore(knex);
  const requestDeps = {
    requests: requestStore,
    entries,
    types: requestTypes,
    desks,
    teams,
    inTransaction: inTransaction(knex),
    sendSoon: (ids: number[], now: DateTime) => noticeNudge.send(ids, now),
    atRiskShare:
      config.getOptionalNumber('zooport.requests.atRiskShare') ??
      DEFAULT_AT_RISK_SHARE,
  };
  const jira = jiraIssuesOf({ ...deps, desks });
  const requests = new RequestService({
    ...requestDeps,
    notifier,
    jira: jira?.jira,
  });
  const reports = new ReportService({
    requests: requestStore,
    desks,
    dutyRecords,
    tallies: new RangeTallyStore(knex),
  });
  const digests = new DigestService({ desks, requests, reports, teams });
  const reminders = new ReminderStore(knex);
  const slack = slackUserGroupsOf({ ...deps, deskStore, desks, teams });
  const surveyStore = new SurveyStore(knex);
  const surveys = new SurveyService({ surveys: surveyStore, desks, teams });
  const readiness = {
    scenarios: new ScenarioStore(knex),
    workshops: new WorkshopStore(knex),
    entries,
    requests: requestStore,
    desks,
    deskStore,
    teams,
  };
  return {
    now: deps.now,
    deskStore,
    entries,
    desks,
    /** Teams and people as the catalog knows them, e.g. display names. */
    teams,
    feeds: new CalendarFeedStore(knex),
    requestTypes,
    requests,
    /** Writes past requests without telling anyone: the demo's history. */
    history: {
      requests: new RequestService({
        ...requestDeps,
        notifier: silentNotices,
      }),
      requestStore,
      reminders,
      dutyRecords,
    },
    reports,
    digests,
    surveys,
    surveyStore,
    stages: new StageService({
      stages: new StageStore(knex),
      desks,
      teams,
      entries,
    }),
    /** Resolves once the notices queued so far were tried: for tests. */
    noticesTried: () => noticeNudge.settled(),
    webhooks,
    webhookTargets,
    /** Undefined when no Slack bot token is configured. */
    slackSyncs: slack?.syncs,
    /** Undefined when Jira is not configured. */
    jira: jira?.jira,
    knowledge: new KnowledgeService({
      entries,
      search: createEntrySearch(knex),
      desks,
      teams,
      requests: requestStore,
    }),
    scenarios: new ScenarioService(readiness),
    scenarioStore: readiness.scenarios,
    workshops: new WorkshopService(readiness),
    tasks: {
      slaSweep: new SlaSweep({
        requests: requestStore,
        outbox,
        inTransaction: inTransaction(knex),
        requestService: requests,
        desks,
        notifier,
        logger,
      }),
      handoffWatch: new HandoffWatch({
        requests: requestStore,
        requestService: requests,
        desks,
        reminders,
        notifier,
        logger,
        rerouteOnHandoff:
          config.getOptionalBoolean('zooport.requests.rerouteOnHandoff') ??
          true,
      }),
      webhookSender: new WebhookSender({
        webhooks,
        targets: webhookTargets,
        contexts: new DeskEventContexts({
          desks,
          names: teams,
          portalBaseUrl: config.getOptionalString('app.baseUrl') ?? '',
        }),
        logger,
      }),
      dutyRecorder: new DutyRecorder({ records: dutyRecords, logger }),
      digestSender: new DigestSender({
        desks: deskStore,
        digests,
        reminders,
        inTransaction: inTransaction(knex),
        outbox,
        logger,
      }),
      surveySender: new SurveySender({
        desks: deskStore,
        store: surveyStore,
        surveys,
        teams,
        reminders,
        inTransaction: inTransaction(knex),
        outbox,
        logger,
      }),
      readinessReminders: new ReadinessReminders({
        ...readiness,
        desks: deskStore,
        reminders,
        inTransaction: inTransaction(knex),
        outbox,
        logger,
      }),
      slackUserGroupSync: slack?.task,
      jiraIssueSender: jira?.sender,
    },
  };
}
