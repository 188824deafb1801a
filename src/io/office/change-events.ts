// «Tell me when the user edits the workbook»: worksheets.onChanged (ExcelApi 1.9). The handler
// is registered in one batch and stays after it; unsubscribing removes it in the context it
// was registered with, as Office.js requires. Only whether something changed is passed on:
// the pane reads the workbook again itself (debounced), so the event's details do not matter.
import { ExcelApi } from './api';

export function watchChanges(api: ExcelApi, listener: () => void): () => void {
  let stopped = false;
  const registered = api
    .run(async (ctx) => {
      const result = ctx.workbook.worksheets.onChanged.add(async () => {
        if (!stopped) listener();
      });
      await ctx.sync();
      return result;
    })
    // Where registering fails (an Excel that claims 1.9 but refuses), the pane keeps its button.
    .catch(() => null);
  return () => {
    if (stopped) return;
    stopped = true;
    void registered.then(async (result) => {
      if (!result) return;
      try {
        if (api.runIn) {
          await api.runIn(result.context, async (ctx) => {
            result.remove();
            await ctx.sync();
          });
        } else {
          result.remove();
          await result.context.sync();
        }
      } catch {
        // The pane is closing or the workbook is gone: nothing left to unregister.
      }
    });
  };
}
