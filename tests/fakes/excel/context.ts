// The request machinery: proxies queue commands, sync() sends them as one request and runs
// them in order against the model. Like Office.js: a failed command stops the batch (the ones
// before it stay done) and no loaded value of that batch reaches the proxies; a request over
// the size limit is refused whole; an API newer than the host's requirement sets fails with
// ApiNotFound when the batch runs, not when the JavaScript is called.
import { FakeOfficeError, officeError } from './errors';
import type { FakeExcel } from './fake-excel';
import { FakeWorkbook } from './sheets';
import { Command, Stage, SyncStat } from './wire';

export class FakeContext {
  readonly workbook: FakeWorkbook;
  private queue: Command[] = [];

  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(c: Command): void {
    this.queue.push(c);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    await Promise.resolve();
    const stat: SyncStat = { requestBytes: 200 + batch.reduce((n, c) => n + c.bytes, 0), responseBytes: 0, actions: batch.length };
    this.excel.syncs.push(stat);
    const fail = (e: FakeOfficeError): never => {
      stat.error = e.code;
      throw e;
    };
    if (stat.requestBytes > this.excel.requestLimit) fail(officeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${stat.requestBytes} bytes).`));
    const delivered: (() => void)[] = [];
    const stage: Stage = {
      deliver: (bytes, apply) => {
        stat.responseBytes += bytes;
        delivered.push(apply);
      },
    };
    for (const c of batch) {
      if (!this.excel.supports('ExcelApi', c.version)) fail(officeError('ApiNotFound', `The API you are trying to use could not be found: ${c.location} needs ExcelApi ${c.version}.`, c.location));
      try {
        c.run(stage);
      } catch (e) {
        const err = e instanceof FakeOfficeError ? e : officeError('GeneralException', String(e));
        err.debugInfo.errorLocation ??= c.location;
        fail(err);
      }
    }
    if (stat.responseBytes > this.excel.responseLimit) fail(officeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${stat.responseBytes} bytes).`));
    for (const apply of delivered) apply();
  }
}
