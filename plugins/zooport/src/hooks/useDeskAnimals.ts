import { DeskAnimal, ZooDesk } from '@zooport/plugin-zooport-common';
import { useCallback, useMemo } from 'react';
import { useZoo } from './useZoo';

const noDesks: ZooDesk[] = [];

/** Every desk of the zoo, and each team's animal by its team ref. */
export function useDeskAnimals() {
  const { value: desks = noDesks, loading, error } = useZoo();
  const animalOf = useCallback(
    (teamRef: string): DeskAnimal | undefined =>
      desks.find(desk => desk.teamRef === teamRef)?.animal,
    [desks],
  );
  return useMemo(
    () => ({ desks, animalOf, loading, error }),
    [desks, animalOf, loading, error],
  );
}
