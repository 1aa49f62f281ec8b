import { formatCents } from '../format/money';
import { formatLetterDate } from '../format/date';
import { letterhead } from '../document/letterhead';
import type { DocBlock, LetterDocument } from '../document/model';
import { headingOf, type School } from '../schemas/school';
import { cleanInvisible } from '../text/clean-invisible';
import { frenchTypography } from '../text/typography';
import { balanceOf } from './allocation';
import {
  balanceSentence,
  lettersLabel,
  personLabel,
  quartersLabel,
  rectoratSentence,
  tauxLabel,
} from './labels';
import { summaryFileName } from './summary-csv';
import type { YearSummary } from './year-summary';

/** What the council's PDF is made of. */
export interface SummaryDocumentInput {
  summary: YearSummary;
  /** « Mon établissement », for the letterhead. */
  school: School;
  /** The year's allocation in cents, or null when none is entered. */
  allocationCents: number | null;
  /** How many letters have no school year (counted in no year). */
  undated: number;
  /** The day of the document, yyyy-mm-dd (« Ville, le … »). */
  date: string;
}

/** The title of the document, on the page and in the PDF's properties. */
export const SUMMARY_TITLE = 'Récapitulatif des indemnités pour missions particulières (IMP)';

/** User text as the PDF prints it: invisible characters out, French spaces in. */
const typeset = (text: string) => frenchTypography(cleanInvisible(text));

/** The table of the letters, one row each, and the total row. */
function lettersTable(summary: YearSummary): DocBlock {
  const rows = summary.rows.map((row) => [
    typeset(personLabel(row)),
    typeset(row.mission),
    tauxLabel(row),
    quartersLabel(row.quarters),
    formatCents(row.annualCents),
  ]);
  const { total } = summary;
  rows.push([
    'Total',
    lettersLabel(total.letters),
    '',
    quartersLabel(total.quarters),
    formatCents(total.annualCents),
  ]);
  return {
    kind: 'table',
    caption: `Missions confiées pour l’année scolaire ${summary.year}`,
    columns: ['Personne', 'Mission', 'Taux', 'Nombre d’IMP', 'Montant annuel'],
    rows,
  };
}

/** The totals by mission, and the overall total. */
function missionsTable(summary: YearSummary): DocBlock {
  const rows = [...summary.byMission, { ...summary.total, mission: 'Total' }].map((total) => [
    typeset(total.mission),
    lettersLabel(total.letters),
    quartersLabel(total.quarters),
    formatCents(total.annualCents),
  ]);
  return {
    kind: 'table',
    caption: 'Totaux par mission',
    columns: ['Mission', 'Lettres', 'Nombre d’IMP', 'Montant annuel'],
    rows,
  };
}

/** The allocation, the total and the balance, in words. */
function allocationParagraphs(input: SummaryDocumentInput): string[] {
  const { summary, allocationCents } = input;
  const { fromAllocation } = summary;
  const lines = [
    `Total des IMP attribuées\u00a0: ${formatCents(summary.total.annualCents)} (${quartersLabel(summary.total.quarters)} IMP).`,
  ];
  const apart = rectoratSentence(summary.rectorat);
  if (apart) {
    lines.push(
      apart,
      `IMP attribuées sur la dotation de l’établissement\u00a0: ${formatCents(fromAllocation.annualCents)} (${quartersLabel(fromAllocation.quarters)} IMP).`,
    );
  }
  if (allocationCents !== null)
    lines.push(`Dotation notifiée par le rectorat\u00a0: ${formatCents(allocationCents)}.`);
  lines.push(balanceSentence(balanceOf(fromAllocation.annualCents, allocationCents)));
  if (summary.unsetLines > 0)
    lines.push(
      `${summary.unsetLines === 1 ? 'Une ligne d’IMP n’a' : `${summary.unsetLines} lignes d’IMP n’ont`} pas encore de nombre ni de taux\u00a0: elles ne sont pas comptées.`,
    );
  if (input.undated > 0) {
    const one = input.undated === 1;
    const verb = one ? 'n’est pas comptée' : 'ne sont pas comptées';
    lines.push(`${lettersLabel(input.undated)} sans année scolaire ${verb}.`);
  }
  return lines;
}

/**
 * The summary as a document for the conseil d'administration, drawn by the letters' PDF engine:
 * the school's letterhead, a title, the year, the letters' table with its total, the totals by
 * mission, and the allocation with what is left or overspent.
 */
export function summaryDocument(input: SummaryDocumentInput): LetterDocument {
  const { summary, school } = input;
  const heading = letterhead({ school: headingOf(school), date: input.date }, typeset);
  const blocks: DocBlock[] = [
    heading,
    { kind: 'title', text: SUMMARY_TITLE },
    { kind: 'subtitle', text: `Année scolaire ${summary.year}` },
    lettersTable(summary),
    missionsTable(summary),
    ...allocationParagraphs(input).map((text): DocBlock => ({ kind: 'paragraph', text })),
  ];
  const dated = formatLetterDate(input.date);
  return {
    meta: {
      title: `${SUMMARY_TITLE}, ${summary.year}`,
      subject: dated ? `Conseil d’administration, état au ${dated}` : 'Conseil d’administration',
      author: typeset(school.etablissement),
      language: 'fr-FR',
      fileName: summaryFileName(summary.year, 'pdf'),
    },
    blocks,
  };
}
