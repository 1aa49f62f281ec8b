import type { LetterEditor } from '../../../src/lib/editor/letter-editor.svelte';
import type { SchoolEditor } from '../../../src/lib/school-form/school-state.svelte';
import { setTitle, setValue } from '../../../src/lib/letters/commands/values';
import { keys } from '../../../src/lib/persistence/keys';
import { runImport } from '../../../src/lib/backup/run';
import type { Letter } from '../../../src/lib/schemas/letter';
import type { School } from '../../../src/lib/schemas/school';
import { unconsentedChanges, type FaultOutcome, type FaultScenario } from './outcome';
import { Browser, seed, seedLetter, settle } from './tabs';

const titleOf = (record: unknown) => (record as Partial<Letter> | undefined)?.title;

/** An edit typed in one tab: the tab, and whether a letter holds it. */
interface Edit {
  editor: LetterEditor;
  holds: (letter: Partial<Letter> | undefined) => boolean;
  /** The title the stored letter may have once this edit is written. */
  title?: string;
}

/** An edit of the letter's title. */
const titled = (editor: LetterEditor, title: string): Edit => ({
  editor,
  holds: (letter) => letter?.title === title,
  title,
});

/**
 * Whether an edit is lost: neither stored nor kept in its tab with a status other than
 * « Enregistré » (a conflict or a pending write keeps it, and says so).
 */
function lostEdits(edits: readonly Edit[], stored: unknown): number {
  return edits.filter(
    ({ editor, holds }) =>
      !holds(stored as Partial<Letter> | undefined) &&
      !(holds(editor.snapshot()) && editor.status.state !== 'saved'),
  ).length;
}

/**
 * Two tabs with the seed letter open; `interleave` types and saves in them. Lost: the last edit
 * of a tab that is gone without a word. Changed: anything but the letter, or the letter holding
 * something nobody typed.
 */
async function twoEditors(
  interleave: (a: LetterEditor, b: LetterEditor) => Promise<Edit[]>,
): Promise<FaultOutcome> {
  const browser = new Browser();
  await seed(browser.store);
  const a = await browser.editor(seedLetter.id);
  const b = await browser.editor(seedLetter.id);
  const before = await browser.store.snapshot();
  const edits = await interleave(a, b);
  await settle();
  const after = await browser.store.snapshot();
  const key = keys.letter(seedLetter.id);
  const typed = new Set(edits.flatMap((edit) => edit.title ?? []));
  const changed = unconsentedChanges(
    before,
    after,
    (k, _was, now) => k === key && typed.has(titleOf(now) ?? ''),
  );
  const lost = lostEdits(edits, after.get(key));
  await browser.close();
  return { tried: 1, lost, changedWithoutConsent: changed };
}

const letterCases: [string, (a: LetterEditor, b: LetterEditor) => Promise<Edit[]>][] = [
  [
    'B edits after hearing of A’s save',
    async (a, b) => {
      a.apply(setTitle('Version de A'));
      await a.retry();
      await settle();
      b.apply(setTitle('Version de B'));
      await b.retry();
      return [titled(b, 'Version de B')];
    },
  ],
  [
    'both edit, A saves first',
    async (a, b) => {
      a.apply(setTitle('Version de A'));
      b.apply(setTitle('Version de B'));
      await a.retry();
      await b.retry();
      return [titled(a, 'Version de A'), titled(b, 'Version de B')];
    },
  ],
  [
    'both edit and save at the same moment',
    async (a, b) => {
      a.apply(setTitle('Version de A'));
      b.apply(setTitle('Version de B'));
      await Promise.all([a.retry(), b.retry()]);
      return [titled(a, 'Version de A'), titled(b, 'Version de B')];
    },
  ],
  [
    'B keeps its version in the conflict, then A edits again',
    async (a, b) => {
      a.apply(setTitle('Version de A'));
      b.apply(setTitle('Version de B'));
      await a.retry();
      await b.retry();
      await b.keepMine(); // the user chose in B: A's version is replaced with consent
      await settle();
      // A, without edits, followed B: its next edit is made on B's version, which stays.
      a.apply(setValue('nom', 'Nouveau nom'));
      await a.retry();
      const renamed = (letter: Partial<Letter> | undefined) =>
        letter?.values?.['nom'] === 'Nouveau nom';
      return [{ editor: a, holds: renamed }, titled(b, 'Version de B')];
    },
  ],
];

