/** A card drawn for a participant. @public */
export interface ScenarioDraw {
  scenarioId: string;
  /** True when the participant had drawn every card before. */
  repeat: boolean;
}

/**
 * "Pass the hat": a card of `deck` for a participant, at random, never
 * one in `drawnBefore` (the participant's earlier cards, in any workshop)
 * while the deck has others; among those, cards not yet drawn in this
 * workshop come first. Once the participant has drawn every card, one they
 * drew least often. `random` returns a number in [0, 1), as Math.random
 * does; tests pass their own. Undefined for an empty deck.
 *
 * @public
 */
export function drawScenario(options: {
  deck: string[];
  drawnBefore: string[];
  drawnInWorkshop: string[];
  random: () => number;
}): ScenarioDraw | undefined {
  const { deck, drawnBefore, drawnInWorkshop, random } = options;
  if (deck.length === 0) {
    return undefined;
  }
  const timesDrawn = (id: string) =>
    drawnBefore.filter(drawn => drawn === id).length;
  const fewest = Math.min(...deck.map(timesDrawn));
  const candidates = deck.filter(id => timesDrawn(id) === fewest);
  const freshInRoom = candidates.filter(id => !drawnInWorkshop.includes(id));
  const pool = freshInRoom.length > 0 ? freshInRoom : candidates;
  const pick =
    pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))];
  return { scenarioId: pick, repeat: fewest > 0 };
}
