import { setTitle } from '../../../src/lib/letters/commands/values';
import { keys } from '../../../src/lib/persistence/keys';
import type { Letter } from '../../../src/lib/schemas/letter';
import { schoolOf, type School, type SchoolRecord } from '../../../src/lib/schemas/school';
import { makeLetter } from '../../fixtures/make-letter';
import { unconsentedChanges, type FaultOutcome, type FaultScenario } from './outcome';
import { Browser, seed, seedLetter, seedSchool, settle } from './tabs';

/** A record the app cannot read, under one of the keys it stores (see `keys.ts`). */
interface Corrupt {
  key: string;
  raw: unknown;
}

const badLetter = makeLetter('bad');
const LETTER_EDIT = 'Modification après la lecture';
const TOWN_EDIT = 'Fontainebleau';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The user goes through every page with an unreadable record in storage: « Mes lettres », the
 * editor on a good letter (an edit, saved), the editor on the unreadable letter, « Mon
 * établissement » (an edit, saved). Lost: an edit not stored nor kept in its page. Changed: the
 * unreadable record's raw value no longer under its key nor set aside, or any record changed
 * beyond the two edits.
 */
async function visitEveryPage({ key, raw }: Corrupt): Promise<FaultOutcome> {
  const browser = new Browser();
  await seed(browser.store);
  await browser.store.set(key, raw);
  const before = await browser.store.snapshot();

  await browser.list();
  const editor = await browser.editor(seedLetter.id);
  editor.apply(setTitle(LETTER_EDIT));
  await editor.retry();
  if (key.startsWith('letter:')) await browser.editor(key.slice('letter:'.length));
  const school = await browser.school();
  school.change('ville', TOWN_EDIT);
  await school.flush();
  await settle();

  const after = await browser.store.snapshot();
  const letterKept =
    (after.get(keys.letter(seedLetter.id)) as Letter | undefined)?.title === LETTER_EDIT ||
    (editor.snapshot().title === LETTER_EDIT && editor.status.state !== 'saved');
  const townKept =
    (after.get(keys.school) as School | undefined)?.ville === TOWN_EDIT ||
    (school.snapshot().ville === TOWN_EDIT && school.status.state !== 'saved');
  const lost = [letterKept, townKept].filter((kept) => !kept).length;
  const setAside = same(after.get(keys.quarantine(key)), raw);
  const changed = unconsentedChanges(before, after, (k, _was, now) => {
    // The unreadable record may be replaced only once its raw value is kept aside.
    if (k === key && !setAside) return false;
    if (k === keys.letter(seedLetter.id)) return (now as Letter).title === LETTER_EDIT;
    if (k === keys.school) {
      const base = key === keys.school ? {} : seedSchool;
      return same(
        { ...base, ville: TOWN_EDIT },
        stripDefaults(schoolOf(now as SchoolRecord), base),
      );
    }
    return k === key;
  });
  await browser.close();
  return { tried: 1, lost, changedWithoutConsent: changed };
}

/** The fields of `school` that were set before or typed (the others hold their default ''). */
function stripDefaults(school: School, base: object): Partial<School> {
  return Object.fromEntries(
    Object.entries(school).filter(
      ([field, value]) => field in base || field === 'ville' || value !== '',
    ),
  );
}

const corruptRecords: [string, Corrupt][] = [
  ['letter: not an object', { key: keys.letter('bad-1'), raw: 'une lettre' }],
  [
    'letter: a newer format (unknown key)',
    { key: keys.letter(badLetter.id), raw: { ...badLetter, signatureElectronique: true } },
  ],
  [
    'letter: id not matching its key',
    { key: keys.letter('bad-2'), raw: { ...badLetter, id: 'autre' } },
  ],
  [
    'letter: forged revision (2^53)',
    { key: keys.letter(badLetter.id), raw: { ...badLetter, revision: 2 ** 53 } },
  ],
  ['Mon établissement: a string', { key: keys.school, raw: 'Collège Jean Moulin' }],
  [
    'Mon établissement: a newer format (unknown key)',
    { key: keys.school, raw: { ...seedSchool, siret: '12345678900011' } },
  ],
  ['a record set aside: not what it was', { key: keys.quarantine(keys.letter('old')), raw: 42 }],
  ['a migration backup: unreadable', { key: keys.migrationBackup('old'), raw: [1, 2, 3] }],
];

/** A corrupt record of every kind the app stores, and the user going through every page. */
export const corruptScenarios: FaultScenario[] = corruptRecords.map(([name, corrupt]) => ({
  group: 'corrupt record',
  name,
  run: () => visitEveryPage(corrupt),
}));
