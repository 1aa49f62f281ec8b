import type { Letter } from '../schemas/letter';
import type { School } from '../schemas/school';
import type { UserModel } from '../schemas/user-model';
import type { Team } from '../schemas/team';
import { downloadText } from '../files/download';
import { backupFileName, serializeBackup } from './format';

/**
 * Downloads one letter, or all of them with the school, the user's models and « Mon équipe », as
 * a backup file.
 */
export function downloadBackup(
  letters: readonly Letter[],
  school: School | null,
  models: readonly UserModel[] = [],
  team: Team | null = null,
): void {
  const now = new Date();
  const alone = !school && models.length === 0 && !team?.people.length;
  const single = letters.length === 1 && alone ? letters[0] : undefined;
  downloadText(backupFileName(now, single), serializeBackup(letters, school, now, models, team));
}
