import {
  EntryPage,
  EntrySearchHit,
  EntryVersion,
  FaqCandidate,
  ItemList,
  zooportEntryDeletePermission,
  zooportEntryReadPermission,
  zooportEntryUpdatePermission,
} from '@zooport/plugin-zooport-common';
import express, { Request } from 'express';
import { EntryCursor } from '../../database/EntryStore';
import {
  entryInputSchema,
  entryListQuerySchema,
  entrySearchQuerySchema,
  feedbackInputSchema,
  suggestQuerySchema,
} from '../validation/knowledge';
import { KnowledgeService } from '../KnowledgeService';
import { parseInput } from '../validation/fields';
import { RouteDeps } from './util/deps';
import { decodeCursor, encodeCursor } from './util/cursor';
import { revisionFrom, setRevisionTag } from './util/etag';
import { idFrom, revisionParamFrom, teamRefFrom } from './util/params';

export interface KnowledgeRoutesDeps extends RouteDeps {
  knowledge: KnowledgeService;
}

const isEntryCursor = (value: any): value is EntryCursor =>
  typeof value?.title === 'string' && typeof value?.id === 'string';

/** FAQ entries and playbooks: browse, search, suggest, edit, vote. */
export function knowledgeRoutes(
  router: express.Router,
  deps: KnowledgeRoutesDeps,
) {
  const { access, knowledge, now } = deps;
  const mayRead = (req: Request) =>
    access.require(req, zooportEntryReadPermission, 'the knowledge base');

  /** Checks a write on an entry against the desk that owns it. */
  async function mayWrite(
    req: Request,
    id: string,
    permission = zooportEntryUpdatePermission,
  ) {
    const entry = await knowledge.get(id, now());
    await access.requireOnDesk(req, permission, { teamRef: entry.teamRef });
    return entry;
  }

  router.get('/entries', async (req, res) => {
    const query = parseInput(entryListQuerySchema, req.query);
    await mayRead(req);
    const page = await knowledge.list(
      {
        teamRefs: query.desk,
        kind: query.kind,
        tag: query.tag,
        stale: query.stale,
      },
      {
        limit: query.limit,
        after: query.cursor
          ? decodeCursor(query.cursor, isEntryCursor)
          : undefined,
      },
      now(),
    );
    res.json({
      items: page.items,
      nextCursor: page.next ? encodeCursor(page.next) : null,
    } satisfies EntryPage);
  });

  router.get('/entries/search', async (req, res) => {
    const query = parseInput(entrySearchQuerySchema, req.query);
    await mayRead(req);
    res.json({
      items: await knowledge.search(
        {
          text: query.q,
          teamRefs: query.desk,
          kind: query.kind,
          limit: query.limit,
        },
        now(),
      ),
    } satisfies ItemList<EntrySearchHit>);
  });

  router.get('/suggest', async (req, res) => {
    const query = parseInput(suggestQuerySchema, req.query);
    await mayRead(req);
    res.json(await knowledge.suggest(query.q, query.entityRef, now()));
  });

  router.get('/desks/:namespace/:name/faq-candidates', async (req, res) => {
    const teamRef = teamRefFrom(req);
    await mayRead(req);
    res.json({
      items: await knowledge.faqCandidates(teamRef, now()),
    } satisfies ItemList<FaqCandidate>);
  });

  router.post('/desks/:namespace/:name/entries', async (req, res) => {
    const teamRef = teamRefFrom(req);
    const authorRef = await access.user(req);
    const input = parseInput(entryInputSchema, req.body);
    await access.requireOnDesk(req, zooportEntryUpdatePermission, { teamRef });
    const entry = await knowledge.create(teamRef, input, authorRef, now());
    setRevisionTag(res, entry.revision);
    res.status(201).json(entry);
  });

  router.get('/entries/:id', async (req, res) => {
    const id = idFrom(req);
    const reader = await access.user(req);
    await mayRead(req);
    const [entry, myVote] = await Promise.all([
      knowledge.get(id, now()),
      knowledge.voteOf(id, reader),
    ]);
    setRevisionTag(res, entry.revision);
    // The ETag names the content's revision, for If-Match; votes and
    // reviews change the answer without one, so it must not be cached.
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ...entry, myVote });
  });

  router.put('/entries/:id', async (req, res) => {
    const id = idFrom(req);
    const authorRef = await access.user(req);
    const input = parseInput(entryInputSchema, req.body);
    await mayWrite(req, id);
    const entry = await knowledge.update({
      id,
      input,
      expectedRevision: revisionFrom(req),
      authorRef,
      now: now(),
    });
    setRevisionTag(res, entry.revision);
    res.json(entry);
  });

  router.delete('/entries/:id', async (req, res) => {
    const id = idFrom(req);
    await access.user(req);
    await mayWrite(req, id, zooportEntryDeletePermission);
    await knowledge.delete(id, now());
    res.status(204).end();
  });

  router.get('/entries/:id/versions', async (req, res) => {
    const id = idFrom(req);
    await mayRead(req);
    res.json({
      items: await knowledge.versions(id, now()),
    } satisfies ItemList<EntryVersion>);
  });

  router.post('/entries/:id/versions/:revision/restore', async (req, res) => {
    const id = idFrom(req);
    const revision = revisionParamFrom(req);
    const authorRef = await access.user(req);
    await mayWrite(req, id);
    res.json(await knowledge.restore(id, revision, authorRef, now()));
  });

  router.post('/entries/:id/review', async (req, res) => {
    const id = idFrom(req);
    await access.user(req);
    await mayWrite(req, id);
    res.json(await knowledge.markReviewed(id, now()));
  });

  router.post('/entries/:id/feedback', async (req, res) => {
    const id = idFrom(req);
    const userRef = await access.user(req);
    const { helped } = parseInput(feedbackInputSchema, req.body);
    await mayRead(req);
    const entry = await knowledge.vote(id, userRef, helped, now());
    res.json({ ...entry, myVote: helped });
  });
}
