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

export function lowLevel(pdf: jsPDF): LowLevel {
  return pdf.internal as unknown as LowLevel;
}

/**
 * PDF/UA-1 is built on PDF 1.7 (ISO 32000-1). jsPDF writes `%PDF-1.3` in the header and sets
 * it only through a private field; the catalog's `/Version` entry, which ISO 32000-1 (7.7.2)
 * says overrides the header's when later, is written instead, through the public event.
 */
export const PDF_17_CATALOG_ENTRY = '/Version /1.7';
