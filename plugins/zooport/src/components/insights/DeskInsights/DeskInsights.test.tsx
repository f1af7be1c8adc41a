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
import { DeskInsights } from './DeskInsights';

const AddressShown = () => {
  const { search } = useLocation();
  return <output aria-label="Address">{search}</output>;
};

function renderInsights(api = fakeZooportApi(), at = '/team') {
  return renderWithZooport(
    <>
      <DeskInsights teamRef={platformTeam} />
      <AddressShown />
    </>,
    { api, path: '/team', at },
  );
}

const linkOf = (name: string) =>
  screen
    .getByRole('link', { name: `See the requests: ${name}` })
    .getAttribute('href');

// Now and then a test here waits forever for its first report after a
// quick one before it, on a busy machine; the cause is not found yet, and a
// second try shows whether the behaviour itself is wrong.
jest.retryTimes(2, { logErrorsBeforeRetry: true });

describe('DeskInsights', () => {
  it('asks for the last 4 weeks by day and the 4 weeks before, and shows the change', async () => {
    const getDeskReport = jest.fn(async (_teamRef, query) =>
      query.from === '2026-10-27'
        ? deskReport()
        : deskReport({ totals: reportTotals({ filed: 7 }) }),
    );
    renderInsights(fakeZooportApi({ getDeskReport }));

    const filed = (await screen.findByText('Filed')).parentElement!;
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
    renderInsights(fakeZooportApi({ getDeskReport }));
    await screen.findByText('Filed');

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

  it('links each chart to the desk requests filtered as far as the list can', async () => {
    renderInsights();
    await screen.findByText('Filed');

    const desk = 'queue=desks&desk=group%3Adefault%2Fplatform-software';
    expect(linkOf('Filed and resolved')).toBe(
      `/zooport/requests?${desk}&status=all`,
    );
    expect(linkOf('Within SLA')).toBe(
      `/zooport/requests?${desk}&status=all&breached=true`,
    );
    expect(linkOf('Resolutions and deflection')).toBe(
      `/zooport/requests?${desk}&status=resolved`,
    );
    expect(
      screen.getByRole('link', { name: 'Staging database is read-only' }),
    ).toHaveAttribute('href', '/zooport/requests/req-7');
    expect(
      screen.getByRole('link', { name: 'Where are the deploy docs?' }),
    ).toHaveAttribute('href', '/zooport/requests/req-4');
  });

  it('reads chosen days from the address', async () => {
    const getDeskReport = jest.fn(async () => deskReport());
    renderInsights(
      fakeZooportApi({ getDeskReport }),
      '/team?range=custom&from=2026-01-01&to=2026-03-31',
    );

    await screen.findByText('Filed');
    expect(screen.getByLabelText('From')).toHaveValue('2026-01-01');
    expect(screen.getByLabelText('To')).toHaveValue('2026-03-31');
    expect(getDeskReport).toHaveBeenCalledWith(platformTeam, {
      from: '2026-01-01',
      to: '2026-03-31',
      bucket: 'week',
    });
  });

  it('tells the charts apart for screen readers', async () => {
    renderInsights();

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
    renderInsights(
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
    renderInsights(
      fakeZooportApi({
        getDeskReport: async () => {
          throw refusal;
        },
      }),
    );

    expect(await screen.findByText(/from must be a date/)).toBeInTheDocument();
  });
});
