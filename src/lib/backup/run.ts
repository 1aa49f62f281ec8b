import type { Letter } from '../schemas/letter';
import type { School } from '../schemas/school';
import { isBlank } from '../school/blank';
import type { LetterRepository } from '../letters/repository';
import type { LetterChannel } from '../letters/channel';
import { classifyStorageError } from '../storage/failure';
import { writeImport, type ApplyOptions } from './apply';
import type { ImportChoice, ImportPlan } from './plan';
import { doneSentence, failedMessage } from './outcome';

/** What an import needs from the page. */
export interface ImportServices {
  repo: LetterRepository;
  channel: LetterChannel;
}

/**
 * What the page says after an import. `imported` is exactly the letters now in storage from
 * this import (all of them when `ok`; none, or the ones listed, when not).
 */
export type ImportReport =
  | { ok: true; notice: string; imported: Letter[] }
  | { ok: false; message: string; technical: string; imported: Letter[] };

/**
 * Writes a confirmed import (all letters or none, see `applyImport`), tells other tabs about
 * every letter written, then keeps the backup's school if « Mon établissement » is empty.
 * Never throws: every failure becomes a French report saying what is in.
 */
export async function runImport(
  { repo, channel }: ImportServices,
  plan: ImportPlan,
  choice: ImportChoice,
  school: School | null,
  options: ApplyOptions = {},
): Promise<ImportReport> {
  let outcome;
  try {
    outcome = await writeImport(repo, plan, choice, options);
  } catch (error) {
    // Reading the letters again failed: nothing was written.
    const failure = classifyStorageError(error, 'import-write');
    return { ok: false, message: failure.message, technical: failure.technical, imported: [] };
  }
  for (const letter of outcome.written)
    channel.announce({ kind: 'saved', id: letter.id, revision: letter.revision });
  if (!outcome.ok) {
    const technical =
      outcome.reason === 'storage' ? classifyStorageError(outcome.error).technical : '';
    return { ok: false, message: failedMessage(outcome), technical, imported: outcome.written };
  }
  try {
    // Read and written under the lock with a new revision: a tab editing it gets a conflict.
    const keepSchool =
      school !== null && !isBlank(school) && (await repo.school.fillIfBlank(school)) !== null;
    if (keepSchool) channel.announce({ kind: 'school-saved' });
    return { ok: true, notice: doneSentence(outcome, keepSchool), imported: outcome.written };
  } catch (error) {
    // The letters are in: the import succeeded, only the school was not kept.
    const failure = classifyStorageError(error, 'school');
    const notice = `${doneSentence(outcome, false)} ${failure.message}`;
    return { ok: true, notice, imported: outcome.written };
  }
}
