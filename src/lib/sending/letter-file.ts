import { MAX_FRAGMENT } from './letter-link';

/**
 * A letter too long for a link that mail clients pass whole travels as a small text file,
 * `<name>.lettre`, holding the same link: the person opens it on « Lettre reçue ». Nothing but
 * the link's fragment is taken from it; it is decoded as a link is (`fragmentToLetter`).
 */
export const LETTER_FILE_EXTENSION = 'lettre';

/** Largest file read: the longest link accepted, and some room for the address before `#`. */
export const MAX_LETTER_FILE_BYTES = MAX_FRAGMENT + 4096;

/** What a `.lettre` file holds: the link, and a line break. */
export const letterFileText = (url: string): string => `${url}\n`;

/** What is read from a chosen file: the fragment to decode, or why it is refused (French). */
export type LetterFileRead = { ok: true; fragment: string } | { ok: false; message: string };

export const NOT_A_LETTER_FILE =
  'Ce fichier ne contient pas de lettre\u00a0: choisissez le fichier «\u00a0.lettre\u00a0» reçu avec le message, ou ouvrez le lien reçu.';

const TOO_BIG = `Ce fichier est trop lourd pour être une lettre (${Math.round(MAX_LETTER_FILE_BYTES / 1024)}\u00a0Ko au plus)\u00a0: choisissez le fichier «\u00a0.lettre\u00a0» reçu avec le message.`;

/**
 * The fragment a `.lettre` file holds, checked before the letter is decoded: its size before
 * reading, then a link of this site's form (`…/lettre-recue/#l1.…`) or a bare fragment.
 */
export async function readLetterFile(file: {
  size: number;
  text(): Promise<string>;
}): Promise<LetterFileRead> {
  if (!(file.size <= MAX_LETTER_FILE_BYTES)) return { ok: false, message: TOO_BIG };
  let text: string;
  try {
    text = (await file.text()).trim();
  } catch {
    return { ok: false, message: NOT_A_LETTER_FILE };
  }
  const fragment = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  return /^l\d+\.[^\s]+$/.test(fragment)
    ? { ok: true, fragment }
    : { ok: false, message: NOT_A_LETTER_FILE };
}
