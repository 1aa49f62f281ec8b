import type { Letter } from '../schemas/letter';
import type { Backup } from '../schemas/backup';
import type { LetterRepository } from '../letters/repository';
import { newId } from '../ids';
import { formatCount, plural } from '../text/plural';

/** What an import would do, before the user confirms. */
export interface ImportPlan {
  /** Letters whose id is not used here: added as they are. */
  fresh: Letter[];
  /** Letters whose id is already used by a letter here: the user chooses what to do. */
  clashes: Letter[];
  /** How many letters repeated an id inside them and were given new ones; absent: none. */
  repairedLetters?: number;
}

/** For a clash: add a copy under a new id, or replace the letter here. */
export type ImportChoice = 'keep-both' | 'replace';

/** What an import did; `written` is every letter stored, to announce to other tabs. */
export interface ImportResult {
  added: number;
  replaced: number;
  written: Letter[];
}

/**
 * Sorts the backup's letters into fresh ones and those whose id already exists here;
 * `repairedLetters` (from `parseBackup`) is carried along for the summary.
 */
export function planImport(
  existingIds: ReadonlySet<string>,
  backup: Backup,
  repairedLetters = 0,
): ImportPlan {
  const fresh: Letter[] = [];
  const clashes: Letter[] = [];
  for (const letter of backup.letters) (existingIds.has(letter.id) ? clashes : fresh).push(letter);
  return repairedLetters === 0 ? { fresh, clashes } : { fresh, clashes, repairedLetters };
}

/** The sentence telling that repeated ids were renamed, or nothing. */
function repairSentence(plan: ImportPlan): string {
  const count = plan.repairedLetters ?? 0;
  if (count === 0) return '';
  const letters =
    count === 1
      ? 'Une lettre répétait un identifiant (deux missions, paragraphes ou sections portant le même)'
      : `${formatCount(count)} lettres répétaient un identifiant (deux missions, paragraphes ou sections portant le même)`;
  return ` ${letters}\u00a0: de nouveaux identifiants ont été donnés, le texte ne change pas.`;
}

/**
 * Writes the plan. `keep-both` stores each clashing letter under a new id (revision 0), so
 * nothing is ever silently replaced; `replace` overwrites it, with a revision above the stored
 * one so a tab still editing the old version gets a conflict instead of overwriting the import.
 */
export async function applyImport(
  repo: Pick<LetterRepository, 'get' | 'restore'>,
  plan: ImportPlan,
  choice: ImportChoice,
  makeId: () => string = newId,
): Promise<ImportResult> {
  const written: Letter[] = [];
  let replaced = 0;
  for (const letter of plan.fresh) written.push(await repo.restore(letter));
  for (const letter of plan.clashes) {
    if (choice === 'keep-both') {
      written.push(await repo.restore({ ...letter, id: makeId(), revision: 0 }));
      continue;
    }
    const stored = await repo.get(letter.id);
    const revision = Math.max(letter.revision, (stored?.revision ?? -1) + 1);
    written.push(await repo.restore({ ...letter, revision }));
    replaced += 1;
  }
  return { added: written.length - replaced, replaced, written };
}

/** French sentences saying what the import will do, for the confirmation dialog. */
export function summarise(plan: ImportPlan): string {
  return counts(plan) + repairSentence(plan);
}

function counts(plan: ImportPlan): string {
  const fresh = plan.fresh.length;
  const clashes = plan.clashes.length;
  if (fresh === 0 && clashes === 0) return 'La sauvegarde ne contient aucune lettre.';
  const clash =
    clashes === 1
      ? 'porte le même identifiant qu’une lettre existante'
      : 'portent le même identifiant que des lettres existantes';
  if (fresh === 0) return `${plural(clashes, 'lettre', 'lettres')} ${clash}.`;
  const added = plural(fresh, 'lettre sera ajoutée', 'lettres seront ajoutées');
  if (clashes === 0) return `${added}.`;
  return `${added}\u202f; ${formatCount(clashes)} ${clash}.`;
}
