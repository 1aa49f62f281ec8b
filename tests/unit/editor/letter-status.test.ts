// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LetterEditor } from '../../../src/lib/editor/letter-editor.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import {
  insertItem,
  itemsOf,
  removeItemUndoable,
  type ListRef,
} from '../../../src/lib/letters/commands/lists';
import { setValue } from '../../../src/lib/letters/commands/values';
import { withStatus, EDITED_AFTER_SIGNING } from '../../../src/lib/letters/status';
import type { LetterStatus } from '../../../src/lib/schemas/letter-status';
import type { ExportIssue } from '../../../src/lib/checks/export-issues';
import { fixtureType, makeLetter } from '../../fixtures/make-letter';
import { ChannelBus } from '../support/channel-bus';

let editors: LetterEditor[] = [];
afterEach(async () => {
  await Promise.all(editors.map((editor) => editor.stop()));
  editors = [];
});

const SIGNED_AT = new Date('2027-05-04T09:00:00.000Z');

/** An editor over a stored letter of `status` (none: a new letter not stored yet). */
async function editorOn(status: LetterStatus | null) {
  const repo = new LetterRepository(new MemoryStore());
  let id: string | null = null;
  if (status) {
    const letter = withStatus(
      makeLetter('s', {
        values: { nom: 'Curie' },
        copies: [{ id: 'c-1', text: 'Rectorat' }],
      }),
      status,
      SIGNED_AT,
    );
    id = (await repo.save(letter, 0)).id;
  }
  const editor = new LetterEditor('referent-decrochage', fixtureType, {
    store: { probe: async () => ({ ok: true }) as const },
    repo,
    channel: createLetterChannel(new ChannelBus().factory),
  });
  editors.push(editor);
  await editor.start(id);
  return { editor, repo, id };
}

/** What storage holds once the editor wrote what is pending: the letter and its summary. */
async function stored(editor: LetterEditor, repo: LetterRepository) {
  await editor.stop();
  const letter = await repo.get(editor.letter.id);
  const summary = (await repo.listSummaries()).summaries.find((s) => s.id === editor.letter.id);
  return { letter, summary };
}

const copies: ListRef = { part: 'copies' };

describe('editing a signed letter asks first', () => {
  it('holds the first edit: nothing changes while the page asks', async () => {
    const { editor } = await editorOn('signee');
    editor.apply(setValue('nom', 'Sklodowska'));
    expect(editor.asking).toBe(true);
    expect(editor.letter.values['nom']).toBe('Curie');
    expect(editor.status.state).not.toBe('pending');
  });

  it('« Annuler » leaves the letter exactly as it was, signed, and redraws the form', async () => {
    const { editor, repo } = await editorOn('remise');
    const before = editor.snapshot();
    editor.apply(setValue('nom', 'Sklodowska'));
    editor.apply(insertItem(copies, null, { id: 'typed', text: 'Rectorat' }));
    const redraws = editor.redraws;
    editor.cancelEdit();
    expect(editor.asking).toBe(false);
    expect(editor.redraws).toBe(redraws + 1);
    expect(editor.snapshot()).toEqual(before);
    const { letter, summary } = await stored(editor, repo);
    expect(letter).toEqual(before);
    expect(summary?.status).toBe('remise');
  });

  it('« Modifier » makes every held edit and puts the letter « À revoir », in one save', async () => {
    const { editor, repo } = await editorOn('vue');
    const save = vi.spyOn(repo, 'save');
    editor.apply(setValue('nom', 'Sklodowska'));
    editor.apply(setValue('prenom', 'Marie'));
    const at = new Date('2027-05-10T08:00:00.000Z');
    editor.confirmEdit(at);
    expect(editor.asking).toBe(false);
    const { letter, summary } = await stored(editor, repo);
    expect(save).toHaveBeenCalledTimes(1);
    expect(letter?.values).toMatchObject({ nom: 'Sklodowska', prenom: 'Marie' });
    expect(letter?.status).toBe('a-revoir');
    expect(letter?.statusHistory.at(-1)).toEqual({
      status: 'a-revoir',
      at: at.toISOString(),
      reason: EDITED_AFTER_SIGNING,
    });
    expect(summary).toMatchObject({ status: 'a-revoir', statusAt: at.toISOString() });
  });

  it('once « À revoir », later edits go through without asking', async () => {
    const { editor } = await editorOn('signee');
    editor.apply(setValue('nom', 'Sklodowska'));
    editor.confirmEdit();
    editor.apply(setValue('nom', 'Curie-Sklodowska'));
    expect(editor.asking).toBe(false);
    expect(editor.letter.values['nom']).toBe('Curie-Sklodowska');
  });

  it('a removal is held too, and offered for undo only once made', async () => {
    const { editor } = await editorOn('signee');
    const items = itemsOf(editor.letter, copies) ?? [];
    const removal = removeItemUndoable(items, copies, items[0]?.id ?? '');
    if (!removal) throw new Error('no copy line');
    expect(items).toHaveLength(1);
    const count = items.length;
    editor.remove({ ...removal, message: 'Ligne de copie 1 supprimée', focusAfterUndo: 'x' });
    expect(editor.asking).toBe(true);
    expect(editor.removal).toBeNull();
    expect(editor.letter.copies).toHaveLength(count);
    editor.confirmEdit();
    expect(editor.letter.copies).toHaveLength(count - 1);
    expect(editor.removal?.message).toBe('Ligne de copie 1 supprimée');
  });

  it('a letter not signed is edited at once', async () => {
    for (const status of ['brouillon', 'a-revoir', 'prete'] as const) {
      const { editor } = await editorOn(status);
      editor.apply(setValue('nom', 'Sklodowska'));
      expect(editor.asking).toBe(false);
      expect(editor.letter.values['nom']).toBe('Sklodowska');
    }
  });
});

