import { jsPDF } from 'jspdf';
import type { DocMeta, LetterDocument } from '../document/model';
import { LogoError } from './errors';
import { pdfTextString } from './text-string';
import { layoutDocument, type DrawOp, type FontFace, type Measure } from './layout';
import { createTagger } from './tagged/tagger';

/** The embedded fonts, one set of `virtual:pdf-fonts/<name>` (base64 TrueType). */
export interface PdfFonts {
  regular: string;
  bold: string;
}

/**
 * jsPDF names of the two faces. Two families rather than one with a bold style, so the PDF's
 * BaseFont names differ (DejaVuSans, DejaVuSans-Bold) and each font is unambiguous.
 */
const FONT_IDS: Record<FontFace, string> = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' };

/** Hairlines of the table and the stamp frame, in millimetres, and their grey (0–255). */
const LINE_WIDTH = 0.25;
const LINE_GREY = 90;
/** A draft's « BROUILLON »: light enough that the black text over it reads as well as ever. */
const MARK_GREY = 210;

/** A PDF being written: documents are added one after the other, then its bytes taken. */
export interface PdfBook {
  /** Lays out and draws a document on new pages, numbered « n/N » within the document. */
  add(doc: LetterDocument): void;
  /** The PDF's bytes, with these properties (title, subject, author, language). */
  finish(meta: Omit<DocMeta, 'fileName'>): Uint8Array<ArrayBuffer>;
}

/**
 * An empty A4 PDF where every text is written in embedded DejaVu Sans (never a standard font:
 * they garble ’ « » and U+202F), measured with that font for the layout. Several letters may go
 * into one book (« un seul PDF » for many people), each keeping its own page numbers.
 */
export function openPdfBook(fonts: PdfFonts): PdfBook {
  const pdf = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  for (const face of ['regular', 'bold'] as const) {
    const file = `${FONT_IDS[face]}.ttf`;
    pdf.addFileToVFS(file, fonts[face]);
    pdf.addFont(file, FONT_IDS[face], 'normal', 'normal', 'Identity-H');
  }
  const useFont = (face: FontFace, size: number) => {
    pdf.setFont(FONT_IDS[face], 'normal');
    pdf.setFontSize(size);
  };
  const measure: Measure = (text, face, size) => {
    useFont(face, size);
    return (pdf.getStringUnitWidth(text) * size) / pdf.internal.scaleFactor;
  };

  pdf.setLineWidth(LINE_WIDTH);
  pdf.setDrawColor(LINE_GREY);
  pdf.setTextColor(0);
  // Every op is drawn inside its marked content, the structure tree written with the file.
  const tagger = createTagger(pdf);
  // jsPDF opens on a blank first page: the first page of the first document goes there.
  let empty = true;
  return {
    add(doc) {
      tagger.startPart();
      for (const page of layoutDocument(doc, measure)) {
        if (!empty) pdf.addPage('a4', 'portrait');
        empty = false;
        for (const op of page.ops) tagger.draw(op, () => draw(pdf, op, useFont));
      }
    },
    finish({ title, subject, author, language }) {
      pdf.setProperties({
        title: pdfTextString(title),
        subject: pdfTextString(subject),
        author: pdfTextString(author),
        creator: 'Lettres de mission',
        keywords: 'lettre de mission',
      });
      pdf.setLanguage(language);
      // Viewers show the title, not the file name, in their title bar (PDF/UA asks for it).
      pdf.viewerPreferences({ DisplayDocTitle: true });
      return new Uint8Array(tagger.output({ title, subject, author, language }));
    },
  };
}

/** The letter as PDF bytes, with its properties and language set (see `openPdfBook`). */
export function renderPdf(doc: LetterDocument, fonts: PdfFonts): Uint8Array<ArrayBuffer> {
  const book = openPdfBook(fonts);
  book.add(doc);
  return book.finish(doc.meta);
}

function draw(pdf: jsPDF, op: DrawOp, useFont: (face: FontFace, size: number) => void): void {
  if (op.kind === 'text') {
    // The font is set before every text: no text ever falls back to jsPDF's Helvetica.
    useFont(op.font, op.size);
    pdf.text(op.text, op.x, op.y, op.align ? { align: op.align } : {});
  } else if (op.kind === 'mark') {
    useFont('bold', op.size);
    pdf.setTextColor(MARK_GREY);
    pdf.text(op.text, op.x, op.y, { angle: op.angle });
    pdf.setTextColor(0);
  } else if (op.kind === 'line') {
    pdf.line(op.x1, op.y1, op.x2, op.y2);
  } else if (op.kind === 'image') {
    try {
      // Compressed losslessly: a PNG is decoded, then stored again in the PDF.
      pdf.addImage(op.dataUrl, op.format, op.x, op.y, op.w, op.h, op.alias, 'FAST');
    } catch (error) {
      throw new LogoError(error);
    }
  } else {
    pdf.rect(op.x, op.y, op.w, op.h, 'S');
  }
}
