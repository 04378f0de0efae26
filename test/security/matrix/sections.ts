import { conferencesAwardsSection } from './conferences-awards.ts';
import { conscriptionMilitiaSection } from './conscription-militia.ts';
import { drillsTrainingSection } from './drills-training.ts';
import type { MatrixSection } from './entry.ts';

/** The matrix sections of each area beside the core routes (one import per area). */
export const MATRIX_SECTIONS: MatrixSection<object>[] = [
  conscriptionMilitiaSection,
  conferencesAwardsSection,
  drillsTrainingSection,
];
