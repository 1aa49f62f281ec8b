import { storedLetterSchema, type Letter } from '../schemas/letter';
import { overLimitTexts, type OverLimit } from '../checks/over-limit';
import { duplicateLetter } from '../letters/duplicate';
import { letterSchoolYear } from '../letters/letter-year';
import { findYearBoundTexts, type YearBoundText } from '../letters/year-bound';
import { findDatesToCheck, type DateToCheck } from '../letters/date-review';
import { newId } from '../ids/new-id';
import { fieldIssues, type FieldIssue } from '../validation/issues';
import { letterPlace } from '../schemas/field-path';
import { frenchErrorMap } from '../validation/french-issues';
import { rolloverIdentity } from './identity';

/** One letter to copy into the next school year. */
export interface RolloverCopy {
  /** The letter of the chosen year, as stored. */
  source: Letter;
  /** Its copy for the next year: new id, moved on by `moveToNextYear`, dated today. */
  copy: Letter;
  /** The copy's texts citing a past year or date, for the head to review in the editor. */
  review: YearBoundText[];
  /**
   * Its texts longer than today's limits, copied whole as an import or « Dupliquer » keeps them
   * (a letter stored before the limits): to shorten in the editor before the PDF.
   */
  tooLong: OverLimit[];
  /**
   * The copy's dates to look at again (`findDatesToCheck`): those kept because they fell before
   * the school year, and those on a weekend or a public holiday once moved.
   */
  dates: DateToCheck[];
}

/**
 * Why a letter is left out: no school year, already copied into the next year, its person gone,
 * or a copy that could not be stored at all (a damaged record; a text over its limit is not
 * one: it is copied whole, as an import keeps it).
 */
export type SkipReason =
  | { kind: 'no-year' }
  | { kind: 'already-copied'; existing: Letter }
  | { kind: 'gone'; person: string }
  | { kind: 'invalid'; issues: FieldIssue[] };

/** A letter left out of the rollover, and why. */
export interface SkippedLetter {
  letter: Letter;
  reason: SkipReason;
}

/** What rolling the school year starting in `from` over would write, before anything is. */
export interface RolloverPlan {
  /** First year of the school year copied (2026 for 2026-2027). */
  from: number;
  /** First year of the school year the copies are for (`from + 1`). */
  to: number;
  copies: RolloverCopy[];
  /** Left out: no school year, then already copied, then a person gone, then invalid copies. */
  skipped: SkippedLetter[];
}

/** Clock and id maker, injected in tests; the people who left, read from « Mon équipe ». */
export interface PlanOptions {
  now: Date;
  makeId?: () => string;
  /**
   * The people of « Mon équipe » marked as gone, by id, with their name as the team shows it:
   * a letter linked to one of them (`teamPersonId`) is not copied (`goneFromTeam`).
   */
  gone?: ReadonlyMap<string, string>;
}

/** Attempts at a fresh id before giving up: a random id repeats once in billions of draws. */
const ID_ATTEMPTS = 100;

/** An id maker that never returns an id in `taken`, and adds each id it returns to it. */
function uniqueIds(makeId: () => string, taken: Set<string>): () => string {
  return () => {
    for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
      const id = makeId();
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
    throw new Error(`No fresh letter id after ${ID_ATTEMPTS} attempts`);
  };
}

/**
 * The copies to make to start the school year after `from` from its letters, without writing
 * anything. Each copy is the one « Dupliquer pour l’année suivante » makes (`duplicateLetter`
 * with `nextYear`): school years moved on, dates of the year moved to the same weekday a year
 * later (`moveToSameWeekday`), the copy dated `now`, revision 0, under an id no letter has.
 *
 * Left out, and said: every letter without a school year (nothing tells which year it belongs
 * to, so the head may want to fill it in); every letter of `from` already copied, i.e. one
 * with the same identity (`rolloverIdentity`: same model, same person) is in the next year, so
 * running the rollover twice copies nothing the second time; every letter whose person
 * « Mon équipe » marks as gone (they will not be here next year: marking them back as present
 * proposes the letter again); and a copy the schema refuses.
 */
export function planRollover(
  letters: readonly Letter[],
  from: number,
  { now, makeId = newId, gone = new Map() }: PlanOptions,
): RolloverPlan {
  const to = from + 1;
  const nextYear = new Map<string, Letter>();
  for (const letter of letters) {
    if (letterSchoolYear(letter) !== to) continue;
    const identity = rolloverIdentity(letter);
    if (!nextYear.has(identity)) nextYear.set(identity, letter);
  }
  const ids = uniqueIds(makeId, new Set(letters.map((letter) => letter.id)));
  const copies: RolloverCopy[] = [];
  const noYear: SkippedLetter[] = [];
  const copied: SkippedLetter[] = [];
  const left: SkippedLetter[] = [];
  const invalid: SkippedLetter[] = [];
  for (const letter of letters) {
    const year = letterSchoolYear(letter);
    if (year === null) {
      noYear.push({ letter, reason: { kind: 'no-year' } });
      continue;
    }
    if (year !== from) continue;
    const existing = nextYear.get(rolloverIdentity(letter));
    if (existing) {
      copied.push({ letter, reason: { kind: 'already-copied', existing } });
      continue;
    }
    const person = letter.teamPersonId === null ? undefined : gone.get(letter.teamPersonId);
    if (person !== undefined) {
      left.push({ letter, reason: { kind: 'gone', person } });
      continue;
    }
    const copy = duplicateLetter(letter, { nextYear: true, now, makeId: ids });
    const issues = copyIssues(copy);
    if (issues.length > 0) invalid.push({ letter, reason: { kind: 'invalid', issues } });
    else copies.push({ source: letter, copy, ...copyReview(copy) });
  }
  return { from, to, copies, skipped: [...noYear, ...copied, ...left, ...invalid] };
}

/** What to look at again in a copy, before the write (the summary) and after (the result). */
export function copyReview(copy: Letter): Pick<RolloverCopy, 'review' | 'dates' | 'tooLong'> {
  return {
    review: findYearBoundTexts(copy),
    dates: findDatesToCheck(copy),
    tooLong: overLimitTexts(copy),
  };
}

/**
 * What keeps a copy from being written, as the repository writes copies (`importAll`): checked
 * as a stored letter is read, so a text stored before the length limits is copied whole, as an
 * import or « Dupliquer » keeps it, and listed to shorten (`tooLong`). Left out, a copy the
 * stored schema refuses does not stop the others.
 */
function copyIssues(copy: Letter): FieldIssue[] {
  const result = storedLetterSchema.safeParse(copy, { errorMap: frenchErrorMap });
  if (result.success) return [];
  return fieldIssues(result.error, (path) => letterPlace(path, copy));
}

/**
 * Whether two plans would write the same thing: the same letters copied (at the same
 * revision) and the same left out. Used to tell whether the letters changed (another tab)
 * between the summary the head read and the click that writes.
 */
export function samePlan(a: RolloverPlan, b: RolloverPlan): boolean {
  const sources = (plan: RolloverPlan) =>
    plan.copies.map(({ source }) => `${source.id}@${source.revision}`).join(' ');
  const skipped = (plan: RolloverPlan) =>
    plan.skipped.map(({ letter, reason }) => `${letter.id}:${reason.kind}`).join(' ');
  return a.from === b.from && sources(a) === sources(b) && skipped(a) === skipped(b);
}
