import { describe, expect, it, vi } from 'vitest';
import { backupMessages, parseBackup, type BackupFile } from '../../../src/lib/backup/parse';
import { planImport, storedById } from '../../../src/lib/backup/plan';
import { writeImport } from '../../../src/lib/backup/apply';
import { serializeBackup } from '../../../src/lib/backup/format';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { emptySchool } from '../../../src/lib/schemas/school';
import { letterFixture, makeLetter } from '../../fixtures/make-letter';

const now = new Date('2026-11-22T15:00:00.000Z');
const school = { ...emptySchool, etablissement: 'Collège Jean Moulin', ville: 'Lyon' };
const letters = [makeLetter('a'), makeLetter('b', { title: 'Autre lettre' })];
const goodText = serializeBackup(letters, school, now);

/** A file as the browser gives it: its size in bytes and its text. */
const fileOf = (text: string): BackupFile => ({
  size: new TextEncoder().encode(text).length,
  text: async () => text,
});

/** The good backup with `change` applied to its parsed JSON. */
const tweaked = (change: (data: Record<string, unknown>) => void) => {
  const data = JSON.parse(goodText) as Record<string, unknown>;
  change(data);
  return fileOf(JSON.stringify(data));
};

/** The good backup with the second letter's title replaced by a number. */
const wrongType = () =>
  tweaked((data) => {
    const list = data['letters'] as Record<string, unknown>[];
    list[1] = { ...list[1], title: 42 };
  });

/** What the page does: parse, and only if ok, import. Returns the parse result. */
async function importInto(store: MemoryStore, file: BackupFile) {
  const parsed = await parseBackup(file);
  if (parsed.ok) {
    const repo = new LetterRepository(store);
    const existing = storedById((await repo.list()).letters, []);
    await writeImport(repo, planImport(existing, parsed.backup), 'keep-both');
  }
  return parsed;
}

describe('a backup made by the site', () => {
  it('reads back exactly what was exported', async () => {
    const parsed = await parseBackup(fileOf(goodText));
    expect(parsed).toEqual({
      ok: true,
      backup: {
        format: 'lettres-de-mission',
        version: 1,
        exportedAt: '2026-11-22T15:00:00.000Z',
        school,
        letters,
      },
    });
  });

  it('an old backup with version-0 letters imports them migrated', async () => {
    const file = tweaked((data) => (data['letters'] = [letterFixture('v0')]));
    const parsed = await parseBackup(file);
    expect(parsed.ok && parsed.backup.letters[0]).toMatchObject({ schemaVersion: 3, revision: 0 });
  });

  it('HTML typed in a letter survives as the same plain text', async () => {
    const text = '<img src=x onerror=alert(1)>';
    const exported = serializeBackup([makeLetter('x', { title: text })], null, now);
    const parsed = await parseBackup(fileOf(exported));
    expect(parsed.ok && parsed.backup.letters[0]?.title).toBe(text);
  });
});

