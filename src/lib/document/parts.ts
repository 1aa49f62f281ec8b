import { cleanInvisible } from '../text/clean-invisible';
import { addressedToPerson, roleValue } from './roles';
import type { Letter } from '../schemas/letter';
import { capitalise } from '../text/head-title';
import { headingValues } from './heading-values';
import { BLANK_LEADER, type Typeset } from './fill';
import type { DocBlock } from './model';

/** What heads the copy lines. */
export const COPIES_HEADING = 'Copie :';

/**
 * The suscription under the letterhead, for a letter addressed to a person: « La principale du
 * collège Pablo-Neruda à Madame Claire Dubois, professeure de mathématiques ». A name not yet
 * typed prints a dotted leader, to be written by hand.
 */
export function addresseeBlocks(letter: Letter, typeset: Typeset): DocBlock[] {
  if (!addressedToPerson(letter)) return [];
  const heading = headingValues(letter.school);
  const sender = [heading.leChef, heading.duEtablissement].filter(Boolean).join(' ');
  const person = ['civilite', 'prenom', 'nom'] as const;
  const name = person
    .map((role) => roleValue(letter, role))
    .filter(Boolean)
    .join(' ');
  const fonction = roleValue(letter, 'fonction');
  const addressee = `${name || BLANK_LEADER}${fonction ? `, ${fonction}` : ''}`;
  return [{ kind: 'paragraph', text: typeset(`${capitalise(sender)} à ${addressee}`) }];
}

/** « Objet : … », when the letter has one. */
export function objetBlocks(letter: Pick<Letter, 'objet'>, typeset: Typeset): DocBlock[] {
  const objet = letter.objet.trim();
  return objet ? [{ kind: 'paragraph', text: typeset(`Objet : ${objet}`) }] : [];
}

/** A reference as printed: « Vu » first, added when the line does not start with it. */
export function vuLine(text: string): string {
  // Cleaned first: a pasted invisible character must not hide the « Vu » already there.
  const line = cleanInvisible(text).trim();
  if (/^vu\b/i.test(line)) return `Vu${line.slice(2)}`;
  return `Vu ${line}`;
}

/** The copy lines under their « Copie : » heading (a line that already says « Copie » keeps it). */
export function copiesBlocks(lines: readonly string[], typeset: Typeset): DocBlock[] {
  if (lines.length === 0) return [];
  const headed = /^copies?\b/i.test(lines[0] ?? '');
  return [{ kind: 'copies', lines: headed ? [...lines] : [typeset(COPIES_HEADING), ...lines] }];
}
