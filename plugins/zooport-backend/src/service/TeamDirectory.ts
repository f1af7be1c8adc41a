import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  RELATION_HAS_MEMBER,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  Desk,
  isValidTimeZone,
  officeHours,
} from '@zooport/plugin-zooport-common';
import { DateTime } from 'luxon';

/** Group annotations that give a team's desk its defaults. */
export const ANNOTATIONS = {
  animal: 'zooport.dev/animal',
  emoji: 'zooport.dev/emoji',
  colour: 'zooport.dev/colour',
  topics: 'zooport.dev/topics',
  chatChannel: 'zooport.dev/chat-channel',
  chatChannelUrl: 'zooport.dev/chat-channel-url',
  timeZone: 'zooport.dev/time-zone',
  /** The team lead, a user ref; told when a request is escalated or breached. */
  lead: 'zooport.dev/lead',
} as const;

const ANNOTATION_CACHE_SECONDS = 30;
const NAME_CACHE_MINUTES = 10;
const NAME_CACHE_LIMIT = 10_000;

/** How people are called in text that people read; refs stay in the data. */
export interface DisplayNames {
  /** A lookup of the names of `userRefs` (and of any other ref, by its name). */
  displayNames(userRefs: string[]): Promise<(userRef: string) => string>;
}

/** The name in a ref: amara.okafor for user:default/amara.okafor. */
export const refName = (ref: string) => parseEntityRef(ref).name;

/** Names from the refs alone, where no catalog is asked. */
export const refNames: DisplayNames = {
  displayNames: async () => refName,
};

/** Teams and people, as the catalog knows them. */
export class TeamDirectory implements DisplayNames {
  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
    private readonly now: () => DateTime,
  ) {}

  private async credentials() {
    return { credentials: await this.auth.getOwnServiceCredentials() };
  }

  async getTeam(teamRef: string): Promise<Entity | undefined> {
    return this.catalog.getEntityByRef(teamRef, await this.credentials());
  }

  /** The team lead named by the `zooport.dev/lead` annotation, if any. */
  async leadOf(teamRef: string): Promise<string | undefined> {
    const lead = (await this.getTeam(teamRef))?.metadata.annotations?.[
      ANNOTATIONS.lead
    ];
    if (!lead) {
      return undefined;
    }
    try {
      return stringifyEntityRef(
        parseEntityRef(lead, {
          defaultKind: 'user',
          defaultNamespace: 'default',
        }),
      );
    } catch {
      return undefined;
    }
  }

  /** The group or user that owns an entity, from its `ownedBy` relation. */
  async ownerOf(entityRef: string): Promise<string | undefined> {
    const entity = await this.catalog
      .getEntityByRef(entityRef, await this.credentials())
      .catch(() => undefined);
    return entity?.relations?.find(r => r.type === RELATION_OWNED_BY)
      ?.targetRef;
  }

  /** The direct members of a team, as user entity refs. */
  membersOf(team: Entity): Set<string> {
    return new Set(
      (team.relations ?? [])
        .filter(relation => relation.type === RELATION_HAS_MEMBER)
        .map(relation => relation.targetRef),
    );
  }

  /** Which of `userRefs` are users in the catalog. */
  async existingUsers(userRefs: string[]): Promise<Set<string>> {
    const unique = [...new Set(userRefs)];
    if (unique.length === 0) {
      return new Set();
    }
    const { items } = await this.catalog.getEntitiesByRefs(
      {
        entityRefs: unique,
        fields: ['kind', 'metadata.name', 'metadata.namespace'],
      },
      await this.credentials(),
    );
    return new Set(
      items
        .filter((e): e is Entity => Boolean(e))
        .map(e => stringifyEntityRef(e)),
    );
  }

  /** People's e-mails (`spec.profile.email`), of those who have one. */
  async emailsOf(userRefs: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(userRefs)];
    if (unique.length === 0) {
      return new Map();
    }
    const { items } = await this.catalog.getEntitiesByRefs(
      {
        entityRefs: unique,
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'spec.profile.email',
        ],
      },
      await this.credentials(),
    );
    const emails = new Map<string, string>();
    unique.forEach((ref, i) => {
      const email = (items[i]?.spec?.profile as { email?: unknown } | undefined)
        ?.email;
      if (typeof email === 'string' && email.trim()) {
        emails.set(ref, email.trim());
      }
    });
    return emails;
  }

  private readonly names = new Map<string, { name: string; until: DateTime }>();

  /**
   * People's display names (`spec.profile.displayName`), else their ref
   * names. Names are kept a few minutes: notifications ask on every change
   * and names change seldom. When the catalog cannot answer, the ref names
   * stand in and nothing is kept.
   */
  async displayNames(userRefs: string[]): Promise<(userRef: string) => string> {
    const now = this.now();
    const missing = [...new Set(userRefs)].filter(
      ref => !(now < (this.names.get(ref)?.until ?? now)),
    );
    if (missing.length > 0) {
      try {
        const { items } = await this.catalog.getEntitiesByRefs(
          {
            entityRefs: missing,
            fields: [
              'kind',
              'metadata.name',
              'metadata.namespace',
              'spec.profile.displayName',
            ],
          },
          await this.credentials(),
        );
        if (this.names.size + missing.length > NAME_CACHE_LIMIT) {
          this.names.clear();
        }
        const until = now.plus({ minutes: NAME_CACHE_MINUTES });
        missing.forEach((ref, i) => {
          const profile = items[i]?.spec?.profile as
            | { displayName?: unknown }
            | undefined;
          const name =
            typeof profile?.displayName === 'string' &&
            profile.displayName.trim()
              ? profile.displayName.trim()
              : refName(ref);
          this.names.set(ref, { name, until });
        });
      } catch {
        // The ref names below stand in.
      }
    }
    return ref => this.names.get(ref)?.name ?? refName(ref);
  }

  private teamsWithAnimalsCache?: { until: DateTime; teams: Promise<Entity[]> };

  /**
   * Teams that declare an animal in their annotations. The answer is kept
   * for a short while: the zoo view asks on every request, and annotations
   * change seldom.
   */
  async teamsWithAnimals(): Promise<Entity[]> {
    const now = this.now();
    const cached = this.teamsWithAnimalsCache;
    if (cached && now < cached.until) {
      return cached.teams;
    }
    const teams = this.fetchTeamsWithAnimals();
    this.teamsWithAnimalsCache = {
      until: now.plus({ seconds: ANNOTATION_CACHE_SECONDS }),
      teams,
    };
    teams.catch(() => {
      this.teamsWithAnimalsCache = undefined;
    });
    return teams;
  }

  private async fetchTeamsWithAnimals(): Promise<Entity[]> {
    const { items } = await this.catalog.getEntities(
      {
        filter: {
          kind: 'Group',
          [`metadata.annotations.${ANNOTATIONS.animal}`]: CATALOG_FILTER_EXISTS,
        },
      },
      await this.credentials(),
    );
    return items;
  }
}

