import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import {
  errorResponse,
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import {
  deskReport,
  reportTotals,
} from '../../../__testUtils__/reportFixtures';
import { ResponseError } from '@backstage/errors';
import { fromNow } from '../../../__testUtils__/clock';
import { DeskInsights } from './DeskInsights';

const AddressShown = () => {
  const { search } = useLocation();
  return <output aria-label="Address">{search}</output>;
};

/**
 * Renders the insights; await it. The test app renders inside an async
 * `act`, and one left running past its test takes the next test's updates
 * into its queue, so that the next test waits for its report forever.
 */
function renderInsights(api = fakeZooportApi(), at = '/team') {
  return renderWithZooport(
    <>
      <DeskInsights teamRef={platformTeam} />
      <AddressShown />
    </>,
    { api, path: '/team', at },
  );
}

/** The headline figure "Filed", once the report shows. */
const loaded = () => screen.findByText('Filed', { selector: 'dt' });

const linkOf = (name: string) =>
  screen
    .getByRole('link', { name: `See the requests: ${name}` })
    .getAttribute('href');

describe('DeskInsights', () => {
  it('asks for the last 4 weeks by day and the 4 weeks before, and shows the change', async () => {
    const getDeskReport = jest.fn(async (_teamRef, query) =>
      query.from === '2026-10-27'
        ? deskReport()
        : deskReport({ totals: reportTotals({ filed: 7 }) }),
    );
    await renderInsights(fakeZooportApi({ getDeskReport }));

    const filed = (await loaded()).parentElement!;
    expect(within(filed).getByText('12')).toBeInTheDocument();
    expect(
      within(filed).getByText('+5 vs previous period'),
    ).toBeInTheDocument();
    expect(getDeskReport.mock.calls).toEqual([
      [platformTeam, { from: '2026-10-27', to: '2026-11-23', bucket: 'day' }],
      [platformTeam, { from: '2026-09-29', to: '2026-10-26', bucket: 'day' }],
    ]);
  });

  it('writes a picked range into the address and asks for it by week', async () => {
    const getDeskReport = jest.fn(async () => deskReport());
    await renderInsights(fakeZooportApi({ getDeskReport }));
    await loaded();

    await userEvent.selectOptions(
      screen.getByLabelText('Range'),
      'Last 13 weeks',
    );

    expect(await screen.findByLabelText('Address')).toHaveTextContent(
      '?range=13w',
    );
    expect(getDeskReport).toHaveBeenCalledWith(platformTeam, {
      from: '2026-08-31',
      to: '2026-11-23',
      bucket: 'week',
    });
  });

  it('links each chart to the requests behind its figures', async () => {
    await renderInsights();
    await loaded();

    const { from, to, buckets } = deskReport();
    const list = (params: Record<string, string>) =>
      `/zooport/requests?${new URLSearchParams({
        queue: 'desks',
        desk: platformTeam,
        status: 'all',
        ...params,
      })}`;
    const filed = { filedFrom: from, filedTo: to };
    const resolved = { resolvedFrom: from, resolvedTo: to };
    expect(linkOf('Filed and resolved')).toBe(list(filed));
    expect(linkOf('Within SLA')).toBe(list({ breached: 'true', ...filed }));
    expect(linkOf('Resolutions and deflection')).toBe(list(resolved));
    expect(linkOf('Arrivals by weekday and hour')).toBe(list(filed));
    expect(
      screen.getByRole('link', { name: 'Requests filed in 2026-11-22' }),
    ).toHaveAttribute(
      'href',
      list({ filedFrom: buckets[0].start, filedTo: buckets[0].end }),
    );
    expect(
      screen.getByRole('link', { name: 'Pointed to documentation' }),
    ).toHaveAttribute(
      'href',
      list({ ...resolved, category: 'documentation_link' }),
    );
    expect(
      await screen.findByRole('link', { name: 'Question' }),
    ).toHaveAttribute('href', list({ ...resolved, type: 'type-question' }));
    expect(
      screen.getByRole('link', { name: 'Staging database is read-only' }),
    ).toHaveAttribute('href', '/zooport/requests/req-7');
    expect(
      screen.getByRole('link', { name: 'Where are the deploy docs?' }),
    ).toHaveAttribute('href', '/zooport/requests/req-4');
  });

  it('shows what the report holds beyond the charts', async () => {
    const [first, second] = deskReport().buckets;
    const counts = (filed: number) => ({ filed, resolved: 0, open: 0 });
    const gaps = deskReport().documentationGaps;
    await renderInsights(
      fakeZooportApi({
        getDeskReport: async () =>
          deskReport({
            buckets: [
              {
                ...first,
                byType: { Question: counts(3), 'Bug report': counts(2) },
                byPriority: { high: counts(1), medium: counts(4) },
              },
              { ...second, byType: { Question: counts(7) } },
            ],
            dutyRecordedFrom: fromNow({ days: -10 }),
            documentationGaps: {
              ...gaps,
              recurring: [{ ...gaps.recurring[0], total: 9 }],
            },
          }),
      }),
    );

    expect(
      await screen.findByRole('img', {
        name: 'Filed by type over the range: Question 10, Bug report 2.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Filed by priority over the range: Medium 4, High 1.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: /40 h on duty with 8 requests meanwhile/,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Hours on duty are recorded from 13 Nov 2026.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('“canary hangs”, asked 9 times'),
    ).toBeInTheDocument();
    expect(screen.getByText('and 7 more')).toBeInTheDocument();
  });

  it('reads chosen days from the address', async () => {
    const getDeskReport = jest.fn(async () => deskReport());
    await renderInsights(
      fakeZooportApi({ getDeskReport }),
      '/team?range=custom&from=2026-01-01&to=2026-03-31',
    );

    await loaded();
    expect(screen.getByLabelText('From')).toHaveValue('2026-01-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-03-31');
    expect(getDeskReport).toHaveBeenCalledWith(platformTeam, {
      from: '2026-01-01',
      to: '2026-03-31',
      bucket: 'week',
    });
  });

  it('tells the charts apart for screen readers', async () => {
    await renderInsights();

    expect(
      await screen.findByRole('img', {
        name: '12 filed and 9 resolved in 2 days; 4 open at the end.',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Busiest hours (Europe/Berlin): Monday 09:00 (5).'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('5 requests')).toHaveLength(1);
  });

  it('says so when the range has no requests', async () => {
    const empty = reportTotals({ filed: 0, resolved: 0, openAtEnd: 0 });
    await renderInsights(
      fakeZooportApi({
        getDeskReport: async () => deskReport({ totals: empty }),
      }),
    );

    expect(
      await screen.findByText('No requests in this range'),
    ).toBeInTheDocument();
  });

  it('shows why the report could not be read', async () => {
    const refusal = await ResponseError.fromResponse(
      errorResponse(400, 'InputError', 'from must be a date'),
    );
    await renderInsights(
      fakeZooportApi({
        getDeskReport: async () => {
          throw refusal;
        },
      }),
    );

    // In the error panel's title and again in its details.
    expect(await screen.findAllByText(/from must be a date/)).not.toHaveLength(
      0,
    );
  });
});
