import { Knex } from 'knex';
import { pinNow, unpinNow } from '../../__testUtils__/pinnedNow';
import {
  admin,
  alice,
  bob,
  carol,
  dave,
  platformDesk,
  startZooportBackend,
} from '../../__testUtils__/testBackend';
import { createTestDatabases } from '../../__testUtils__/testDatabases';

jest.setTimeout(120_000);

const desk = '/desks/default/platform-software';
const teamRef = 'group:default/platform-software';
const surveyTables = [
  'survey_respondents',
  'survey_scores',
  'survey_comments',
] as const;

/** Everything the survey's tables hold, by table. */
async function surveyRows(knex: Knex) {
  const rows: Record<string, Record<string, unknown>[]> = {};
  for (const table of surveyTables) {
    rows[table] = await knex(table).select();
  }
  return rows;
}

describe.each(createTestDatabases().eachSupportedId())('on %p', databaseId => {
  const databases = createTestDatabases();
  let knex: Knex;
  let api: Awaited<ReturnType<typeof startZooportBackend>>;

  beforeEach(async () => {
    // Saturday 12 December 2026, 10:00 in Berlin.
    pinNow('2026-12-12T10:00:00+01:00');
    knex = await databases.init(databaseId);
    api = await startZooportBackend(knex);
    await api.put(desk, platformDesk());
  });
  afterEach(unpinNow);

  const answer = (userRef: string, body: unknown) =>
    api.post(`${desk}/survey/answers`, body, userRef);

  it('takes one answer per person and month, and says who answered', async () => {
    expect((await answer(alice, { score: 7, comment: 'Fine' })).status).toBe(
      204,
    );
    const second = await answer(alice, { score: 2 });
    expect(second.status).toBe(409);
    expect((await api.get(`${desk}/survey`, alice)).body).toEqual({
      teamRef,
      month: '2026-12',
      question:
        'On a scale of 1 to 10, how confident do you feel supporting platform-software?',
      answered: true,
      mayAnswer: true,
      settings: { enabled: true, dayOfMonth: 1 },
    });
    expect((await api.get(`${desk}/survey`, bob)).body.answered).toBe(false);
    // Next month, alice answers again.
    pinNow('2027-01-02T10:00:00+01:00');
    expect((await api.get(`${desk}/survey`, alice)).body).toMatchObject({
      month: '2027-01',
      answered: false,
    });
    expect((await answer(alice, { score: 8 })).status).toBe(204);
  });

  it('stores one of two answers sent at once by one person', async () => {
    const statuses = await Promise.all(
      [3, 9, 5, 6].map(score => answer(bob, { score, comment: `${score}` })),
    );
    expect(statuses.map(r => r.status).sort()).toEqual([204, 409, 409, 409]);
    const rows = await surveyRows(knex);
    expect(rows.survey_scores.map(r => Number(r.answers))).toEqual([1]);
    expect(rows.survey_comments).toHaveLength(1);
    expect(
      JSON.parse(rows.survey_respondents[0].respondents as string),
    ).toEqual([bob]);
  });

  it('shows a month only from three answers', async () => {
    await answer(alice, { score: 9, comment: 'Good runbooks' });
    await answer(bob, { score: 4 });
    const hidden = await api.get(`${desk}/survey/trend?months=2`, dave);
    expect(hidden.status).toBe(200);
    expect(hidden.body.months).toEqual([
      { month: '2026-11', responses: 0, shown: false, drop: false },
      { month: '2026-12', responses: 2, shown: false, drop: false },
    ]);
    await answer(carol, { score: 6, comment: 'Need the database playbook' });
    const shown = await api.get(`${desk}/survey/trend?months=1`, dave);
    expect(shown.body.months).toEqual([
      {
        month: '2026-12',
        responses: 3,
        shown: true,
        median: 6,
        spread: { lowest: 4, lowerQuartile: 4, upperQuartile: 9, highest: 9 },
        comments: expect.arrayContaining([
          'Good runbooks',
          'Need the database playbook',
        ]),
        drop: false,
      },
    ]);
  });

  it('keeps who answered apart from what, with nothing finer than the month', async () => {
    await answer(carol, { score: 6, comment: 'third' });
    await answer(alice, { score: 9, comment: 'first' });
    await answer(bob, { score: 4 });

    const columns = async (table: string) =>
      Object.keys(await knex(table).columnInfo()).sort();
    expect(await columns('survey_respondents')).toEqual([
      'month',
      'respondents',
      'team_ref',
    ]);
    expect(await columns('survey_scores')).toEqual([
      'answers',
      'month',
      'score',
      'team_ref',
    ]);
    expect(await columns('survey_comments')).toEqual([
      'comment',
      'id',
      'month',
      'team_ref',
    ]);

    const rows = await surveyRows(knex);
    // Who answered: one row for the month, in no order of answering.
    expect(rows.survey_respondents).toEqual([
      {
        team_ref: teamRef,
        month: '2026-12',
        respondents: JSON.stringify([alice, bob, carol]),
      },
    ]);
    // What: counts and comments that name nobody and carry only the month.
    const what = JSON.stringify([rows.survey_scores, rows.survey_comments]);
    for (const person of [alice, bob, carol]) {
      expect(what).not.toContain(person);
    }
    for (const row of [...rows.survey_scores, ...rows.survey_comments]) {
      expect(row.month).toMatch(/^\d{4}-\d{2}$/);
    }
    expect(what).not.toMatch(/\d{4}-\d{2}-\d{2}|T\d{2}:\d{2}/);
    for (const { id } of rows.survey_comments) {
      expect(id).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    }
    // The API answers the comments in the order of their random ids.
    const trend = await api.get(`${desk}/survey/trend?months=1`, alice);
    const byId = [...rows.survey_comments]
      .sort((a, b) => String(a.id).localeCompare(String(b.id)))
      .map(r => r.comment);
    expect(trend.body.months[0].comments).toEqual(byId);
    expect(JSON.stringify(trend.body)).not.toMatch(/user:/);
  });

  it('refuses bad answers and changes nothing', async () => {
    for (const body of [
      { score: 0 },
      { score: 11 },
      { score: 5.5 },
      { score: '7' },
      {},
      { score: 7, comment: 'x'.repeat(2001) },
      { score: 7, userRef: bob },
    ]) {
      const response = await answer(alice, body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
    }
    expect(await surveyRows(knex)).toEqual({
      survey_respondents: [],
      survey_scores: [],
      survey_comments: [],
    });
    expect((await api.get(`${desk}/survey/trend?months=0`)).status).toBe(400);
  });

  it('lets only members of the team answer', async () => {
    const refused = await answer(dave, { score: 7 });
    expect(refused.status).toBe(403);
    // An admin may do anything with the policy, but is not in the team.
    expect((await answer(admin, { score: 7 })).status).toBe(403);
    expect((await api.get(`${desk}/survey`, dave)).body).toMatchObject({
      answered: false,
      mayAnswer: false,
    });
    expect(await surveyRows(knex)).toMatchObject({ survey_scores: [] });
  });

  it('keeps the survey day, set by the team', async () => {
    expect((await api.get(`${desk}/survey/settings`, dave)).body).toEqual({
      enabled: true,
      dayOfMonth: 1,
    });
    const settings = { enabled: true, dayOfMonth: 5 };
    expect(
      (await api.put(`${desk}/survey/settings`, settings, dave)).status,
    ).toBe(403);
    for (const bad of [
      { enabled: true, dayOfMonth: 29 },
      { enabled: true, dayOfMonth: 0 },
      { dayOfMonth: 5 },
    ]) {
      expect(
        (await api.put(`${desk}/survey/settings`, bad, alice)).status,
      ).toBe(400);
    }
    expect(
      (await api.put(`${desk}/survey/settings`, settings, alice)).body,
    ).toEqual(settings);
    expect((await api.get(`${desk}/survey/settings`, dave)).body).toEqual(
      settings,
    );
  });
});
