import { drawScenario } from './draw';

const first = () => 0;
const last = () => 0.999;

describe('drawScenario', () => {
  it('never draws a card the participant drew before while others are left', () => {
    const deck = ['a', 'b', 'c'];
    for (const random of [first, last, () => 0.5]) {
      expect(
        drawScenario({
          deck,
          drawnBefore: ['a', 'c'],
          drawnInWorkshop: [],
          random,
        }),
      ).toEqual({ scenarioId: 'b', repeat: false });
    }
  });

  it('draws cards not yet drawn in the workshop first', () => {
    expect(
      drawScenario({
        deck: ['a', 'b', 'c'],
        drawnBefore: [],
        drawnInWorkshop: ['a', 'b'],
        random: first,
      }),
    ).toEqual({ scenarioId: 'c', repeat: false });
    expect(
      drawScenario({
        deck: ['a', 'b'],
        drawnBefore: ['a'],
        drawnInWorkshop: ['b'],
        random: first,
      }),
    ).toEqual({ scenarioId: 'b', repeat: false });
  });

  it('falls back to the cards drawn least often once all were drawn', () => {
    expect(
      drawScenario({
        deck: ['a', 'b', 'c'],
        drawnBefore: ['a', 'b', 'c', 'a', 'c'],
        drawnInWorkshop: [],
        random: last,
      }),
    ).toEqual({ scenarioId: 'b', repeat: true });
  });

  it('picks by the random number among the candidates', () => {
    const draw = (random: () => number) =>
      drawScenario({
        deck: ['a', 'b'],
        drawnBefore: [],
        drawnInWorkshop: [],
        random,
      })?.scenarioId;
    expect([draw(first), draw(last)]).toEqual(['a', 'b']);
  });

  it('draws nothing from an empty deck', () => {
    expect(
      drawScenario({
        deck: [],
        drawnBefore: [],
        drawnInWorkshop: [],
        random: first,
      }),
    ).toBeUndefined();
  });
});
