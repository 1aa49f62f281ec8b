import type { LetterEditor } from '../../../src/lib/editor/letter-editor.svelte';
import { setTitle } from '../../../src/lib/letters/commands/values';
import { keys } from '../../../src/lib/persistence/keys';
import type { Letter } from '../../../src/lib/schemas/letter';
import { atStep, type Fault, type FaultPlan } from './fault-store';
import { total, unconsentedChanges, type FaultOutcome, type FaultScenario } from './outcome';
import { Browser, seed, seedLetter, settle } from './tabs';

/** The edit typed while storage fails. */
const EDIT = 'Modification pendant la panne';

/** Which write of a letter is faulted. */
export type SaveStep =
  /** A new letter's first write (the editor opened without `?id=`). */
  | 'first'
  /** A later write of a letter already saved once in this tab. */
  | 'later'
  /** « Garder ma version » after another tab saved first. */
  | 'after-conflict';

/** The editor of one case, ready for the faulted write; `write` makes it. */
interface Prepared {
  browser: Browser;
  editor: LetterEditor;
  write: () => Promise<void>;
}

async function prepare(step: SaveStep): Promise<Prepared> {
  const browser = new Browser();
  await seed(browser.store);
  if (step === 'first') {
    const editor = await browser.editor(null);
    const write = () => (editor.apply(setTitle(EDIT)), editor.retry());
    return { browser, editor, write };
  }
  const editor = await browser.editor(seedLetter.id);
  if (step === 'later') {
    editor.apply(setTitle('Première modification'));
    await editor.retry();
    return { browser, editor, write: () => (editor.apply(setTitle(EDIT)), editor.retry()) };
  }
  // Another tab saves first; this tab's edit then meets the conflict, and the user keeps it.
  await browser.repo().save({ ...seedLetter, title: 'Version de l’autre onglet' }, 0);
  editor.apply(setTitle(EDIT));
  await editor.retry();
  if (editor.status.state !== 'conflict') throw new Error('the conflict was not raised');
  return { browser, editor, write: () => editor.keepMine() };
}

const titleOf = (record: unknown) => (record as Partial<Letter> | undefined)?.title;

/** Whether the edit is stored under the letter's key. */
async function stored(prepared: Prepared): Promise<boolean> {
  const records = await prepared.browser.store.snapshot();
  return titleOf(records.get(keys.letter(prepared.editor.letter.id))) === EDIT;
}

/** The page still has the edit, and does not claim it is saved. */
const heldInPage = ({ editor }: Prepared) =>
  editor.snapshot().title === EDIT && editor.status.state !== 'saved';

/**
 * One case: the write meets `plan`; the edit must be stored, or kept in the page with a status
 * other than « Enregistré »; once storage works again, « Réessayer » must store it. Only the
 * letter being edited may change, and only to the edit.
 */
async function runCase(step: SaveStep, plan: FaultPlan, hangs: boolean): Promise<FaultOutcome> {
  const prepared = await prepare(step);
  const { browser, editor } = prepared;
  const before = await browser.store.snapshot();
  browser.store.arm(plan);
  const writing = prepared.write();
  if (hangs) await settle();
  else await writing;
  let lost = !(await stored(prepared)) && !heldInPage(prepared);
  if (!hangs) {
    browser.store.disarm();
    await editor.retry();
    lost ||= !(await stored(prepared));
  }
  const target = keys.letter(editor.letter.id);
  const changed = unconsentedChanges(
    before,
    await browser.store.snapshot(),
    (key, _was, now) => key === target && titleOf(now) === EDIT,
  );
  // A hung write never ends: its tab is left open, as a frozen tab would be.
  if (hangs) void browser.close();
  else await browser.close();
  return { tried: 1, lost: lost ? 1 : 0, changedWithoutConsent: changed };
}

/** How many store calls (or writes, for `quota`) the write makes when nothing fails. */
async function stepsOf(step: SaveStep, fault: Fault): Promise<number> {
  const prepared = await prepare(step);
  let writes = 0;
  prepared.browser.store.arm((op) => {
    if (op === 'set' || op === 'setMany') writes += 1;
    return null;
  });
  await prepared.write();
  const steps = fault === 'quota' ? writes : prepared.browser.store.calls;
  await prepared.browser.close();
  return steps;
}

/** The write of `step` with `fault` injected at each of its store calls in turn. */
export async function faultAtEachStep(step: SaveStep, fault: Fault): Promise<FaultOutcome> {
  const steps = await stepsOf(step, fault);
  const outcomes: FaultOutcome[] = [];
  for (let k = 0; k < steps; k += 1)
    outcomes.push(await runCase(step, atStep(fault, k), fault === 'hang'));
  return total(outcomes);
}

const steps: SaveStep[] = ['first', 'later', 'after-conflict'];
const stepNames: Record<SaveStep, string> = {
  first: 'first write of a new letter',
  later: 'later write',
  'after-conflict': '« garder ma version » after a conflict',
};
const faults: Fault[] = ['quota', 'throw', 'lost', 'hang'];
const faultNames: Record<Fault, string> = {
  quota: 'quota exceeded',
  throw: 'store throws',
  lost: 'connection lost mid-write',
  hang: 'store hangs',
};

/** Every save step with every fault, at each store call of the write. */
export const letterSaveScenarios: FaultScenario[] = steps.flatMap((step) =>
  faults.map((fault) => ({
    group: `letter save · ${faultNames[fault]}`,
    name: `${stepNames[step]}, at each store call`,
    run: () => faultAtEachStep(step, fault),
  })),
);
