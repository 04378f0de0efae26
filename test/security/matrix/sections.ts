import type { MatrixSection } from './entry.ts';

/** The matrix sections of each area beside the core routes (one import per area). */
export const MATRIX_SECTIONS: MatrixSection<object>[] = [];
