import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  errorResponse,
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import { surveyStatus } from '../../../__testUtils__/surveyFixtures';
import { ResponseError } from '@backstage/errors';
import { SurveyCard } from './SurveyCard';

const render = (api = fakeZooportApi()) =>
  renderWithZooport(
    <SurveyCard teamRef={platformTeam} zone="Europe/Berlin" />,
    {
      api,
    },
  );

describe('SurveyCard', () => {
  it('answers with one click on a score, the comment going with it', async () => {
    const answerSurvey = jest.fn(async () => {});
    await render(fakeZooportApi({ answerSurvey }));

    const scores = await screen.findByRole('group', {
      name: surveyStatus.question,
    });
    expect(scores.querySelectorAll('button')).toHaveLength(10);
    await userEvent.type(
      screen.getByLabelText(/Comment/),
      'More playbooks please',
    );
    await userEvent.click(screen.getByRole('button', { name: '7 of 10' }));

    expect(answerSurvey).toHaveBeenCalledWith(platformTeam, {
      score: 7,
      comment: 'More playbooks please',
    });
    expect(
      await screen.findByText(/You answered this month's survey/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '7 of 10' })).toBeNull();
  });

  it('says so when the viewer answered already, without the scores', async () => {
    await render(
      fakeZooportApi({
        getSurveyStatus: async () => ({ ...surveyStatus, answered: true }),
      }),
    );

    expect(
      await screen.findByText(/You answered this month's survey/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '1 of 10' })).toBeNull();
  });

  it('takes a 409 as answered (from another tab)', async () => {
    const conflict = await ResponseError.fromResponse(
      errorResponse(409, 'ConflictError', 'You answered this month'),
    );
    await render(
      fakeZooportApi({
        answerSurvey: async () => {
          throw conflict;
        },
      }),
    );

    await userEvent.click(
      await screen.findByRole('button', { name: '3 of 10' }),
    );

    expect(
      await screen.findByText(/You answered this month's survey/),
    ).toBeInTheDocument();
  });

  it('tells someone outside the team they are not asked, and still shows the trend', async () => {
    await render(
      fakeZooportApi({
        getSurveyStatus: async () => ({ ...surveyStatus, mayAnswer: false }),
      }),
    );

    expect(await screen.findByText(/you are not asked/)).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /Nov 2026: median 5, a drop/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Oct 2026: 2 answers, figures from 3.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Confidence dropped in Nov 2026/),
    ).toBeInTheDocument();
  });

  it('saves the survey settings for those who may update readiness', async () => {
    const saveSurveySettings = jest.fn(fakeZooportApi().saveSurveySettings);
    await render(fakeZooportApi({ saveSurveySettings }));

    await userEvent.click(
      await screen.findByRole('button', { name: 'Survey settings' }),
    );
    const day = screen.getByLabelText(/Day of the month/);
    await userEvent.clear(day);
    await userEvent.type(day, '15');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() =>
      expect(saveSurveySettings).toHaveBeenCalledWith(platformTeam, {
        enabled: true,
        dayOfMonth: 15,
      }),
    );
  });
});
