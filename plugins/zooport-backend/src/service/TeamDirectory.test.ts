import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ANNOTATIONS, deskFromAnnotations } from './TeamDirectory';

function team(timeZone?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: {
      name: 'platform-software',
      namespace: 'default',
      annotations: {
        [ANNOTATIONS.animal]: 'Turtle',
        ...(timeZone === undefined ? {} : { [ANNOTATIONS.timeZone]: timeZone }),
      },
    },
    spec: { type: 'team', children: [] },
  };
}

describe('deskFromAnnotations', () => {
  it('keeps the annotated time zone', () => {
    expect(deskFromAnnotations(team('Europe/Berlin'))?.hours.timeZone).toBe(
      'Europe/Berlin',
    );
  });

  it('uses UTC without the annotation', () => {
    expect(deskFromAnnotations(team())?.hours.timeZone).toBe('UTC');
  });

  it('uses UTC, with a warning, for a zone that does not exist', () => {
    const logger = mockServices.logger.mock();
    const desk = deskFromAnnotations(team('Europe/Berlinn'), logger);
    expect(desk?.hours.timeZone).toBe('UTC');
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('"Europe/Berlinn"'),
    );
  });
});
