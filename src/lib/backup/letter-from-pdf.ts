import type { Letter } from '../schemas/letter';
import { BACKUP_MAX_BYTES } from '../schemas/backup';
import { backupMessages, parseBackup, type ParsedBackup } from './parse';
import { embeddedJson } from './pdf-files';

/** What `letterFromPdf` needs from a `File` (a double in tests). */
export interface PdfFile {
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The messages shown when a PDF is refused. */
export const pdfMessages = {
  noLetter:
    'Ce PDF ne contient pas de lettre modifiable\u00a0: seuls les PDF créés par ce site en ' +
    'contiennent une.',
  notPdf:
    'Ce fichier n’est ni une sauvegarde ni un PDF créé par ce site\u00a0: aucune lettre n’a été ' +
    'importée. Choisissez un fichier .json ou .pdf téléchargé depuis ce site.',
  damaged:
    'Ce PDF est incomplet ou abîmé (a-t-il été coupé ou modifié\u202f?)\u00a0: la lettre qu’il ' +
    'contient n’a pas pu être lue, aucune lettre n’a été importée. Téléchargez-le de nouveau ' +
    'depuis la lettre.',
} as const;

const refuse = (message: string, details: string[] = []): ParsedBackup => ({
  ok: false,
  message,
  details,
});

/** Whether the bytes start as a PDF does (`%PDF-`, maybe after a little junk, as readers allow). */
const isPdf = (bytes: Uint8Array) =>
  new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).includes('%PDF-');

/**
 * The letters a PDF made by the site carries (`pdf/embedded-letter.ts`: one for a letter's PDF,
 * one per letter for a combined one), read back exactly as a backup is (`parseBackup`: every
 * letter migrated and validated, all or nothing), so « Mes lettres » shows the same preview and
 * nothing is replaced without consent. Hostile-safe: the size is checked before reading, the
 * embedded files are found and capped by `embeddedJson`, nothing is evaluated. Never throws.
 */
export async function letterFromPdf(file: PdfFile): Promise<ParsedBackup> {
  if (!(file.size <= BACKUP_MAX_BYTES)) return refuse(backupMessages.tooBig);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse(backupMessages.unreadable);
  }
  if (bytes.length > BACKUP_MAX_BYTES) return refuse(backupMessages.tooBig);
  if (!isPdf(bytes)) return refuse(pdfMessages.notPdf);
  const found = embeddedJson(bytes);
  if (!found.ok)
    return refuse(found.reason === 'none' ? pdfMessages.noLetter : pdfMessages.damaged);
  const parsed: ParsedBackup[] = [];
  for (const text of found.texts) {
    const one = await parseBackup({ size: text.length, text: async () => text });
    // JSON that is not ours (another tool's attachment) is no letter of the site's.
    if (!one.ok) return one.message === backupMessages.notOurs ? refuse(pdfMessages.noLetter) : one;
    parsed.push(one);
  }
  return merged(parsed);
}

/**
 * One backup from those of a combined PDF: their letters in turn (an id met twice refuses the
 * whole file, as inside a backup). The site embeds letters alone (no school, team nor models),
 * so only the letters are kept from a file holding several.
 */
function merged(parsed: readonly ParsedBackup[]): ParsedBackup {
  const backups = parsed.flatMap((one) => (one.ok ? [one] : []));
  const [first] = backups;
  if (!first) return refuse(pdfMessages.noLetter);
  if (backups.length === 1) return first;
  const letters: Letter[] = backups.flatMap((one) => one.backup.letters);
  const seen = new Set<string>();
  const details: string[] = [];
  letters.forEach((letter, index) => {
    if (seen.has(letter.id)) {
      details.push(
        `PDF › lettre ${index + 1} › l’identifiant de la lettre\u00a0: identifiant «\u00a0${letter.id}\u00a0» présent deux fois`,
      );
    }
    seen.add(letter.id);
  });
  if (details.length > 0) return refuse(backupMessages.invalid, details);
  const repaired = backups.reduce((sum, one) => sum + (one.repairedLetters ?? 0), 0);
  const { format, version, exportedAt } = first.backup;
  const backup = { format, version, exportedAt, letters };
  return repaired > 0 ? { ok: true, backup, repairedLetters: repaired } : { ok: true, backup };
}
