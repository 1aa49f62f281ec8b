import { personName } from '../document/roles';
import type { Letter } from '../schemas/letter';
import type { School } from '../schemas/school';
import type { UserModel } from '../schemas/user-model';
import type { Team } from '../schemas/team';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../schemas/backup';
import { slugify } from '../text/slug';

/**
 * The backup file's text: pretty JSON, readable by a person who opens it. The user's models
 * come after the letters; without any, the file has no `models` entry (as before they existed).
 * « Mon équipe » comes after the school, only when it has people.
 */
export function serializeBackup(
  letters: readonly Letter[],
  school: School | null,
  now: Date,
  models: readonly UserModel[] = [],
  team: Team | null = null,
): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    ...(school ? { school } : {}),
    ...(team && team.people.length > 0 ? { team } : {}),
    letters: [...letters],
    ...(models.length > 0 ? { models: [...models] } : {}),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
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
  const slug = slugify(personName(letter), 60) || slugify(letter.title, 60) || 'lettre';
  return `lettre-de-mission-${slug}-${date}.json`;
}
