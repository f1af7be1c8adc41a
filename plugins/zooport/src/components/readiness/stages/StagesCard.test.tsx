import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  fakeZooportApi,
  platformTeam,
  renderWithZooport,
} from '../../../__testUtils__/fakeZooportApi';
import { StagesCard, StagesCell } from './StagesCard';

describe('StagesCard', () => {
  it("lists the team's people with their stage and the warnings about the next shifts", async () => {
    await renderWithZooport(<StagesCard teamRef={platformTeam} mayUpdate />);

    expect(
      await screen.findByRole('combobox', { name: 'Stage of mei' }),
    ).toHaveValue('observer');
    expect(screen.getByText('never staged')).toBeInTheDocument();
    const warnings = screen.getByLabelText('Readiness warnings');
    expect(
      within(warnings).getByText(
        /a newcomer on duty before a week of observing/,
      ),
    ).toBeInTheDocument();
  });

  it('moves a person on to the next stage and reads the stages again', async () => {
    const setReadinessStage = jest.fn(fakeZooportApi().setReadinessStage);
    const getDeskReadiness = jest.fn(fakeZooportApi().getDeskReadiness);
    await renderWithZooport(<StagesCard teamRef={platformTeam} mayUpdate />, {
      api: fakeZooportApi({ setReadinessStage, getDeskReadiness }),
    });

    await userEvent.click(
      await screen.findByRole('button', { name: 'Move mei on to Shadow' }),
    );

    expect(setReadinessStage).toHaveBeenCalledWith(
      platformTeam,
      'user:default/mei',
      'shadow',
    );
    await waitFor(() => expect(getDeskReadiness).toHaveBeenCalledTimes(2));
    // Ready is the last stage; nobody moves on from it.
    expect(screen.queryByRole('button', { name: /Move amara on/ })).toBeNull();
  });

  it('puts a person at any stage in one choice, back to observer say', async () => {
    const setReadinessStage = jest.fn(fakeZooportApi().setReadinessStage);
    const getDeskReadiness = jest.fn(fakeZooportApi().getDeskReadiness);
    await renderWithZooport(<StagesCard teamRef={platformTeam} mayUpdate />, {
      api: fakeZooportApi({ setReadinessStage, getDeskReadiness }),
    });

    const stage = await screen.findByRole('combobox', {
      name: 'Stage of amara',
    });
    expect(stage).toHaveValue('ready');
    await userEvent.selectOptions(stage, 'Observer');

    expect(setReadinessStage).toHaveBeenCalledTimes(1);
    expect(setReadinessStage).toHaveBeenCalledWith(
      platformTeam,
      'user:default/amara',
      'observer',
    );
    await waitFor(() => expect(getDeskReadiness).toHaveBeenCalledTimes(2));
  });

  it("shows a person's history of stages on demand", async () => {
    await renderWithZooport(<StagesCard teamRef={platformTeam} mayUpdate />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'History of mei' }),
    );

    const history = await screen.findByRole('list', { name: 'Stage history' });
    expect(within(history).getByText(/Observer from/)).toBeInTheDocument();
  });

  it('has no buttons to move people for those who may not update readiness', async () => {
    await renderWithZooport(
      <StagesCard teamRef={platformTeam} mayUpdate={false} />,
    );

    expect(await screen.findByText('Observer')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Move / })).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(
      screen.getByRole('button', { name: 'History of mei' }),
    ).toBeInTheDocument();
  });

  it('leaves no cell for those who may not read the readiness', async () => {
    const getDeskReadiness = jest.fn(fakeZooportApi().getDeskReadiness);
    const { container } = await renderWithZooport(
      <StagesCell teamRef={platformTeam} />,
      {
        memberOf: ['group:default/other'],
        api: fakeZooportApi({ getDeskReadiness }),
      },
    );

    expect(container).toBeEmptyDOMElement();
    expect(getDeskReadiness).not.toHaveBeenCalled();
  });
});