describe('the status set by hand', () => {
  it('is dated, kept in the history, said, and saved with the summary', async () => {
    const { editor, repo } = await editorOn('prete');
    const at = new Date('2027-05-04T09:30:00.000Z');
    editor.setStatus('signee', 'Signée au bureau', at);
    expect(editor.statusNotice).toBe('Statut de la lettre\u00a0: Signée (Signée au bureau).');
    const { letter, summary } = await stored(editor, repo);
    expect(letter?.status).toBe('signee');
    expect(letter?.statusHistory.at(-1)).toEqual({
      status: 'signee',
      at: at.toISOString(),
      reason: 'Signée au bureau',
    });
    expect(summary).toMatchObject({ status: 'signee', statusAt: at.toISOString() });
  });

  it('does not ask, even on a signed letter, and writes a new letter at once', async () => {
    const { editor, repo } = await editorOn(null);
    editor.setStatus('signee');
    editor.setStatus('remise');
    expect(editor.asking).toBe(false);
    const { letter } = await stored(editor, repo);
    expect(letter?.status).toBe('remise');
    expect(letter?.statusHistory.map((change) => change.status)).toEqual(['signee', 'remise']);
  });
});

describe('the check before the PDF', () => {
  const issue: ExportIssue = {
    kind: 'field',
    label: 'Nom',
    message: 'À remplir.',
    target: 'f-nom',
  };

  it('puts a letter with something to look at « À revoir », saying what', async () => {
    const { editor, repo } = await editorOn('prete');
    editor.checked([issue]);
    const { letter } = await stored(editor, repo);
    expect(letter?.status).toBe('a-revoir');
    expect(letter?.statusHistory.at(-1)?.reason).toBe('À vérifier avant le PDF\u00a0: Nom');
  });

  it('makes a clean draft « Prête à signer », and leaves a signed letter as it is', async () => {
    const { editor } = await editorOn('brouillon');
    editor.checked([]);
    expect(editor.letter.status).toBe('prete');
    expect(editor.letter.statusHistory.at(-1)?.reason).toBe('Vérifiée avant le PDF');
    const signed = await editorOn('signee');
    signed.editor.checked([]);
    signed.editor.checked([issue]);
    expect(signed.editor.letter.status).toBe('signee');
    expect(signed.editor.letter.statusHistory).toHaveLength(1);
  });
});
