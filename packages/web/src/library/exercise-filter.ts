/** Which exercises show for an equipment filter: everything, what needs no gym, or the gym work. */
import type { Exercise } from '@speedwork/core';

export type EquipmentFilter = 'all' | 'none' | 'gym';

export function filterExercises(exercises: readonly Exercise[], filter: EquipmentFilter): Exercise[] {
  switch (filter) {
    case 'all':
      return [...exercises];
    case 'none':
      return exercises.filter((e) => !e.needsGym);
    case 'gym':
      return exercises.filter((e) => e.needsGym);
  }
}
