import { downloadBlob, downloadText } from '../files/download';
import { frenchTypography } from '../text/typography';
import { summaryDocument, type SummaryDocumentInput } from './document';
import { summaryCsv, summaryFileName } from './summary-csv';
import type { YearSummary } from './year-summary';

/** What the page says after an export: the file name, or what went wrong. */
export type ExportOutcome = { ok: true; fileName: string } | { ok: false; message: string };

/** Offers the year's CSV (one row per IMP line) as a download. */
export function downloadSummaryCsv(summary: YearSummary): ExportOutcome {
  const fileName = summaryFileName(summary.year, 'csv');
  downloadText(fileName, summaryCsv(summary.rows), 'text/csv');
  return { ok: true, fileName };
}

/**
 * Builds the council's PDF with the letters' engine and offers it. jsPDF and the font load here,
 * on the click (`import()`), never with the page; every failure becomes a French message.
 */
export async function downloadSummaryPdf(input: SummaryDocumentInput): Promise<ExportOutcome> {
  try {
    const { exportPdf } = await import('../pdf/export');
    const result = await exportPdf(summaryDocument(input));
    if (!result.ok) {
      const list = result.missing.map((character) => `« ${character} »`).join(', ');
      return {
        ok: false,
        message: frenchTypography(
          `Le PDF ne peut pas écrire ${list} : corrigez ce nom ou cette mission dans sa lettre, ` +
            'puis téléchargez à nouveau.',
        ),
      };
    }
    downloadBlob(result.fileName, result.blob);
    return { ok: true, fileName: result.fileName };
  } catch {
    return {
      ok: false,
      message: frenchTypography(
        'Le PDF n’a pas pu être créé : réessayez, ou téléchargez le CSV, qui donne les mêmes chiffres.',
      ),
    };
  }
}
