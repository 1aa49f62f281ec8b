import type { Letter } from '../schemas/letter';
import type { School } from '../schemas/school';
import type { UserModel } from '../schemas/user-model';
import { isBlank } from '../school/blank';
import type { LetterRepository } from '../letters/repository';
import type { LetterChannel } from '../persistence/channel';
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
 * What the page says after an import. `imported` and `importedModels` are exactly the letters
 * and models now in storage from this import (all of them when `ok`; none, or the ones listed,
 * when not).
 */
export type ImportReport =
  | { ok: true; notice: string; imported: Letter[]; importedModels: UserModel[] }
  | {
      ok: false;
      message: string;
      technical: string;
      imported: Letter[];
      importedModels: UserModel[];
    };

/**
 * Writes a confirmed import (all letters and models or none, see `writeImport`), tells other
 * tabs about every letter written, then keeps the backup's school if « Mon établissement » is
 * empty, and its team if « Mon équipe » has nobody.
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
    const { message, technical } = failure;
    return { ok: false, message, technical, imported: [], importedModels: [] };
  }
  const importedModels = outcome.writtenModels;
  for (const letter of outcome.written)
    channel.announce({ kind: 'saved', id: letter.id, revision: letter.revision });
  if (!outcome.ok) {
    const technical =
      outcome.reason === 'storage' ? classifyStorageError(outcome.error).technical : '';
    const message = failedMessage(outcome);
    return { ok: false, message, technical, imported: outcome.written, importedModels };
  }
  try {
    // Read and written under the lock with a new revision: a tab editing it gets a conflict.
    const keepSchool =
      school !== null && !isBlank(school) && (await repo.school.fillIfBlank(school)) !== null;
    if (keepSchool) channel.announce({ kind: 'school-saved' });
    const team = await keepTeam(repo, channel, plan);
    const notice = `${doneSentence(outcome, keepSchool, team.kept)}${team.failed}`;
    return { ok: true, notice, imported: outcome.written, importedModels };
  } catch (error) {
    // The letters are in: the import succeeded, only the school was not kept.
    const failure = classifyStorageError(error, 'school');
    const notice = `${doneSentence(outcome, false)} ${failure.message}`;
    return { ok: true, notice, imported: outcome.written, importedModels };
  }
}

/**
 * Writes the backup's team where « Mon équipe » has nobody (under the lock, with a new
 * revision: a tab editing it gets a conflict). Returns how many people it brought (0: kept as
 * it was) and, when the write failed, the sentence saying so; the import stands either way.
 */
async function keepTeam(
  repo: LetterRepository,
  channel: LetterChannel,
  plan: ImportPlan,
): Promise<{ kept: number; failed: string }> {
  if (!plan.team) return { kept: 0, failed: '' };
  try {
    const written = await repo.team.fillIfBlank(plan.team);
    if (written === null) return { kept: 0, failed: '' };
    channel.announce({ kind: 'team-saved' });
    return { kept: written.people.length, failed: '' };
  } catch (error) {
    return { kept: 0, failed: ` ${classifyStorageError(error, 'team').message}` };
  }
}
