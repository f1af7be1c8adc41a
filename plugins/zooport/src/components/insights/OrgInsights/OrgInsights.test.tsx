import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import { orgReport } from '../../../__testUtils__/reportFixtures';
import { OrgInsights } from './OrgInsights';

describe('OrgInsights', () => {
  it('lists every desk with its figures, linking to its paw tab insights', async () => {
    const getOrgReport = jest.fn(async () => orgReport());
    renderWithZooport(<OrgInsights />, {
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
    expect(
      screen.getByRole('row', {
        name: /turtle \(platform-software\) 12 9 4 80% 67% 2/,
      }),
    ).toBeInTheDocument();
    expect(getOrgReport).toHaveBeenCalledWith({
      from: '2026-08-31',
      to: '2026-11-23',
      bucket: 'week',
    });
  });

  it("shows a picked desk's charts", async () => {
    const getDeskReport = jest.fn(fakeZooportApi().getDeskReport);
    renderWithZooport(<OrgInsights />, {
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