/**
 * The zone of the `zooport.dev/time-zone` annotation, or UTC (with a
 * warning) when it names no IANA zone: nothing checked it on the way in.
 */
function annotatedTimeZone(
  team: Entity,
  logger?: Pick<LoggerService, 'warn'>,
): string {
  const zone = team.metadata.annotations?.[ANNOTATIONS.timeZone];
  if (zone === undefined) {
    return 'UTC';
  }
  if (isValidTimeZone(zone)) {
    return zone;
  }
  logger?.warn(
    `${stringifyEntityRef(team)} has ${ANNOTATIONS.timeZone} "${zone}", ` +
      'which is no IANA time zone; its desk uses UTC',
  );
  return 'UTC';
}

/**
 * The desk a team gets from its annotations before anyone edits it:
 * weekday office hours, no rotation yet. Revision 0 marks it as not stored.
 */
export function deskFromAnnotations(
  team: Entity,
  logger?: Pick<LoggerService, 'warn'>,
): Desk | undefined {
  const annotations = team.metadata.annotations ?? {};
  const animal = annotations[ANNOTATIONS.animal];
  if (!animal) {
    return undefined;
  }
  const channel = annotations[ANNOTATIONS.chatChannel];
  const channelUrl = annotations[ANNOTATIONS.chatChannelUrl];
  return {
    teamRef: stringifyEntityRef(team),
    animal: {
      name: animal,
      emoji: annotations[ANNOTATIONS.emoji],
      colour: annotations[ANNOTATIONS.colour],
    },
    helpsWith: team.metadata.description,
    topics: (annotations[ANNOTATIONS.topics] ?? '')
      .split(',')
      .map(topic => topic.trim())
      .filter(Boolean),
    channels: channel ? [{ name: channel, url: channelUrl }] : [],
    links: [],
    hours: officeHours(annotatedTimeZone(team, logger)),
    rotation: null,
    revision: 0,
    updatedBy: null,
    updatedAt: null,
  };
}
