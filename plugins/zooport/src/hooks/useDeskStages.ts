import { ReadinessStage } from '@zooport/plugin-zooport-common';
import { useDeskReadiness } from './useDeskReadiness';
import { useReadinessPermissions } from './useReadinessPermissions';

/**
 * Each person's onboarding stage at a desk (person → stage), for those who
 * may read its readiness; empty for the others.
 */
export function useDeskStages(teamRef: string) {
  const { loading, mayRead } = useReadinessPermissions(teamRef);
  const { value } = useDeskReadiness(teamRef, loading || !mayRead);
  return new Map<string, ReadinessStage>(
    (value?.people ?? []).map(person => [person.userRef, person.stage]),
  );
}
