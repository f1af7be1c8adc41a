import { renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import { SearchDocument } from '@backstage/plugin-search-common';
import {
  ZooportEntrySearchFields,
  ZooportRequestSearchFields,
} from '@zooport/plugin-zooport-common';
import { ZooportSearchResultListItem } from './ZooportSearchResultListItem';

const faq: SearchDocument & ZooportEntrySearchFields = {
  title: 'How do I get a preview environment for my branch?',
  text: 'Add the preview label to your pull request.',
  location: '/zooport/knowledge/e1',
  teamRef: 'group:default/platform-software',
  teamTitle: 'Platform Software',
  animal: 'turtle',
  animalEmoji: '🐢',
  animalColour: '#2E7D32',
  kind: 'faq',
  tags: ['deploy'],
  lastUpdated: '2026-11-20T10:00:00.000Z',
};

const request: SearchDocument & ZooportRequestSearchFields = {
  title: 'VPN is down',
  text: 'Since 9:00, for everyone.',
  location: '/zooport/requests/r1',
  teamRef: 'group:default/system-operators',
  teamTitle: 'System Operators',
  animal: 'penguin',
  animalEmoji: '🐧',
  status: 'waiting_for_requester',
  priority: 'high',
  lastUpdated: '2026-11-21T10:00:00.000Z',
};

describe('ZooportSearchResultListItem', () => {
  it('shows an FAQ entry with its desk and the words the search found', async () => {
    await renderInTestApp(
      <ZooportSearchResultListItem
        result={faq}
        highlight={{
          preTag: '<<',
          postTag: '>>',
          fields: {
            title: 'How do I get a <<preview>> environment for my branch?',
            text: 'Add the <<preview>> label to your pull request.',
          },
        }}
      />,
    );
    const link = screen.getByRole('link', {
      name: 'How do I get a preview environment for my branch?',
    });
    expect(link).toHaveAttribute('href', '/zooport/knowledge/e1');
    expect(within(link).getByText('preview').tagName).toBe('MARK');
    expect(screen.getByText('The turtle')).toBeInTheDocument();
    expect(screen.getByText('🐢')).toBeInTheDocument();
    expect(screen.getByText('Platform Software')).toBeInTheDocument();
    expect(screen.getByText('FAQ')).toBeInTheDocument();
    const snippet = screen.getByText(/label to your pull request/);
    expect(within(snippet).getByText('preview').tagName).toBe('MARK');
    expect(snippet).not.toHaveTextContent(/<<|>>/);
  });

  it('shows a playbook as a playbook', async () => {
    const playbook: SearchDocument & ZooportEntrySearchFields = {
      ...faq,
      kind: 'playbook',
    };
    await renderInTestApp(<ZooportSearchResultListItem result={playbook} />);
    expect(screen.getByText('Playbook')).toBeInTheDocument();
    expect(screen.queryByText('FAQ')).not.toBeInTheDocument();
  });

  it('shows a request with its status, and its text when nothing is highlighted', async () => {
    await renderInTestApp(<ZooportSearchResultListItem result={request} />);
    expect(screen.getByRole('link', { name: 'VPN is down' })).toHaveAttribute(
      'href',
      '/zooport/requests/r1',
    );
    expect(screen.getByText('Request')).toBeInTheDocument();
    expect(screen.getByText('Waiting for requester')).toBeInTheDocument();
    expect(screen.getByText('The penguin')).toBeInTheDocument();
    expect(screen.getByText('System Operators')).toBeInTheDocument();
    expect(screen.getByText('Since 9:00, for everyone.')).toBeInTheDocument();
    expect(document.querySelector('mark')).toBeNull();
  });

  it('names the team of a document without a desk, with no animal', async () => {
    const { animal, animalEmoji, ...withoutDesk } = request;
    const withoutAnimal: SearchDocument & ZooportRequestSearchFields = {
      ...withoutDesk,
      teamTitle: 'former-team',
    };
    await renderInTestApp(
      <ZooportSearchResultListItem result={withoutAnimal} />,
    );
    expect(screen.getByText('former-team')).toBeInTheDocument();
    expect(screen.queryByText(/^The /)).not.toBeInTheDocument();
  });
});
