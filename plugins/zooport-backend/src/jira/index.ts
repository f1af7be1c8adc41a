import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { Knex } from 'knex';
import { RequestStore } from '../database/RequestStore';
import { RequestTypeStore } from '../database/RequestTypeStore';
import { DeskService } from '../service/DeskService';
import { JiraClient, jiraTargets } from './JiraClient';
import { JiraIssues } from './JiraIssues';
import { JiraIssueSender } from './JiraIssueSender';
import { JiraIssueStore } from './JiraIssueStore';
import { jiraSettingsOf } from './jiraSettings';

export { JiraIssues } from './JiraIssues';
export { JiraIssueSender } from './JiraIssueSender';

/**
 * Zooport's Jira filing when `zooport.jira` is configured: the service the
 * requests and desks answer with, and the task that files the issues.
 * Undefined otherwise.
 */
export function jiraIssuesOf(deps: {
  knex: Knex;
  config: Config;
  logger: LoggerService;
  desks: DeskService;
}) {
  const settings = jiraSettingsOf(deps.config);
  if (!settings) {
    return undefined;
  }
  const store = new JiraIssueStore(deps.knex);
  const jira = new JiraIssues({
    db: deps.knex,
    baseUrl: settings.baseUrl,
    desks: deps.desks,
    types: new RequestTypeStore(deps.knex),
    issues: store,
  });
  const targets = jiraTargets(settings.allowedHosts);
  return {
    jira,
    sender: new JiraIssueSender({
      store,
      requests: new RequestStore(deps.knex),
      jira,
      client: new JiraClient(settings, targets),
      apiVersion: settings.apiVersion,
      portalBaseUrl: (
        deps.config.getOptionalString('app.baseUrl') ?? ''
      ).replace(/\/+$/, ''),
      logger: deps.logger.child({ task: 'zooport-jira-issues' }),
    }),
  };
}
