import type { Letter } from '../schemas/letter';
import { letterFileName } from '../document/file-name';
import { roleField, roleValue } from '../document/roles';
import { slugify } from '../text/slug';

/**
 * A letter's file name naming its person, last and first name (two Duponts of the list are
 * told apart): « lettre-de-mission-coordonnateur-discipline-dupont-claire-2025-2026.pdf ».
 */
export function personFileName(letter: Letter, ext: string): string {
  const nom = roleField(letter.fields, 'nom');
  if (!nom) return letterFileName(letter, ext);
  const person = [roleValue(letter, 'nom'), roleValue(letter, 'prenom')].filter(Boolean).join(' ');
  return letterFileName({ ...letter, values: { ...letter.values, [nom.id]: person } }, ext);
}

/**
 * The names made unique, in order: a name met again gets « -2 », « -3 »… before its extension,
 * so no file of a ZIP replaces another.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate); n += 1) candidate = `${stem}-${n}${ext}`;
    taken.add(candidate);
    return candidate;
  });
}

/** The name of the file holding every letter: « lettres-de-mission-<model>-<year>.<ext> ». */
export function batchFileName(letter: Letter, ext: string): string {
  const year = slugify(roleValue(letter, 'anneeScolaire'));
  return [`lettres-${slugify(letter.typeId)}`, year].filter(Boolean).join('-') + `.${ext}`;
}
