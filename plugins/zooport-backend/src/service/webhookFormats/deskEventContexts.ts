import { Desk } from '@zooport/plugin-zooport-common';
import { DisplayNames } from '../TeamDirectory';
import { DeskEventContext } from './deskEventCard';

/** What a card tells of a desk, read when a post goes out. */
export class DeskEventContexts {
  constructor(
    private readonly deps: {
      desks: { getDesk(teamRef: string): Promise<Desk> };
      names: DisplayNames;
      /** `app.baseUrl`; empty when not configured: cards then have no link. */
      portalBaseUrl: string;
    },
  ) {}

  async of(teamRef: string): Promise<DeskEventContext> {
    const [desk, nameOf] = await Promise.all([
      this.deps.desks.getDesk(teamRef),
      this.deps.names.displayNames([teamRef]),
    ]);
    return {
      desk,
      teamName: nameOf(teamRef),
      portalBaseUrl: this.deps.portalBaseUrl,
    };
  }
}
