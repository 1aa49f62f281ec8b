import { letterSchema, type Letter } from '../schemas/letter';
import type { LetterType } from '../schemas/letter-type';
import type { School } from '../schemas/school';
import type { LetterRepository } from '../letters/repository';
import type { LetterChannel } from '../persistence/channel';
import { LETTER_PREFIX } from '../persistence/keys';
import { newId } from '../ids/new-id';
import { classifyStorageError } from '../storage/failure';
import { checkSpace, recordBytes, type EstimateSpace } from '../storage/space';
import { PartialWriteError } from '../storage/write-all';
import { letterPlace } from '../schemas/field-path';
import { frenchErrorMap } from '../validation/french-issues';
import { fieldIssues, issueSentence } from '../validation/issues';
import { formatMegabytes } from '../backup/outcome';
import { plural } from '../text/plural';
import type { Person } from './person';
import { letterForPerson } from './to-letter';

/** What the bulk page needs from storage: the letters' repository and the cross-tab channel. */
export interface BulkServices {
  repo: Pick<LetterRepository, 'restoreAll'>;
  channel: Pick<LetterChannel, 'announce'>;
}

/** What the letters are made of: the model, « Mon établissement », the shared values. */
export interface BulkModel {
  typeId: string;
  model: LetterType;
  school: School;
  shared: Readonly<Record<string, string>>;
}

/** A letter made for the person of a line of the list. */
export interface MadeLetter {
  line: number;
  person: Person;
  letter: Letter;
}

/**
 * After « Créer les lettres »: `created` are in storage; `refused` are the lines whose letter
 * failed the letter's own checks (nothing written for them). When `ok` is false nothing was
 * written, except `created` when a write failed midway and could not be undone.
 */
export type CreateOutcome =
  | { ok: true; created: MadeLetter[]; refused: { line: number; message: string }[] }
  | { ok: false; message: string; technical: string; created: MadeLetter[] };

/** Injected in tests: the clock, ids, the browser's space estimate. */
export interface CreateOptions {
  now?: Date;
  makeId?: () => string;
  estimate?: EstimateSpace;
  /** Gives the page a turn every few letters, so a long list never freezes it. */
  pause?: () => Promise<void>;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The letter's own problems, as one French sentence part, or null when it is valid. */
function letterProblems(letter: Letter): string | null {
  const result = letterSchema.safeParse(letter, { errorMap: frenchErrorMap });
  if (result.success) return null;
  return issueSentence(fieldIssues(result.error, (path) => letterPlace(path, letter)));
}

/**
 * Makes one letter per person and writes them all in one go (one transaction where the store
 * allows it, see `restoreAll`), after checking there is room. A letter that fails its checks
 * is left out and reported with its line; it never stops the others. Tells other tabs about
 * every letter written. Never throws: a storage failure becomes a French message.
 */
export async function createLetters(
  { repo, channel }: BulkServices,
  { typeId, model, school, shared }: BulkModel,
  people: readonly { line: number; person: Person }[],
  { now = new Date(), makeId = newId, estimate, pause = macrotask }: CreateOptions = {},
): Promise<CreateOutcome> {
  const made: MadeLetter[] = [];
  const refused: { line: number; message: string }[] = [];
  for (const [index, { line, person }] of people.entries()) {
    if (index % 10 === 9) await pause();
    const letter = letterForPerson(typeId, model, school, shared, person, now, makeId);
    const problems = letterProblems(letter);
    if (problems === null) made.push({ line, person, letter });
    else refused.push({ line, message: `Ligne ${line}\u00a0: lettre impossible, ${problems}.` });
  }
  const space = await checkSpace(
    made.reduce((sum, { letter }) => sum + recordBytes(letter), 0),
    estimate,
  );
  if (!space.ok) {
    const message =
      `Aucune lettre n’a été créée\u00a0: il faut environ ${formatMegabytes(space.needed)} et il ` +
      `reste ${formatMegabytes(space.free)} dans le stockage du navigateur. Libérez de l’espace ` +
      'ou créez les lettres en plusieurs fois.';
    return { ok: false, message, technical: '', created: [] };
  }
  try {
    await repo.restoreAll(made.map(({ letter }) => letter));
  } catch (error) {
    const left = new Set(error instanceof PartialWriteError ? error.keys : []);
    const created = made.filter(({ letter }) => left.has(LETTER_PREFIX + letter.id));
    announce(channel, created);
    const failure = classifyStorageError(
      error instanceof PartialWriteError ? error.cause : error,
      'list-write',
    );
    const what =
      created.length === 0
        ? 'Aucune lettre n’a été créée.'
        : `Une partie seulement des lettres a été créée\u00a0: ${plural(created.length, 'lettre', 'lettres')} (ligne${created.length > 1 ? 's' : ''} ${created.map((item) => item.line).join(', ')}).`;
    return {
      ok: false,
      message: `${what} ${failure.message}`,
      technical: failure.technical,
      created,
    };
  }
  announce(channel, made);
  return { ok: true, created: made, refused };
}

function announce(channel: BulkServices['channel'], letters: readonly MadeLetter[]): void {
  for (const { letter } of letters)
    channel.announce({ kind: 'saved', id: letter.id, revision: letter.revision });
}
