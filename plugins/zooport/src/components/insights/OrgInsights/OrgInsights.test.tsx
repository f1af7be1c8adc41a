import { screen, within } from '@testing-library/react';
import { OrgReportQuery } from '@zooport/plugin-zooport-common';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import { orgReport, reportTotals } from '../../../__testUtils__/reportFixtures';
import { OrgInsights } from './OrgInsights';

describe('OrgInsights', () => {
  it('lists every desk with its figures and their change, linking to its paw tab insights', async () => {
    const getOrgReport = jest.fn(async (query: OrgReportQuery) =>
      query.from === '2026-08-31'
        ? orgReport()
        : orgReport(reportTotals({ filed: 7 })),
    );
    await renderWithZooport(<OrgInsights />, {
      api: fakeZooportApi({ getOrgReport }),
      path: '/zooport/insights',
      at: '/zooport/insights?range=13w',
    });

    // Named by animal once the zoo is read.
    const desk = await screen.findByRole('link', {
      name: /turtle \(platform-software\)/,
    });
    expect(desk).toHaveAttribute(
      'href',
      '/catalog/default/group/platform-software/zooport?range=13w#insights',
    );
    const row = screen.getByRole('row', { name: /turtle/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map(cell => cell.textContent);
    expect(cells.slice(0, 4)).toEqual([
      '🐢 turtle (platform-software)',
      '12+5 vs previous period',
      '9same as previous period',
      '4same as previous period',
    ]);
    expect(within(row).getByText('80%')).toBeInTheDocument();
    // Only the amount shows; the comparison is read out and on hover.
    expect(within(row).getAllByText('same')).toHaveLength(7);
    expect(within(row).getAllByTitle('same as previous period')).toHaveLength(
      7,
    );
    expect(within(row).getByTitle('+5 vs previous period')).toHaveTextContent(
      /^\+5 vs previous period$/,
    );
    // The org report has no medians.
    expect(
      screen.queryByRole('columnheader', { name: /Median/ }),
    ).not.toBeInTheDocument();
    // The table shows totals only, so no desk's buckets are fetched.
    expect(getOrgReport.mock.calls).toEqual([
      [
        {
          from: '2026-08-31',
          to: '2026-11-23',
          bucket: 'week',
          detail: 'totals',
        },
      ],
      [
        {
          from: '2026-06-01',
          to: '2026-08-30',
          bucket: 'week',
          detail: 'totals',
        },
      ],
    ]);
  });

  it("shows a picked desk's charts", async () => {
    const getDeskReport = jest.fn(fakeZooportApi().getDeskReport);
    await renderWithZooport(<OrgInsights />, {
      api: fakeZooportApi({ getDeskReport }),
      path: '/zooport/insights',
      at: '/zooport/insights',
    });

    await userEvent.selectOptions(
      await screen.findByLabelText('Desk'),
      platformTeam,
    );

    expect(await screen.findByText('Filed and resolved')).toBeInTheDocument();
    expect(getDeskReport).toHaveBeenCalledWith(platformTeam, {
      from: '2026-10-27',
      to: '2026-11-23',
      bucket: 'day',
    });
  });
});
