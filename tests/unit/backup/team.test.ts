import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../../src/lib/backup/format';
import { parseBackup, type BackupFile } from '../../../src/lib/backup/parse';
import { planImport, storedById } from '../../../src/lib/backup/plan';
import { runImport } from '../../../src/lib/backup/run';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel, type LetterMessage } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { makeLetter } from '../../fixtures/make-letter';
import { QuotaStore } from '../support/failing-store';
import { person } from '../team/people';

const now = new Date('2027-03-02T15:00:00.000Z');
const team = { people: [person(1), person(2, { gone: true, email: 'c.d@ac-lyon.fr' })] };

const fileOf = (text: string): BackupFile => ({
  size: new TextEncoder().encode(text).length,
  text: async () => text,
});

/** What the page does with a backup file in the browser over `store`; `said`: messages sent. */
async function importText(store: MemoryStore, text: string) {
  const parsed = await parseBackup(fileOf(text));
  if (!parsed.ok) throw new Error(parsed.message);
  const repo = new LetterRepository(store);
  const plan = planImport(storedById((await repo.list()).letters, []), parsed.backup);
  const said: LetterMessage[] = [];
  const channel = {
    ...createLetterChannel(() => null),
    announce: (m: LetterMessage) => said.push(m),
  };
  const report = await runImport({ repo, channel }, plan, 'keep-both', null);
  return { plan, report, repo, said };
}

describe('« Mon équipe » in the backup file', () => {
  it('is written after the school, only when it has people', () => {
    const data = JSON.parse(serializeBackup([makeLetter('a')], null, now, [], team)) as object;
    expect(Object.keys(data)).toEqual(['format', 'version', 'exportedAt', 'team', 'letters']);
    const empty = serializeBackup([makeLetter('a')], null, now, [], { people: [] });
    expect(Object.keys(JSON.parse(empty) as object)).not.toContain('team');
  });

  it('comes back into a fresh browser, each person with their id, and says so', async () => {
    const store = new MemoryStore();
    const text = serializeBackup([makeLetter('a')], null, now, [], team);
    const { report, repo, said } = await importText(store, text);
    expect(await repo.team.get()).toEqual(team);
    expect(report.ok && report.notice).toBe(
      'Import terminé\u00a0: 1 lettre ajoutée. L’équipe de la sauvegarde (2 personnes) a rempli «\u00a0Mon équipe\u00a0».',
    );
    expect(said).toContainEqual({ kind: 'team-saved' });
  });

  it('never replaces a team already here', async () => {
    const store = new MemoryStore();
    await new LetterRepository(store).team.save({ people: [person(9)] }, 0);
    const text = serializeBackup([makeLetter('a')], null, now, [], team);
    const { report, repo } = await importText(store, text);
    expect((await repo.team.get()).people).toEqual([person(9)]);
    expect(report.ok && report.notice).toBe('Import terminé\u00a0: 1 lettre ajoutée.');
  });

  it('an old backup without a team still imports, and the team here is kept', async () => {
    const store = new MemoryStore();
    const old = serializeBackup([makeLetter('a')], null, now);
    const { plan, report, repo } = await importText(store, old);
    expect(plan.team).toBeUndefined();
    expect(report.ok).toBe(true);
    expect(await repo.team.open()).toEqual({ kind: 'missing' });
  });

  it('a backup whose team is damaged is refused whole, naming the person', async () => {
    const text = serializeBackup([makeLetter('a')], null, now, [], team);
    const data = JSON.parse(text) as { team: { people: Record<string, unknown>[] } };
    data.team.people[1] = { ...data.team.people[1], nom: '' };
    const parsed = await parseBackup(fileOf(JSON.stringify(data)));
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.details).toEqual([
      'sauvegarde › le nom de la personne 2 de «\u00a0Mon équipe\u00a0»\u00a0: le nom manque',
    ]);
  });

  it('a full disk keeps the letters in and says the team was not written', async () => {
    const store = new QuotaStore();
    store.full = false;
    const text = serializeBackup([makeLetter('a')], null, now, [], team);
    const parsed = await parseBackup(fileOf(text));
    if (!parsed.ok) throw new Error(parsed.message);
    const repo = new LetterRepository(store);
    const plan = planImport(storedById([], []), parsed.backup);
    const realSet = store.set.bind(store);
    store.set = (key, value) => {
      if (key === 'team') store.full = true;
      return realSet(key, value);
    };
    const channel = createLetterChannel(() => null);
    const report = await runImport({ repo, channel }, plan, 'keep-both', null);
    expect(report.ok).toBe(true);
    expect(report.ok && report.notice).toContain('Import terminé\u00a0: 1 lettre ajoutée.');
    expect(report.ok && report.notice).toContain(
      '«\u00a0Mon équipe\u00a0» n’a pas pu être enregistrée',
    );
    expect((await repo.list()).letters).toHaveLength(1);
  });
});
