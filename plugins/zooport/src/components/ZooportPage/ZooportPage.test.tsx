import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { ZooportApi, zooportApiRef } from '../../api';
import { ZooportPage } from './ZooportPage';

function fakeZooportApi(overrides: Partial<ZooportApi> = {}): ZooportApi {
  return {
    getHealth: async () => ({ status: 'ok', version: '1.2.3' }),
    ...overrides,
  };
}

describe('ZooportPage', () => {
  it('shows the zoo and that the backend answers', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[zooportApiRef, fakeZooportApi()]]}>
        <ZooportPage />
      </TestApiProvider>,
    );

    expect(
      screen.getByRole('heading', { name: 'Zooport' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Connected to the Zooport backend 1.2.3.'),
    ).toBeInTheDocument();
  });

  it('shows a readable error when the backend fails', async () => {
    const api = fakeZooportApi({
      getHealth: async () => {
        throw new Error('backend is down');
      },
    });
    await renderInTestApp(
      <TestApiProvider apis={[[zooportApiRef, api]]}>
        <ZooportPage />
      </TestApiProvider>,
    );

    const messages = await screen.findAllByText(/backend is down/);
    expect(messages[0]).toBeVisible();
  });
});
