// WorkbookHost for a workbook open in Excel, over Office.js. Each command is one Excel.run
// with a fixed, small number of syncs; the files next to this one hold one idea each.
import { SheetGrid } from '../../core/grid';
import { SheetInfo, WorkbookHost } from '../../core/host';
import { WritePlan } from '../../core/plan';
import { MarkPlan } from '../../core/roadmap/marks';
import { TypedTracking } from '../../core/roadmap/tracking';
import { ExcelApi, Features, featuresOf } from './api';
import { watchChanges } from './change-events';
import { mark, unmark } from './marks';
import { listSheets, readSheets } from './read-sheets';
import { readInputSheets } from './read-inputs';
import { readRegisterTracking } from './register';
import { writePlan } from './write-plan';

export class ExcelHost implements WorkbookHost {
  readonly kind = 'excel' as const;
  /** Which optional APIs this Excel has, asked once. */
  readonly features: Features;

  /** Present only where Excel has worksheet change events (ExcelApi 1.9). */
  readonly onChanged?: (listener: () => void) => () => void;

  constructor(private readonly api: ExcelApi) {
    this.features = featuresOf(api.supports);
    if (this.features.changeEvents) this.onChanged = (listener) => watchChanges(this.api, listener);
  }

  listSheets(): Promise<SheetInfo[]> {
    return listSheets(this.api, this.features);
  }

  readSheets(): Promise<SheetGrid[]> {
    return readSheets(this.api, this.features);
  }

  readInputs(): Promise<SheetGrid[]> {
    return readInputSheets(this.api, this.features);
  }

  readRegisterTracking(registerSheet: string): Promise<TypedTracking[]> {
    return readRegisterTracking(this.api, registerSheet);
  }

  writePlan(plan: WritePlan): Promise<void> {
    return writePlan(this.api, this.features, plan);
  }

  mark(plan: MarkPlan, password?: string): Promise<void> {
    return mark(this.api, this.features, plan, password);
  }

  unmark(sheet: string, password?: string): Promise<void> {
    return unmark(this.api, this.features, sheet, password);
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.api.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }
}

/** The host inside Excel: Excel.run, and the requirement sets Office reports. */
export function createExcelHost(): ExcelHost {
  return new ExcelHost({
    run: (batch) => Excel.run(batch),
    runIn: (context, batch) => Excel.run(context as Excel.RequestContext, batch),
    supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
  });
}
