import type { UserModel } from '../schemas/user-model';
import { isRecord } from '../schemas/is-record';
import type { StoredUserModels } from './repository';
import { migrateUserModel } from './migrate';
import { quotedTitle } from '../persistence/record-label';

// The user models' part of a backup file (`models: UserModel[]`): what « Télécharger toutes mes
// lettres » writes, and how an import reads it. Planning and writing are the backup's
// (`src/lib/backup/`), in the same atomic write as the letters.

/** The models to write into a backup: every readable one (set-aside ones stay in quarantine). */
export async function modelsForBackup(repo: Pick<StoredUserModels, 'list'>): Promise<UserModel[]> {
  return (await repo.list()).models;
}

/**
 * The user's model a letter was written from, as a backup carries it (none for a ready model,
 * or when it is gone or unreadable): a letter's PDF embeds it with the letter, so that the PDF
 * reopens in a browser that does not have the model. Never throws (the PDF is made either way).
 */
export async function modelsOfLetter(
  repo: Pick<StoredUserModels, 'open'>,
  letter: { readonly typeId: string },
): Promise<UserModel[]> {
  try {
    const opened = await repo.open(letter.typeId);
    return opened.kind === 'found' ? [opened.record] : [];
  } catch {
    return [];
  }
}

/**
 * « sauvegarde › modèle 2 (« Lettre de mission de référent Zéphyr ») »: where a model sits in
 * the file, and its title when it has one, so the user knows which model is meant.
 */
export function backupModelSource(raw: unknown, index: number): string {
  const place = `sauvegarde › modèle ${index + 1}`;
  const model = isRecord(raw) ? raw['model'] : undefined;
  const title = isRecord(model) ? model['title'] : undefined;
  const quoted = quotedTitle(title);
  return quoted ? `${place} (${quoted})` : place;
}

/**
 * A backup's models checked (and migrated) one by one, as letters are; any problem refuses them
 * all, each named in French by the model's place and title, and the field. Two models with the
 * same id are refused too: the file would not say which one its letters were written from.
 */
export function readBackupModels(
  raw: readonly unknown[] | undefined,
): { ok: true; models: UserModel[] } | { ok: false; problems: string[] } {
  const models: UserModel[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  (raw ?? []).forEach((entry, index) => {
    const source = backupModelSource(entry, index);
    const result = migrateUserModel(entry, source);
    if (!result.ok) return void problems.push(...result.problems);
    const { id } = result.record;
    if (seen.has(id))
      problems.push(
        `${source} › l’identifiant du modèle\u00a0: identifiant «\u00a0${id}\u00a0» présent deux fois`,
      );
    seen.add(id);
    models.push(result.record);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, models };
}
