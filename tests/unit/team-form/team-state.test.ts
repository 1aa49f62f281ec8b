import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TeamEditor } from '../../../src/lib/team-form/team-state.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel, type LetterMessage } from '../../../src/lib/persistence/channel';
import type { KeyValueStore } from '../../../src/lib/storage/store';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { ChannelBus } from '../support/channel-bus';
import { QuotaStore } from '../support/failing-store';
import { utf16, zipped } from '../bulk/list-files';
import type { NewPerson } from '../../../src/lib/team-form/team-list';

const savedAt = new Date('2027-03-02T08:30:00.000Z');

/** « Mon équipe » over `store`, started; `heard` is what other tabs get. */
async function open(store: KeyValueStore, bus = new ChannelBus()) {
  const repo = new LetterRepository(store, () => savedAt);
  const heard: LetterMessage[] = [];
  createLetterChannel(bus.factory).subscribe((message) => heard.push(message));
  const editor = new TeamEditor(
    {
      store: { probe: async () => ({ ok: true }) as const },
      repo,
      channel: createLetterChannel(bus.factory),
    },
    { saveOnLeave: false },
  );
  await editor.start();
  return { editor, repo, heard };
}

const claire: NewPerson = {
  civilite: 'Madame',
  nom: 'Dupont',
  prenom: 'Claire',
  fonction: 'professeure de mathématiques',
  email: '',
  gone: false,
};

/** A file as the browser gives it. */
const fileOf = (name: string, bytes: Uint8Array<ArrayBuffer>) => ({
  name,
  size: bytes.length,
  arrayBuffer: async () => bytes.buffer,
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('editing « Mon équipe »', () => {
  it('adds a person and shows « saved » only once written, 500 ms later', async () => {
    const { editor, repo, heard } = await open(new MemoryStore());
    expect(editor.add(claire)).toEqual([]);
    expect(editor.status.state).toBe('pending');
    expect((await repo.team.get()).people).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(editor.status).toEqual({ state: 'saved', at: savedAt, revision: 1 });
    const [stored] = (await repo.team.get()).people;
    expect(stored).toEqual({ ...claire, id: expect.stringMatching(/^[0-9a-z]{20}$/) });
    expect(heard).toContainEqual({ kind: 'team-saved' });
  });

  it('edits a person keeping their id, and marks them as gone', async () => {
    const { editor, repo } = await open(new MemoryStore());
    editor.add(claire);
    const id = editor.team.people[0]?.id ?? '';
    expect(editor.update(id, { ...claire, fonction: 'CPE' })).toEqual([]);
    editor.setGone(id, true);
    await editor.flush();
    expect((await repo.team.get()).people).toEqual([
      { ...claire, id, fonction: 'CPE', gone: true },
    ]);
  });

  it('refuses the same nom and prénom twice, and a missing name, saying why', async () => {
    const { editor } = await open(new MemoryStore());
    editor.add(claire);
    expect(editor.add({ ...claire, nom: 'DUPONT', fonction: 'autre' })).toEqual([
      'Claire DUPONT est déjà dans l’équipe\u00a0: une même personne n’y figure qu’une fois.',
    ]);
    expect(editor.add({ ...claire, nom: ' ' })).toEqual(['Le nom manque.']);
    expect(editor.team.people).toHaveLength(1);
  });

  it('removes a person and puts them back at their place with « Annuler »', async () => {
    const { editor, repo } = await open(new MemoryStore());
    editor.add(claire);
    editor.add({ ...claire, prenom: 'Zoé' });
    const ids = editor.team.people.map((person) => person.id);
    editor.remove(ids[0] ?? '');
    await editor.flush();
    expect((await repo.team.get()).people.map((p) => p.id)).toEqual([ids[1]]);
    editor.undoRemove();
    await editor.flush();
    expect((await repo.team.get()).people.map((p) => p.id)).toEqual(ids);
  });

  it('filters by name, accents and case aside', async () => {
    const { editor } = await open(new MemoryStore());
    editor.add(claire);
    editor.add({ ...claire, nom: 'Éluard', prenom: 'Paul', civilite: 'Monsieur' });
    editor.query = 'elu';
    expect(editor.visible.map((p) => p.nom)).toEqual(['Éluard']);
    editor.query = 'claire dup';
    expect(editor.visible.map((p) => p.nom)).toEqual(['Dupont']);
  });

  it('keeps the edits in the page when the disk is full, and says so in French', async () => {
    const store = new QuotaStore();
    store.full = true;
    const { editor } = await open(store);
    editor.add(claire);
    await vi.advanceTimersByTimeAsync(500);
    expect(editor.status.state).toBe('error');
    const failure = editor.status.state === 'error' ? editor.status.failure : null;
    expect(failure?.message).toContain('«\u00a0Mon équipe\u00a0» n’a pas pu être enregistrée');
    expect(editor.team.people).toHaveLength(1);
    expect(editor.hasUnsavedChanges).toBe(true);
  });
});

describe('importing a list into « Mon équipe »', () => {
  it('previews a UTF-16 file (Excel’s « Texte Unicode ») and adds only after confirming', async () => {
    const { editor, repo } = await open(new MemoryStore());
    editor.add(claire);
    const text = 'Civilité\tNom\tPrénom\r\nMme\tDupont\tClaire\r\nM.\tÉluard\tPaul\r\n';
    await editor.previewFile(fileOf('equipe.txt', utf16(text, 'le')));
    expect(editor.pending?.reading.rows.map((row) => row.kind)).toEqual(['duplicate', 'new']);
    expect(editor.team.people).toHaveLength(1);
    editor.confirmImport();
    expect(editor.notice).toBe(
      '1 personne ajoutée à l’équipe. 1 personne déjà dans l’équipe (même nom et prénom) n’a pas été ajoutée de nouveau.',
    );
    await editor.flush();
    expect((await repo.team.get()).people.map((p) => p.nom)).toEqual(['Dupont', 'Éluard']);
  });

  it('recognises an .xlsx file and says how to save it as CSV, adding nobody', async () => {
    const { editor } = await open(new MemoryStore());
    await editor.previewFile(fileOf('equipe.xlsx', zipped));
    expect(editor.pending).toBeNull();
    expect(editor.fileProblem).toContain('Le fichier «\u00a0equipe.xlsx\u00a0» est un classeur');
    expect(editor.fileProblem).toContain('«\u00a0Fichier › Enregistrer sous\u00a0»');
  });
});
