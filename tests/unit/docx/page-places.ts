import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocBlock, LetterDocument } from '../../../src/lib/document/model';
import { popplerLines, type PopplerLine } from '../pdf/poppler-lines';

/**
 * Where the parts of a letter fall on the pages of a PDF (LibreOffice's), read from the lines
 * poppler lays out, and what a reader would call a bad page break there.
 */

/** The lines of a PDF's pages, page after page, each from the top down; footers left out. */
export async function pageLines(pdf: Uint8Array): Promise<PopplerLine[]> {
  const dir = await mkdtemp(join(tmpdir(), 'page-lines-'));
  try {
    const file = join(dir, 'letter.pdf');
    await writeFile(file, pdf);
    return (await popplerLines(file))
      .filter((line) => !/^Page \d+ sur \d+$/.test(line.text))
      .sort((a, b) => a.page - b.page || a.top - b.top);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** Whether a line is where `text` begins (its first line, the text wrapped or not). */
const begins = (line: PopplerLine, text: string) => {
  const [start, whole] = [squeeze(line.text), squeeze(text)];
  return start.length > 0 && whole.startsWith(start) && start.length >= Math.min(whole.length, 4);
};

/** Whether `line` comes after `after` in reading order: a later page, or lower on the page. */
const below = (line: PopplerLine, after: PopplerLine | undefined) =>
  !after || line.page > after.page || (line.page === after.page && line.top > after.top + 0.5);

/** The first line, below `after`, where `text` begins. */
function find(lines: readonly PopplerLine[], text: string, after?: PopplerLine) {
  return lines.find((line) => below(line, after) && begins(line, text));
}

/**
 * Where each text begins, one after the other (up to the first not found): each below the one
 * before, or beside it (`beside`: areas side by side in a row, as the signatures are).
 */
function findAll(
  lines: readonly PopplerLine[],
  texts: readonly string[],
  after?: PopplerLine,
  beside = false,
) {
  const found: PopplerLine[] = [];
  for (const text of texts) {
    const previous = found.at(-1);
    const line = lines.find(
      (line) =>
        !found.includes(line) &&
        begins(line, text) &&
        (previous && beside ? !below(previous, line) : below(line, previous ?? after)),
    );
    if (!line) break;
    found.push(line);
  }
  return found;
}

type Kind<K extends DocBlock['kind']> = Extract<DocBlock, { kind: K }>;
const blockOf = <K extends DocBlock['kind']>(doc: LetterDocument, kind: K) =>
  doc.blocks.find((block): block is Kind<K> => block.kind === kind);

/** The IMP table's header rows (the first and each repeated) and body rows, as laid out. */
export function tablePlaces(lines: readonly PopplerLine[], table: Kind<'table'>) {
  const caption = find(lines, table.caption);
  const rows = findAll(
    lines,
    table.rows.map((cells) => cells[0] ?? ''),
    caption,
  );
  // Repeated atop any page after it, even one showing none of its rows (over the signatures,
  // when a word processor makes them rows of the table).
  const headers = lines.filter(
    (line) => below(line, caption) && squeeze(line.text) === squeeze(table.columns[0] ?? ''),
  );
  return { caption, headers, rows };
}

/**
 * The page breaks a reader would find wrong around the IMP table of the letter `doc` laid out
 * as `lines`, said in words (none: an empty list): a header row at a page's foot with no row
 * under it, a page going on with the table without its header row repeated, the last row (the
 * total) alone atop a page.
 */
export function tableBreaks(lines: readonly PopplerLine[], doc: LetterDocument): string[] {
  const faults: string[] = [];
  const table = blockOf(doc, 'table');
  if (table) {
    const { caption, headers, rows } = tablePlaces(lines, table);
    if (!caption || rows.length < table.rows.length) faults.push('the IMP table is not all found');
    for (const header of headers) {
      if (!rows.some((row) => row.page === header.page && row.top > header.top)) {
        faults.push(`a header row with no row under it on page ${header.page}`);
      }
    }
    for (const page of new Set(rows.map((row) => row.page))) {
      const first = rows.find((row) => row.page === page);
      if (!headers.some((header) => header.page === page && header.top < (first?.top ?? 0))) {
        faults.push(`page ${page} goes on with the IMP table without its header row`);
      }
    }
    const [before, last] = rows.slice(-2);
    if (rows.length > 1 && before && last && before.page !== last.page) {
      faults.push(`the IMP table’s last row alone atop page ${last.page}`);
    }
  }
  return faults;
}

/**
 * The page breaks a reader would find wrong around the signatures of the letter `doc` laid out
 * as `lines`, said in words (none: an empty list): the signatures opening a page, cut from the
 * text they sign; « Copie : » and its list split, or parted from the last signature.
 */
export function signatureBreaks(lines: readonly PopplerLine[], doc: LetterDocument): string[] {
  const faults: string[] = [];
  const signatures = blockOf(doc, 'signatures')?.blocks ?? [];
  const areas = findAll(
    lines,
    signatures.map((area) => area.caption),
    undefined,
    true,
  );
  if (areas.length < signatures.length) faults.push('the signatures are not all found');
  const first = areas[0];
  if (first && lines.find((line) => line.page === first.page) === first) {
    faults.push(`the signatures open page ${first.page}`);
  }
  const lastArea = signatures.at(-1);
  const lastLine = lastArea && (lastArea.name ?? lastArea.lines.at(-1) ?? lastArea.caption);
  const signed = lastLine === undefined ? undefined : find(lines, lastLine, areas.at(-1));
  const copyLines = blockOf(doc, 'copies')?.lines ?? [];
  const copies = findAll(lines, copyLines, signed ?? areas.at(-1));
  if (copies.length < copyLines.length) faults.push('the copy list is not all found');
  const copyPages = new Set(copies.map((line) => line.page));
  if (copyPages.size > 1)
    faults.push(`« Copie : » and its list split over pages ${[...copyPages]}`);
  if (signed && copies[0] && copies[0].page !== signed.page) {
    faults.push(
      `the last signature (page ${signed.page}) parted from « Copie : » (page ${copies[0].page})`,
    );
  }
  return faults;
}
