import { scenarioDraftFromRequest } from './draftFromRequest';

describe('scenarioDraftFromRequest', () => {
  const names = (ref: string) => ref.replace('user:default/', '').toUpperCase();

  it('takes the title, the description and the public conversation, never internal notes', () => {
    const draft = scenarioDraftFromRequest(
      {
        title: 'Deploys hang at 90%',
        description: 'Since noon every deploy hangs.\n\nHelp!',
        requesterRef: 'user:default/ann',
        resolution: {
          category: 'answered',
          note: 'The runner pool was full.',
          url: 'https://runbooks.example.com/runners',
          minutesSpent: 30,
        },
      },
      [
        {
          kind: 'created',
          internal: false,
          actorRef: 'user:default/ann',
          at: 't0',
          body: null,
        },
        {
          kind: 'comment',
          internal: false,
          actorRef: 'user:default/bo',
          at: 't1',
          body: 'Which repo?',
        },
        {
          kind: 'comment',
          internal: true,
          actorRef: 'user:default/bo',
          at: 't2',
          body: 'secret',
        },
        {
          kind: 'comment',
          internal: false,
          actorRef: 'user:default/ann',
          at: 't3',
          body: 'all of them',
        },
      ],
      names,
    );
    expect(draft).toEqual({
      title: 'Deploys hang at 90%',
      opening: 'ANN asks:\n\n> Since noon every deploy hangs.\n>\n> Help!',
      evidence:
        '## Public conversation\n\n**BO** (t1):\n\n> Which repo?\n\n**ANN** (t3):\n\n> all of them',
      links: [
        { title: 'Resolution', url: 'https://runbooks.example.com/runners' },
      ],
      playbookIds: [],
      difficulty: 'medium',
      facilitatorNotes: 'Resolved as answered.\n\nThe runner pool was full.',
      draft: true,
    });
  });
});
