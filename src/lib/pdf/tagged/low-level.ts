import type { jsPDF } from 'jspdf';

/**
 * The parts of jsPDF's low-level API (`doc.internal`) the tagger uses, which jsPDF's type
 * declarations leave out. All exist in jsPDF 4 and are what its own plugins use.
 */
export interface LowLevel {
  /** Writes a line to the page being drawn, or to the file while it is built. */
  write(line: string): void;
  newObjectDeferred(): number;
  newObjectDeferredBegin(id: number, doOutput: boolean): number;
  getCurrentPageInfo(): { pageNumber: number };
  getPageInfo(page: number): { objId: number };
  getNumberOfPages(): number;
  scaleFactor: number;
  pageSize: { getHeight(): number };
  events: {
    subscribe(topic: string, callback: (...args: never[]) => void): string;
  };
}

/** The PDF version setter jsPDF keeps on each document (the header says `%PDF-1.3` otherwise). */
interface WithVersion {
  __private__?: { setPdfVersion?: (version: string) => void };
}

export function lowLevel(pdf: jsPDF): LowLevel {
  return pdf.internal as unknown as LowLevel;
}

/** PDF/UA-1 is built on PDF 1.7 (ISO 32000-1): the header says so. */
export function declarePdf17(pdf: jsPDF): void {
  (pdf as unknown as WithVersion).__private__?.setPdfVersion?.('1.7');
}
