// Errors shaped like OfficeExtension.Error: a `code` from Excel.ErrorCodes (or the core ones,
// e.g. PropertyNotLoaded), a message, and debugInfo.errorLocation naming the failed action.

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(readonly code: string, message: string, errorLocation?: string) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export const officeError = (code: string, message: string, location?: string): FakeOfficeError => new FakeOfficeError(code, message, location);

export const notLoaded = (entity: string, property: string): FakeOfficeError =>
  officeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
