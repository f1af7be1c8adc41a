import { DateTime } from 'luxon';
import { SlackClient } from './SlackClient';

/** How long a Slack user id found for an e-mail is kept. */
const KEPT = { hours: 6 };
const LIMIT = 10_000;

/**
 * Slack user ids by e-mail, kept a while: the same people come on duty
 * again and again. An e-mail without an account is asked again each time,
 * so that someone who joins Slack is found at the next handoff.
 */
export class SlackUserIds {
  private readonly kept = new Map<string, { id: string; until: DateTime }>();

  constructor(
    private readonly slack: Pick<SlackClient, 'userIdByEmail'>,
    private readonly now: () => DateTime,
  ) {}

  async of(email: string): Promise<string | undefined> {
    const key = email.toLocaleLowerCase('en-US');
    const now = this.now();
    const kept = this.kept.get(key);
    if (kept && now < kept.until) {
      return kept.id;
    }
    const id = await this.slack.userIdByEmail(email);
    if (id) {
      if (this.kept.size >= LIMIT) {
        this.kept.clear();
      }
      this.kept.set(key, { id, until: now.plus(KEPT) });
    }
    return id;
  }
}
