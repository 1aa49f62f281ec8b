import { personName } from '../letters/roles';
import type { Letter } from '../schemas/letter';
import type { School } from '../schemas/school';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../schemas/backup';

/** The backup file's text: pretty JSON, readable by a person who opens it. */
export function serializeBackup(
  letters: readonly Letter[],
  school: School | null,
  now: Date,
): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    ...(school ? { school } : {}),
    letters: [...letters],
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** Lower-case ASCII words joined by dashes: safe in a file name on every system. */
export function slugify(text: string, maxLength = 60): string {
  return text
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

/** The user's local date as yyyy-mm-dd (the day they see, not the UTC one). */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * `lettres-de-mission-sauvegarde-2026-11-22.json` for everything, or for one letter
 * `lettre-de-mission-marie-curie-2026-11-22.json` (the person, else the title).
 */
export function backupFileName(now: Date, letter?: Letter): string {
  const date = localDate(now);
  if (!letter) return `lettres-de-mission-sauvegarde-${date}.json`;
  const slug = slugify(personName(letter)) || slugify(letter.title) || 'lettre';
  return `lettre-de-mission-${slug}-${date}.json`;
}
