import {
  DocumentCollatorFactory,
  IndexableDocument,
} from '@backstage/plugin-search-common';
import {
  Entry,
  SupportRequest,
  zooportEntryReadPermission,
  zooportRequestReadPermission,
} from '@zooport/plugin-zooport-common';
import { BasicPermission } from '@backstage/plugin-permission-common';
import { Readable } from 'node:stream';
import { ZooportPages } from './ZooportPages';

/** An FAQ entry or playbook in the search index. @public */
export interface ZooportEntryDocument extends IndexableDocument {
  kind: Entry['kind'];
  teamRef: string;
  tags: string[];
  lastUpdated: string;
}

/** A support request in the search index. @public */
export interface ZooportRequestDocument extends IndexableDocument {
  teamRef: string;
  status: SupportRequest['status'];
  priority: SupportRequest['priority'];
  lastUpdated: string;
}

function entryDocument(entry: Entry): ZooportEntryDocument {
  return {
    title: entry.title,
    text: [
      entry.body,
      ...entry.steps.map(step => `${step.title}\n${step.body}`),
      ...entry.severityHints,
    ].join('\n\n'),
    location: `/zooport/knowledge/${entry.id}`,
    kind: entry.kind,
    teamRef: entry.teamRef,
    tags: entry.tags,
    lastUpdated: entry.updatedAt,
  };
}

function requestDocument(request: SupportRequest): ZooportRequestDocument {
  return {
    title: request.title,
    text: [request.description, request.resolution?.note ?? '']
      .filter(Boolean)
      .join('\n\n'),
    location: `/zooport/requests/${request.id}`,
    teamRef: request.teamRef,
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
  protected abstract toDocument(item: Item): Document;

  constructor(private readonly pages: ZooportPages) {}

  async getCollator(): Promise<Readable> {
    const items = this.pages.items<Item>(this.path, this.pageSize);
    const toDocument = (item: Item) => this.toDocument(item);
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
  readonly type = 'zooport-entry';
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
  readonly type = 'zooport-request';
  readonly visibilityPermission = zooportRequestReadPermission;
  protected readonly path = '/requests';
  protected readonly pageSize = 100;
  protected toDocument = requestDocument;
}
