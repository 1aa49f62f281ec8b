import type { Letter } from '../schemas/letter';
import type { School } from '../schemas/school';
import type { UserModel } from '../schemas/user-model';
import { downloadText } from '../files/download';
import { backupFileName, serializeBackup } from './format';

/** Downloads one letter, or all of them with the school and the user's models, as a backup file. */
export function downloadBackup(
  letters: readonly Letter[],
  school: School | null,
  models: readonly UserModel[] = [],
): void {
  const now = new Date();
  const single = letters.length === 1 && !school && models.length === 0 ? letters[0] : undefined;
  downloadText(backupFileName(now, single), serializeBackup(letters, school, now, models));
}
