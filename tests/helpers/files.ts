import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
export const NOVO = path.join(EXAMPLES, 'roadmap-novosergievka-2021.xlsx');
export const SEVERSKIY = path.join(EXAMPLES, 'roadmap-severskiy-2022.xlsx');
/** The shared ВПР register; its expected values are in tests/core/indicators/fixtures. */
export const VPR = path.join(EXAMPLES, 'vpr-sample.xlsx');
export const VPR_EXPECTED = path.join(__dirname, '..', 'core', 'indicators', 'fixtures', 'vpr-sample.expected.json');

export const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
export const tempDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'oko-test-'));

/** Schools' report template (blank, protected) and three filled copies, written by openpyxl. */
export const SCHOOL_REPORTS = path.join(EXAMPLES, 'school-reports');
export const SCHOOL_TEMPLATE = path.join(SCHOOL_REPORTS, 'template-blank.xlsx');
export const SCHOOL_FILES = [1, 2, 3].map((i) => path.join(SCHOOL_REPORTS, `school-${i}.xlsx`));
