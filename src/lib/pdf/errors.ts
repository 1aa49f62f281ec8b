/**
 * The logo could not be placed in the PDF: its bytes passed the checks made when it was chosen
 * but jsPDF could not decode them. Told apart so the user learns what to change.
 */
export class LogoError extends Error {
  constructor(cause: unknown) {
    super('Le logo n’a pas pu être placé dans le PDF.', { cause });
    this.name = 'LogoError';
  }
}

/** By name rather than `instanceof`: the renderer is loaded in its own chunk, on demand. */
export const isLogoError = (error: unknown): boolean =>
  error instanceof Error && error.name === 'LogoError';
