// Events, as Office.js has them: `worksheets.onChanged.add(handler)` (ExcelApi 1.9) registers
// when the batch syncs (ApiNotFound there on an older Excel, like every other call), returns
// an EventHandlerResult whose remove() unregisters at its next sync. Handlers run later, on
// their own, with WorksheetChangedEventArgs; FakeExcel.edit() is the user typing into a cell.
import type { FakeContext } from './context';
import { book } from './shared';

export interface ChangeArgs {
  type: 'WorksheetChanged';
  changeType: 'RangeEdited';
  source: 'Local';
  address: string;
  worksheetId: string;
}

export type ChangeHandler = (args: ChangeArgs) => Promise<unknown> | void;

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeContext,
    private readonly handler: ChangeHandler,
  ) {}

  remove(): void {
    this.context.enqueue({
      location: 'EventHandlerResult.remove',
      version: '1.9',
      bytes: 200,
      run: () => {
        book(this.context).changeHandlers.delete(this.handler);
      },
    });
  }
}

export class FakeChangedEvent {
  constructor(private readonly context: FakeContext) {}

  add(handler: ChangeHandler): FakeEventHandlerResult {
    this.context.enqueue({
      location: 'WorksheetCollection.onChanged.add',
      version: '1.9',
      bytes: 200,
      run: () => {
        book(this.context).changeHandlers.add(handler);
      },
    });
    return new FakeEventHandlerResult(this.context, handler);
  }
}
