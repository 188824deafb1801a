import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
export const NOVO = path.join(EXAMPLES, 'roadmap-novosergievka-2021.xlsx');
export const SEVERSKIY = path.join(EXAMPLES, 'roadmap-severskiy-2022.xlsx');

export const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
export const tempDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'oko-test-'));
