import { Scenario, ScenarioInput } from '@zooport/plugin-zooport-common';

/** What the editor starts from: the scenario as saved, or a blank draft. */
export function scenarioDraftOf(scenario?: Scenario): ScenarioInput {
  if (scenario) {
    const { title, opening, evidence, links, playbookIds } = scenario;
    const { difficulty, facilitatorNotes, draft } = scenario;
    return {
      title,
      opening,
      evidence,
      links,
      playbookIds,
      difficulty,
      facilitatorNotes,
      draft,
    };
  }
  return {
    title: '',
    opening: '',
    evidence: '',
    links: [],
    playbookIds: [],
    difficulty: 'medium',
    facilitatorNotes: '',
    draft: true,
  };
}

/** A scenario needs a title and what happens; a link needs both halves. */
export function isScenarioComplete(input: ScenarioInput): boolean {
  return (
    input.title.trim() !== '' &&
    input.opening.trim() !== '' &&
    input.links.every(link => link.title.trim() && link.url.trim())
  );
}
