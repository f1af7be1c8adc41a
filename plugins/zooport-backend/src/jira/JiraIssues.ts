import {
  DeskJira,
  JiraProject,
  NewRequestEvent,
  RequestJira,
  StoredRequest,
} from '@zooport/plugin-zooport-common';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import { RequestStore } from '../database/RequestStore';
import { RequestTypeStore } from '../database/RequestTypeStore';
import { DeskService } from '../service/DeskService';
import { JiraIssueStore } from './JiraIssueStore';

/**
 * Which requests get a Jira issue and where: a request resolved as
 * `bug_ticket_created` without a pasted URL, at a desk whose request type
 * or desk names a Jira project. Only built when Jira is configured.
 */
export class JiraIssues {
  constructor(
    private readonly deps: {
      db: Knex;
      baseUrl: string;
      desks: DeskService;
      types: RequestTypeStore;
      issues: JiraIssueStore;
    },
  ) {}

  /** What the answer for one desk carries. */
  get deskJira(): DeskJira {
    return { baseUrl: this.deps.baseUrl };
  }

  /** The request type's project, else the desk's; null when neither names one. */
  async projectOf(
    request: Pick<StoredRequest, 'teamRef' | 'typeId'>,
  ): Promise<JiraProject | null> {
    const [type, desk] = await Promise.all([
      this.deps.types
        .getType(request.teamRef, request.typeId)
        .catch(() => undefined),
      this.deps.desks.getDesk(request.teamRef),
    ]);
    return type?.jiraProject ?? desk.jiraProject ?? null;
  }

  /**
   * Writes a request's resolution and queues its issue in one transaction:
   * both are kept, or neither. A request that had an issue queued before
   * (resolved, reopened, resolved again) keeps that one.
   */
  async resolveWithIssue(
    previous: StoredRequest,
    next: StoredRequest,
    events: NewRequestEvent[],
    now: DateTime,
  ): Promise<StoredRequest> {
    return this.deps.db.transaction(async trx => {
      const written = await new RequestStore(trx).updateRequest(
        previous,
        next,
        events,
      );
      await new JiraIssueStore(trx).enqueue(previous.id, now);
      return written;
    });
  }

  /**
   * Where the request's bug ticket goes and how its filing stands; the
   * reason of a failed attempt only for the desk (`forDesk`).
   */
  async detailOf(
    request: Pick<StoredRequest, 'id' | 'teamRef' | 'typeId'>,
    forDesk: boolean,
  ): Promise<RequestJira> {
    const [project, issue] = await Promise.all([
      this.projectOf(request),
      this.deps.issues.issueOf(request.id),
    ]);
    return {
      project,
      issue: issue && (forDesk ? issue : { ...issue, error: null }),
    };
  }
}
