import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import {
  Entry,
  PlaybookStep,
  SupportRequest,
  ZooportEntrySearchFields,
  ZooportRequestSearchFields,
  ZooportSearchDeskFields,
  zooportEntryReadPermission,
  zooportRequestReadPermission,
  zooportSearchTypes,
} from '@zooport/plugin-zooport-common';
import { BasicPermission } from '@backstage/plugin-permission-common';
import { Readable } from 'node:stream';
import { plainText } from './plainText';
import { ZooportDesks } from './ZooportDesks';
import { ZooportPages } from './ZooportPages';

/** An FAQ entry or playbook in the search index. @public */
export interface ZooportEntryDocument
  extends IndexableDocument,
    ZooportEntrySearchFields {}

/** A support request in the search index. @public */
export interface ZooportRequestDocument
  extends IndexableDocument,
    ZooportRequestSearchFields {}

/** What the collators read: Zooport's lists and each team's desk. @public */
export interface ZooportCollatorOptions {
  pages: ZooportPages;
  desks: ZooportDesks;
}

type DeskOf = (teamRef: string) => ZooportSearchDeskFields;

/**
 * A playbook step as one run of text, "Check the runners: Open the CI
 * dashboard…", since a snippet shows line breaks as spaces.
 */
function stepText(step: PlaybookStep): string {
  const title = step.title.trim();
  const separator = /[.:?!]$/.test(title) ? ' ' : ': ';
  return `${title}${separator}${plainText(step.body)}`;
}

function entryDocument(entry: Entry, deskOf: DeskOf): ZooportEntryDocument {
  return {
    title: entry.title,
    text: [
      plainText(entry.body),
      ...entry.steps.map(stepText),
      ...entry.severityHints,
    ].join('\n\n'),
    location: `/zooport/knowledge/${entry.id}`,
    ...deskOf(entry.teamRef),
    kind: entry.kind,
    tags: entry.tags,
    lastUpdated: entry.updatedAt,
  };
}

function requestDocument(
  request: SupportRequest,
  deskOf: DeskOf,
): ZooportRequestDocument {
  return {
    title: request.title,
    text: [request.description, request.resolution?.note ?? '']
      .map(plainText)
      .filter(Boolean)
      .join('\n\n'),
    location: `/zooport/requests/${request.id}`,
    ...deskOf(request.teamRef),
    status: request.status,
    priority: request.priority,
    lastUpdated: request.updatedAt,
  };
}

/** Turns each item of a paged Zooport list into a search document. */
abstract class ZooportCollatorFactory<Item, Document extends IndexableDocument>
  implements DocumentCollatorFactory
{
  abstract readonly type: string;
  abstract readonly visibilityPermission: BasicPermission;
  protected abstract readonly path: string;
  protected abstract readonly pageSize: number;
  protected abstract toDocument(item: Item, deskOf: DeskOf): Document;

  constructor(private readonly options: ZooportCollatorOptions) {}

  async getCollator(): Promise<Readable> {
    const { pages, desks } = this.options;
    const deskOf = await desks.fieldsByTeam();
    const items = pages.items<Item>(this.path, this.pageSize);
    const toDocument = (item: Item) => this.toDocument(item, deskOf);
    return Readable.from(
      (async function* documents() {
        for await (const item of items) {
          yield toDocument(item);
        }
      })(),
    );
  }
}

/**
 * Collates the knowledge base, so that FAQ entries and playbooks answer in
 * the portal's search.
 *
 * @public
 */
export class ZooportEntryCollatorFactory extends ZooportCollatorFactory<
  Entry,
  ZooportEntryDocument
> {
  readonly type = zooportSearchTypes.entry;
  readonly visibilityPermission = zooportEntryReadPermission;
  protected readonly path = '/entries';
  protected readonly pageSize = 200;
  protected toDocument = entryDocument;
}

/**
 * Collates support requests: they are public, so that an answered question
 * can be found by the next person who has it.
 *
 * @public
 */
export class ZooportRequestCollatorFactory extends ZooportCollatorFactory<
  SupportRequest,
  ZooportRequestDocument
> {
  readonly type = zooportSearchTypes.request;
  readonly visibilityPermission = zooportRequestReadPermission;
  protected readonly path = '/requests';
  protected readonly pageSize = 100;
  protected toDocument = requestDocument;
}
