import { deployPlaybook } from '../../../__testUtils__/knowledgeFixtures';
import {
  draftOf,
  entryInput,
  isComplete,
  isReviewInterval,
} from './entryDraft';

describe('entryDraft', () => {
  it.each([
    ['', true],
    ['30', true],
    ['3650', true],
    ['0', false],
    ['3651', false],
    ['1.5', false],
    ['soon', false],
  ])('takes %j as a review interval: %s', (days, valid) => {
    expect(isReviewInterval(days)).toBe(valid);
  });

  it('needs an answer for an FAQ entry and titled steps for a playbook', () => {
    const faq = draftOf(undefined, 'How do I get a VM?');
    expect(isComplete(faq)).toBe(false);
    expect(isComplete({ ...faq, body: 'Ask the penguin.' })).toBe(true);

    const playbook = { ...faq, kind: 'playbook' as const, body: '' };
    expect(isComplete(playbook)).toBe(false);
    expect(
      isComplete({ ...playbook, steps: [{ title: ' ', body: 'x' }] }),
    ).toBe(false);
    expect(
      isComplete({ ...playbook, steps: [{ title: 'Look', body: '' }] }),
    ).toBe(true);
  });

  it('keeps what the dialog does not edit, and drops steps from an FAQ entry', () => {
    const draft = {
      ...draftOf(deployPlaybook),
      kind: 'faq' as const,
      tags: ' deploy, ,incident, deploy ',
      reviewEveryDays: '',
    };

    expect(entryInput(draft, deployPlaybook)).toEqual({
      kind: 'faq',
      title: 'Deploys are stuck',
      body: deployPlaybook.body,
      steps: [],
      links: deployPlaybook.links,
      severityHints: deployPlaybook.severityHints,
      tags: ['deploy', 'incident'],
      requestTypeIds: [],
      entityRefs: deployPlaybook.entityRefs,
      reviewEveryDays: null,
    });
  });
});
