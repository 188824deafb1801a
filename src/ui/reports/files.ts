// Files the user picked or dropped, as the collector reads them: one at a time, each refused
// before it is read when it is over the size limit (so 300 files never sit in memory at once).
import type { SourceFile } from '../../io/xlsx/collect-files';
import { InputError } from '../../io/xlsx/input-error';
import { LIMITS } from '../../io/xlsx/limits';

export const fileSource = (f: File): SourceFile => ({
  name: f.name,
  read: async () => {
    if (f.size === 0) throw new InputError({ kind: 'empty-file' });
    if (f.size > LIMITS.fileBytes) throw new InputError({ kind: 'too-large', bytes: f.size, limit: LIMITS.fileBytes });
    return new Uint8Array(await f.arrayBuffer());
  },
});

/** Excel's lock files («~$отчёт.xlsx») and hidden files are not reports. */
export const isReportFile = (f: File): boolean => !/^(~\$|\.)/.test(f.name);