describe('a file that is refused, with its message, changing nothing', () => {
  const cases: [string, () => BackupFile, string][] = [
    ['broken JSON', () => fileOf('{"format": "lettres-de-mission",, }'), backupMessages.notJson],
    [
      'a file cut in the middle',
      () => fileOf(goodText.slice(0, goodText.length / 2)),
      backupMessages.notJson,
    ],
    ['an empty file', () => fileOf(''), backupMessages.notJson],
    [
      'another program’s JSON',
      () => fileOf('{"name": "mon-projet", "version": 1}'),
      backupMessages.notOurs,
    ],
    ['a JSON list', () => fileOf('[1, 2, 3]'), backupMessages.notOurs],
    ['a future version', () => tweaked((data) => (data['version'] = 2)), backupMessages.future(2)],
    ['a letter with a wrong type', wrongType, backupMessages.invalid],
    ['an unknown key', () => tweaked((data) => (data['extra'] = true)), backupMessages.invalid],
  ];

  it.each(cases)('%s', async (_case, file, message) => {
    const store = new MemoryStore();
    await store.set('letter:z-1', makeLetter('z'));
    const before = await store.keys();
    const parsed = await importInto(store, file());
    expect(parsed).toMatchObject({ ok: false, message });
    expect(await store.keys()).toEqual(before);
  });

  it('a file over 100 MB is refused before being read', async () => {
    const text = vi.fn(async () => goodText);
    const parsed = await parseBackup({ size: 100_000_001, text });
    expect(parsed).toEqual({ ok: false, message: backupMessages.tooBig, details: [] });
    expect(parsed.ok || parsed.message).toMatch(/^Le fichier dépasse 100\u00a0Mo/);
    expect(text).not.toHaveBeenCalled();
  });

  it('a file bigger than it claims is refused too', async () => {
    const parsed = await parseBackup({ size: 10, text: async () => ' '.repeat(100_000_001) });
    expect(parsed).toMatchObject({ ok: false, message: backupMessages.tooBig });
  });

  it('a file the browser cannot read', async () => {
    const parsed = await parseBackup({
      size: 10,
      text: () => Promise.reject(new Error('NotReadableError')),
    });
    expect(parsed).toMatchObject({ ok: false, message: backupMessages.unreadable });
  });

  it('the details name the letter and the field', async () => {
    const parsed = await parseBackup(wrongType());
    expect(parsed.ok || parsed.details).toEqual([
      'sauvegarde › lettre 2 › le titre\u00a0: attendu un texte, trouvé un nombre',
    ]);
  });

  it('two letters with the same id are refused', async () => {
    const parsed = await parseBackup(
      fileOf(serializeBackup([makeLetter('a'), makeLetter('a')], null, now)),
    );
    expect(parsed.ok || parsed.details).toEqual([
      'sauvegarde › lettre 2 › l’identifiant de la lettre\u00a0: identifiant «\u00a0a-1\u00a0» présent deux fois',
    ]);
  });
});

describe('hostile keys', () => {
  it('__proto__ at the top level is refused, named in the details', async () => {
    const text = `{"__proto__": {"polluted": true}, ${goodText.trim().slice(1)}`;
    const parsed = await parseBackup(fileOf(text));
    expect(parsed).toMatchObject({ ok: false, message: backupMessages.invalid });
    expect(parsed.ok || parsed.details.join()).toContain(
      'clé inconnue\u00a0: «\u00a0__proto__\u00a0»',
    );
  });

  it('__proto__ inside a letter cannot supply a field the letter lacks', async () => {
    // Copied by assignment anywhere before validation, `__proto__` would become the letter's
    // prototype and its title would be inherited: a letter nobody wrote would be imported.
    const untitled = tweaked((data) => {
      const list = data['letters'] as Record<string, unknown>[];
      const { title: _title, ...rest } = list[0] ?? {};
      list[0] = rest;
    });
    const text = (await untitled.text()).replace(
      '"typeId"',
      '"__proto__": {"title": "Piégé"}, "typeId"',
    );
    const store = new MemoryStore();
    const parsed = await importInto(store, fileOf(text));
    expect(parsed).toMatchObject({ ok: false, message: backupMessages.invalid });
    expect(await new LetterRepository(store).list()).toMatchObject({ letters: [] });
  });

  it('__proto__ among a letter’s values is not carried over', async () => {
    const text = goodText.replace('"values": {', '"values": {"__proto__": "x", ');
    const parsed = await parseBackup(fileOf(text));
    const values = parsed.ok ? parsed.backup.letters[0]?.values : undefined;
    expect(values && Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(values && Object.keys(values)).not.toContain('__proto__');
  });

  it('a file claiming our format but not an object where it should be', async () => {
    const parsed = await parseBackup(
      fileOf('{"format": "lettres-de-mission", "version": 1, "letters": "tout"}'),
    );
    expect(parsed).toMatchObject({ ok: false, message: backupMessages.invalid });
  });
});

describe('invisible characters in a backup', () => {
  it('are cleaned from the letters and the school it imports', async () => {
    const file = tweaked((data) => {
      const list = data['letters'] as Record<string, unknown>[];
      list[0] = { ...list[0], title: '\ufeffLettre\u200b de\u00ad mission\u2028bis' };
      data['school'] = { ...school, etablissement: 'Collège\u202e Jean\u0007 Moulin' };
    });
    const parsed = await parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.details.join('\n'));
    expect(parsed.backup.letters[0]?.title).toBe('Lettre de mission\nbis');
    expect(parsed.backup.school?.etablissement).toBe('Collège Jean Moulin');
    expect(parsed.backup.letters[1]).toEqual(letters[1]);
  });
});
