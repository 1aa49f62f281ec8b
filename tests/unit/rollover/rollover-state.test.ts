import { describe, expect, it } from 'vitest';
import { createLetterChannel, type LetterMessage } from '../../../src/lib/persistence/channel';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { RolloverState } from '../../../src/lib/rollover/rollover-state.svelte';
import type { EstimateSpace } from '../../../src/lib/storage/space';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import { idMaker, makeLetter } from '../../fixtures/make-letter';
import { ChannelBus, deliveries } from '../support/channel-bus';
import { OneByOneStore, QuotaStore } from '../support/failing-store';
import { person } from '../team/people';

const now = () => new Date(2027, 5, 15, 10, 0);
const letterOf = (id: string, year: string, nom: string) =>
  makeLetter(id, { id, values: { prenom: 'Camille', nom, anneeScolaire: year } });
const seeded = [
  letterOf('a', '2026-2027', 'Dupont'),
  letterOf('b', '2026-2027', 'Durand'),
  letterOf('old', '2025-2026', 'Martin'),
];

/** The page's state over `store` holding the seeded letters; `heard` gets other tabs’ news. */
async function setup(store: KeyValueStore = new MemoryStore(), estimate?: EstimateSpace) {
  const repo = new LetterRepository(store, now);
  await repo.restoreAll(seeded);
  const bus = new ChannelBus();
  const heard: LetterMessage[] = [];
  createLetterChannel(bus.factory).subscribe((message) => heard.push(message));
  const rollover = new RolloverState(
    {
      store: { probe: async () => ({ ok: true }) as const },
      repo,
      channel: createLetterChannel(bus.factory),
    },
    { now, makeId: idMaker('copie'), ...(estimate ? { estimate } : {}) },
  );
  await rollover.start();
  return { repo, rollover, heard };
}

const yearsOf = async (repo: LetterRepository) =>
  (await repo.list()).letters.map((letter) => letter.values['anneeScolaire']).sort();

describe('rolling a year over', () => {
  it('offers the year with most letters and writes nothing before the confirmation', async () => {
    const { repo, rollover } = await setup();
    expect(rollover.year).toBe(2026);
    expect(rollover.plan?.copies).toHaveLength(2);
    expect(await yearsOf(repo)).toEqual(['2025-2026', '2026-2027', '2026-2027']);
  });

  it('writes every copy on confirmation, and tells the other tabs', async () => {
    const { repo, rollover, heard } = await setup();
    await rollover.confirm();
    expect(rollover.step).toBe('done');
    const written = rollover.result?.written.map((letter) => letter.id) ?? [];
    expect(written).toHaveLength(2);
    expect(written.every((id) => id.startsWith('copie-'))).toBe(true);
    expect(await yearsOf(repo)).toEqual([
      '2025-2026',
      '2026-2027',
      '2026-2027',
      '2027-2028',
      '2027-2028',
    ]);
    await deliveries();
    expect(heard.map((message) => message.kind === 'saved' && message.id)).toEqual(written);
  });

  it('does not copy the letter of a person « Mon équipe » marks as gone', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store, now);
    await repo.team.save({ people: [person(1, { gone: true }), person(2)] }, 0);
    await repo.restoreAll([
      { ...letterOf('gone', '2026-2027', 'Nom1'), teamPersonId: 'p1' },
      { ...letterOf('here', '2026-2027', 'Nom2'), teamPersonId: 'p2' },
    ]);
    const { rollover } = await setup(store);
    expect(rollover.plan?.skipped).toMatchObject([
      { letter: { id: 'gone' }, reason: { kind: 'gone', person: 'Prénom1 Nom1' } },
    ]);
    await rollover.confirm();
    expect(rollover.step).toBe('done');
    expect(rollover.result?.written.map((letter) => letter.values['nom']).sort()).toEqual([
      'Dupont',
      'Durand',
      'Nom2',
    ]);
  });

  it('shows the new summary and writes nothing when the letters changed meanwhile', async () => {
    const { repo, rollover } = await setup();
    // Another tab adds a letter of the year after the head read the summary.
    await repo.restore(letterOf('late', '2026-2027', 'Tardif'));
    await rollover.confirm();
    expect(rollover.changed).toBe(true);
    expect(rollover.step).toBe('ready');
    expect(rollover.plan?.copies).toHaveLength(3);
    expect(await yearsOf(repo)).not.toContain('2027-2028');
    await rollover.confirm();
    expect(rollover.result?.written).toHaveLength(3);
  });

  it('says in French that nothing was written when storage is full', async () => {
    const store = new QuotaStore();
    store.full = false;
    const { repo, rollover } = await setup(store);
    store.full = true;
    await rollover.confirm();
    expect(rollover.step).toBe('ready');
    expect(rollover.failed).toBe(
      'L’espace de stockage du navigateur est plein\u00a0: aucune copie n’a été écrite, vos ' +
        'lettres enregistrées sont restées telles quelles\u202f; téléchargez une sauvegarde, ' +
        'puis libérez de l’espace.',
    );
    expect(await yearsOf(repo)).not.toContain('2027-2028');
  });

  it('refuses before writing when the browser says there is not room enough', async () => {
    const estimate: EstimateSpace = async () => ({ usage: 999_000, quota: 1_000_000 });
    const { repo, rollover } = await setup(new MemoryStore(), estimate);
    await rollover.confirm();
    expect(rollover.failed).toMatch(/^Il ne reste pas assez de place .* il reste 0,1\u00a0Mo\./u);
    expect(rollover.failed).toContain('Aucune copie n’a été écrite');
    expect(await yearsOf(repo)).not.toContain('2027-2028');
  });

  it('names exactly the copies left in when a write stopped midway cannot be undone', async () => {
    const store = new OneByOneStore();
    const { repo, rollover } = await setup(store);
    store.failAt = store.writes + 2;
    store.rollbackFails = true;
    await rollover.confirm();
    expect(rollover.partial).toHaveLength(1);
    expect(rollover.failed).toContain('1 copie sur 2 a été écrite (ci-dessous)');
    store.rollbackFails = false;
    // What is reported is exactly what is there.
    const stored = (await repo.list()).letters.filter(
      (letter) => letter.values['anneeScolaire'] === '2027-2028',
    );
    expect(stored).toEqual(rollover.partial);
    // The next summary counts that copy as made.
    expect(rollover.plan?.copies).toHaveLength(1);
  });
});