/** A tab with the letter open, the other deleting it in « Mes lettres » and undoing. */
async function deleteAndUndo(typeInA: 'before-undo-saved' | 'before-undo-pending' | 'none') {
  const browser = new Browser();
  await seed(browser.store);
  const a = await browser.editor(seedLetter.id);
  const list = await browser.list();
  const before = await browser.store.snapshot();
  await list.remove(seedLetter.id);
  const edit = 'Version de A, après la suppression';
  if (typeInA !== 'none') a.apply(setTitle(edit));
  if (typeInA === 'before-undo-saved') await a.retry();
  await list.undo();
  await a.retry();
  await settle();
  const after = await browser.store.snapshot();
  const key = keys.letter(seedLetter.id);
  // The deletion and its undo are the user's; A's edit is A's. Nothing else.
  const changed = unconsentedChanges(
    before,
    after,
    (k, _was, now) => k === key && typeInA !== 'none' && titleOf(now) === edit,
  );
  const lost = typeInA === 'none' ? 0 : lostEdits([titled(a, edit)], after.get(key));
  await browser.close();
  return { tried: 1, lost, changedWithoutConsent: changed };
}

/** Tab B imports a backup replacing the letter tab A is editing. */
async function importOverEditing(): Promise<FaultOutcome> {
  const browser = new Browser();
  await seed(browser.store);
  const a = await browser.editor(seedLetter.id);
  const before = await browser.store.snapshot();
  const imported = {
    ...seedLetter,
    title: 'Version de la sauvegarde',
    revision: seedLetter.revision + 1,
  };
  a.apply(setTitle('Version de A'));
  const plan = { fresh: [], newer: [imported], older: [], same: [] };
  await runImport(browser.services(), plan, 'replace', null);
  await a.retry();
  await settle();
  const after = await browser.store.snapshot();
  const key = keys.letter(seedLetter.id);
  const typed = new Set([imported.title, 'Version de A']);
  const changed = unconsentedChanges(
    before,
    after,
    (k, _was, now) => k === key && typed.has(titleOf(now) ?? ''),
  );
  const lost = lostEdits([titled(a, 'Version de A')], after.get(key));
  await browser.close();
  return { tried: 1, lost, changedWithoutConsent: changed };
}

/**
 * « Mon établissement » open in two tabs. `in-turn`: B types only after hearing of A's save, so
 * both edits must be stored. `at-once`: both type and save at the same moment; one write wins,
 * the other tab must keep its edit and say so (a conflict), never show « Enregistré ».
 */
async function twoSchoolTabs(order: 'in-turn' | 'at-once'): Promise<FaultOutcome> {
  const browser = new Browser();
  await seed(browser.store);
  const a = await browser.school();
  const b = await browser.school();
  const before = await browser.store.snapshot();
  a.change('ville', 'Fontainebleau');
  if (order === 'in-turn') {
    await a.flush();
    await settle();
    b.change('chef', 'Mme Martin');
    await b.flush();
  } else {
    b.change('chef', 'Mme Martin');
    await Promise.all([a.flush(), b.flush()]);
  }
  await settle();
  const after = await browser.store.snapshot();
  const stored = after.get(keys.school) as School | undefined;
  const held = (tab: SchoolEditor, key: 'ville' | 'chef', value: string) =>
    stored?.[key] === value || (tab.snapshot()[key] === value && tab.status.state !== 'saved');
  const lost = [held(a, 'ville', 'Fontainebleau'), held(b, 'chef', 'Mme Martin')].filter(
    (kept) => !kept,
  ).length;
  const consented = (school: School) =>
    order === 'in-turn'
      ? school.ville === 'Fontainebleau' && school.chef === 'Mme Martin'
      : school.ville === 'Fontainebleau' || school.chef === 'Mme Martin';
  const changed = unconsentedChanges(
    before,
    after,
    (k, _was, now) => k === keys.school && consented(now as School),
  );
  await browser.close();
  return { tried: 1, lost, changedWithoutConsent: changed };
}

/** Two tabs on every kind of record that exists today. */
export const twoTabScenarios: FaultScenario[] = [
  ...letterCases.map(([name, interleave]) => ({
    group: 'two tabs · letter',
    name,
    run: () => twoEditors(interleave),
  })),
  {
    group: 'two tabs · delete and undo',
    name: 'A types and saves after B deleted, then B undoes',
    run: () => deleteAndUndo('before-undo-saved'),
  },
  {
    group: 'two tabs · delete and undo',
    name: 'A types after B deleted, B undoes before A saves',
    run: () => deleteAndUndo('before-undo-pending'),
  },
  {
    group: 'two tabs · delete and undo',
    name: 'B deletes and undoes, A untouched',
    run: () => deleteAndUndo('none'),
  },
  {
    group: 'two tabs · letter',
    name: 'B imports a backup replacing the letter A is editing',
    run: importOverEditing,
  },
  {
    group: 'two tabs · Mon établissement',
    name: 'B edits after hearing of A’s save',
    run: () => twoSchoolTabs('in-turn'),
  },
  {
    group: 'two tabs · Mon établissement',
    name: 'A and B type and save at the same moment',
    run: () => twoSchoolTabs('at-once'),
  },
];
