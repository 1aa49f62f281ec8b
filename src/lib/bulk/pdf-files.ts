import { zipSync, type Zippable } from 'fflate';
import { fontSets } from 'virtual:pdf-fonts';
import type { ImpRate } from '../schemas/imp-rate';
import type { Letter } from '../schemas/letter';
import type { LetterDocument } from '../document/model';
import { toDocument, type DocumentOptions } from '../document/to-document';
import { chooseFontSet, type FontSet } from '../pdf/font-sets';
import { openPdfBook, renderPdf } from '../pdf/render';
import { embedJsonFiles } from '../pdf/embedded-letter';
import { letterAttachment } from '../pdf/letter-attachment';
import { personName } from '../document/roles';
import { batchFileName, personFileName, uniqueNames } from './file-names';

// Loaded by `import()` on the click that needs it: jsPDF, fflate and the fonts come with it.

/** How a run of PDFs reports and stops. */
export interface PdfRun {
  /** Aborting stops the run between two letters: nothing is offered. */
  signal?: AbortSignal;
  /** Called after each letter with how many are done. */
  onProgress?: (done: number, total: number) => void;
  /** Gives the page a turn between letters so it never freezes (default: a macrotask). */
  pause?: () => Promise<void>;
  /** The school's logo and the like, as for one letter's PDF. */
  options?: DocumentOptions;
  /** The font sets (tests may observe them). */
  sets?: readonly FontSet[];
}

/** A letter left out of the file: its person and why (a character no font draws). */
export interface LeftOut {
  person: string;
  missing: string[];
}

/** The file made, or why there is none (`cancelled`: the user stopped it). */
export type PdfFilesOutcome =
  | { ok: true; blob: Blob; fileName: string; count: number; leftOut: LeftOut[] }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; leftOut: LeftOut[] };

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The letters' documents, split into those a font set draws and those it cannot; the page gets
 * a turn every few letters (typesetting 100 letters at once would hold it for a while).
 */
async function documents(letters: readonly Letter[], rates: readonly ImpRate[], run: PdfRun) {
  const sets = run.sets ?? fontSets;
  const ready: { letter: Letter; doc: LetterDocument; set: FontSet }[] = [];
  const leftOut: LeftOut[] = [];
  for (const [index, letter] of letters.entries()) {
    if (index % 10 === 9) await (run.pause ?? macrotask)();
    const doc = toDocument(letter, rates, run.options);
    const choice = chooseFontSet(doc, sets);
    if (choice.ok) ready.push({ letter, doc, set: choice.set });
    else leftOut.push({ person: personName(letter), missing: choice.missing });
  }
  return { ready, leftOut, sets };
}

/**
 * A ZIP of one PDF per letter, each named after its person (names made unique). PDFs are
 * compressed already: they are stored as they are. Letters holding a character no font draws
 * are left out and named.
 */
export async function zipOfPdfs(
  letters: readonly Letter[],
  rates: readonly ImpRate[],
  run: PdfRun = {},
): Promise<PdfFilesOutcome> {
  const { ready, leftOut } = await documents(letters, rates, run);
  if (ready.length === 0 || !letters[0]) return { ok: false, cancelled: false, leftOut };
  const names = uniqueNames(ready.map(({ letter }) => personFileName(letter, 'pdf')));
  const files: Zippable = {};
  const pause = run.pause ?? macrotask;
  const now = new Date();
  for (const [index, { letter, doc, set }] of ready.entries()) {
    await pause();
    if (run.signal?.aborted) return { ok: false, cancelled: true };
    // Each PDF carries its letter, as one letter's PDF does.
    const name = names[index] ?? `${index + 1}.pdf`;
    const attachment = letterAttachment(letter, now, name.replace(/\.pdf$/, '.json'));
    const pdf = embedJsonFiles(renderPdf(doc, await set.load()), [attachment]);
    files[name] = [pdf, { level: 0 }];
    run.onProgress?.(index + 1, ready.length);
  }
  const bytes = zipSync(files);
  const blob = new Blob([bytes.slice()], { type: 'application/zip' });
  return {
    ok: true,
    blob,
    fileName: batchFileName(letters[0], 'zip'),
    count: ready.length,
    leftOut,
  };
}

/**
 * One PDF holding every letter in turn, each on its own pages numbered « 1/2 » within the
 * letter, in the one font set that draws them all. Letters holding a character no font draws
 * are left out and named.
 */
export async function combinedPdf(
  letters: readonly Letter[],
  rates: readonly ImpRate[],
  run: PdfRun = {},
): Promise<PdfFilesOutcome> {
  const { ready, leftOut, sets } = await documents(letters, rates, run);
  const first = ready[0];
  if (!first || !letters[0]) return { ok: false, cancelled: false, leftOut };
  // The smallest set that draws every letter kept: one font for the whole file.
  const all: LetterDocument = {
    meta: first.doc.meta,
    blocks: ready.flatMap(({ doc }) => doc.blocks),
  };
  const choice = chooseFontSet(all, sets);
  const set = choice.ok ? choice.set : first.set;
  const book = openPdfBook(await set.load());
  const pause = run.pause ?? macrotask;
  for (const [index, { doc }] of ready.entries()) {
    await pause();
    if (run.signal?.aborted) return { ok: false, cancelled: true };
    book.add(doc);
    run.onProgress?.(index + 1, ready.length);
  }
  const { author, language } = first.doc.meta;
  const title = `${first.doc.meta.title} (${ready.length} lettres)`;
  // Every letter rides along, one file each (named as its own PDF would be, made unique):
  // dropped on « Mes lettres », the combined PDF brings them all back.
  const now = new Date();
  const jsonNames = uniqueNames(ready.map(({ letter }) => personFileName(letter, 'json')));
  const attachments = ready.map(({ letter }, index) =>
    letterAttachment(letter, now, jsonNames[index]),
  );
  const bytes = embedJsonFiles(
    book.finish({ title, subject: title, author, language }),
    attachments,
  );
  const blob = new Blob([bytes], { type: 'application/pdf' });
  return {
    ok: true,
    blob,
    fileName: batchFileName(letters[0], 'pdf'),
    count: ready.length,
    leftOut,
  };
}
