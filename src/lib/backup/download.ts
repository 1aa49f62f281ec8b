import type { Letter } from '../schemas/letter';
import type { School } from '../schemas/school';
import { downloadText } from '../download';
import { backupFileName, serializeBackup } from './format';

/** Downloads one letter, or all of them with the school, as a backup file. */
export function downloadBackup(letters: readonly Letter[], school: School | null): void {
  const now = new Date();
  const single = letters.length === 1 && !school ? letters[0] : undefined;
  downloadText(backupFileName(now, single), serializeBackup(letters, school, now));
}
