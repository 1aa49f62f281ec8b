import type { ImportChoice, ImportPlan } from '../../../src/lib/backup/plan';
import { runImport, type ImportReport } from '../../../src/lib/backup/run';
import { keys } from '../../../src/lib/persistence/keys';
import { LetterRepository } from '../../../src/lib/letters/repository';
import type { Letter } from '../../../src/lib/schemas/letter';
import { emptySchool, type School } from '../../../src/lib/schemas/school';
import { makeLetter } from '../../fixtures/make-letter';
import { atStep, type Fault, type FaultPlan } from './fault-store';
import { total, unconsentedChanges, type FaultOutcome, type FaultScenario } from './outcome';
import { Browser, seed, seedLetter, settle } from './tabs';

/** How many letters the backup brings: four new ones and one whose id is used here. */
const FRESH = 4;

/** The backup's letters, its school, and what the user chose for the clash. */
interface ImportCase {
  choice: ImportChoice;
  /** Whether « Mon établissement » is empty here, so the backup's school is written too. */
  blankSchool: boolean;
}

const backupSchool: School = { ...emptySchool, etablissement: 'Lycée de la sauvegarde' };
/** The backup's copy of the seed letter, saved once more elsewhere: newer than the one here. */
const clash: Letter = {
  ...seedLetter,
  title: 'Version de la sauvegarde',
  revision: seedLetter.revision + 1,
};
const plan = (): ImportPlan => ({
  fresh: Array.from({ length: FRESH }, (_, i) => makeLetter(`import${i}`)),
  newer: [clash],
  older: [],
  same: [],
});

const titleOf = (record: unknown) => (record as Partial<Letter> | undefined)?.title;

async function prepare({ blankSchool }: ImportCase): Promise<Browser> {
  const browser = new Browser();
  await seed(browser.store);
  if (blankSchool) await new LetterRepository(browser.store).school.save({ ...emptySchool }, 1);
  return browser;
}

/**
 * What the user agreed to by confirming: the new letters added, the clash added as a copy
 * (`keep-both`) or written over the letter here (`replace`), the school if none was entered.
 */
function consented(importCase: ImportCase, letters: ImportPlan) {
  const fresh = new Map(letters.fresh.map((letter) => [keys.letter(letter.id), letter.title]));
  return (key: string, was: unknown, now: unknown): boolean => {
    if (fresh.has(key)) return was === undefined && titleOf(now) === fresh.get(key);
    if (key === 'school') return importCase.blankSchool && now !== undefined;
    if (importCase.choice === 'replace')
      return key === keys.letter(clash.id) && titleOf(now) === clash.title;
    const copy = now as Partial<Letter> | undefined;
    return was === undefined && copy?.title === clash.title && copy.revision === 0;
  };
}

/**
 * One import meeting `faultPlan`. Lost: a letter of the backup the page says was imported
 * (no failure shown) but that is not stored. Changed: any record the confirmation did not cover.
 */
async function runCase(importCase: ImportCase, faultPlan: FaultPlan, hangs: boolean) {
  const browser = await prepare(importCase);
  const letters = plan();
  const before = await browser.store.snapshot();
  browser.store.arm(faultPlan);
  let report: ImportReport | undefined;
  const importing = runImport(browser.services(), letters, importCase.choice, backupSchool).then(
    (done) => (report = done),
  );
  if (hangs) await settle();
  else await importing;
  const after = await browser.store.snapshot();
  const storedTitles = new Set([...after.values()].map(titleOf));
  const reportedDone = report?.ok === true;
  const lost = reportedDone
    ? [...letters.fresh, clash].filter((letter) => !storedTitles.has(letter.title)).length
    : 0;
  const changed = unconsentedChanges(before, after, consented(importCase, letters));
  if (hangs) void browser.close();
  else await browser.close();
  return { tried: 1, lost, changedWithoutConsent: changed };
}

/** The import with `fault` at each of its store calls (each of its writes, for `quota`). */
async function faultAtEachStep(importCase: ImportCase, fault: Fault): Promise<FaultOutcome> {
  const browser = await prepare(importCase);
  let writes = 0;
  browser.store.arm((op) => {
    if (op === 'set' || op === 'setMany') writes += 1;
    return null;
  });
  await runImport(browser.services(), plan(), importCase.choice, backupSchool);
  const steps = fault === 'quota' ? writes : browser.store.calls;
  await browser.close();
  const outcomes: FaultOutcome[] = [];
  for (let k = 0; k < steps; k += 1)
    outcomes.push(await runCase(importCase, atStep(fault, k), fault === 'hang'));
  return total(outcomes);
}

const cases: [string, ImportCase][] = [
  ['keep both', { choice: 'keep-both', blankSchool: false }],
  ['replace', { choice: 'replace', blankSchool: false }],
  ['keep both, school empty here', { choice: 'keep-both', blankSchool: true }],
];
const faults: [Fault, string][] = [
  ['quota', 'quota exceeded at record k of n'],
  ['throw', 'store throws at call k'],
  ['lost', 'connection lost at call k'],
  ['hang', 'store hangs at call k'],
];

/** A backup of five letters (one clashing) imported while storage fails at each step. */
export const importScenarios: FaultScenario[] = faults.flatMap(([fault, faultName]) =>
  cases.map(([caseName, importCase]) => ({
    group: `backup import · ${faultName}`,
    name: caseName,
    run: () => faultAtEachStep(importCase, fault),
  })),
);
