import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { DeskStore } from '../database/DeskStore';
import { DeskService } from '../service/DeskService';
import { TeamDirectory } from '../service/TeamDirectory';
import { SlackClient } from './SlackClient';
import { SlackSyncStore } from './SlackSyncStore';
import { SlackUserGroupSync } from './SlackUserGroupSync';

const DEFAULT_API_URL = 'https://slack.com/api';

/**
 * The sync of desks' Slack user groups and the store of its outcomes, when
 * `zooport.slack.token` is configured; undefined (off) otherwise.
 */
export function slackUserGroupsOf(deps: {
  config: Config;
  knex: Knex;
  deskStore: DeskStore;
  desks: DeskService;
  teams: TeamDirectory;
  logger: LoggerService;
  now: () => DateTime;
}) {
  const token = deps.config.getOptionalString('zooport.slack.token');
  if (!token) {
    return undefined;
  }
  const slack = new SlackClient({
    token,
    apiUrl:
      deps.config.getOptionalString('zooport.slack.apiUrl') ?? DEFAULT_API_URL,
  });
  const syncs = new SlackSyncStore(deps.knex);
  return {
    syncs,
    task: new SlackUserGroupSync({ ...deps, slack, syncs }),
  };
}
