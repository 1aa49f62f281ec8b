import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/lib/backup/parse';
import { planImport } from '../../../src/lib/backup/plan';
import { summarise } from '../../../src/lib/backup/summary';
import { serializeBackup } from '../../../src/lib/backup/format';
import { frenchErrorMap } from '../../../src/lib/validation/french-issues';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { letterSchema, type Letter } from '../../../src/lib/schemas/letter';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { makeLetter } from '../../fixtures/make-letter';

/** A letter (ids `r-1`…) whose second mission, second « Vu » and second section repeat an id. */
function repeating(): Letter {
  const letter = makeLetter('r');
  const [section] = letter.sections;
  const block = section?.blocks[0];
  if (!section || block?.type !== 'list') throw new Error('fixture changed');
  const [first, second] = block.items;
  if (!first || !second) throw new Error('fixture changed');
  const items = [first, { ...second, id: first.id }];
  const vu = [...letter.vu, { id: letter.vu[0]?.id ?? '', text: 'Vu le code de l’éducation.' }];
  const copy = { ...section, title: 'Autre section', blocks: [{ ...block, items }] };
  return { ...letter, vu, sections: [{ ...section, blocks: [{ ...block, items }] }, copy] };
}

/** Every id of the parts the editor keys by id, list by list. */
function idLists(letter: Letter): string[][] {
  return [
    letter.vu.map((item) => item.id),
    letter.sections.map((section) => section.id),
    ...letter.sections.flatMap((section) =>
      section.blocks.map((block) => (block.type === 'list' ? block.items.map((i) => i.id) : [])),
    ),
  ];
}

/** The value with every `id` key dropped: what the letter says, whatever its ids. */
function texts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(texts);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'id')
      .map(([key, inner]) => [key, texts(inner)]),
  );
}
const fileOf = (text: string) => ({ size: text.length, text: async () => text });

describe('the letter schema', () => {
  it('refuses repeated ids, naming each repeat and the first holder, in French', () => {
    const result = letterSchema.safeParse(repeating(), { errorMap: frenchErrorMap });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['vu.1.id', 'identifiant «\u00a0r-2\u00a0» déjà utilisé par vu[0]'],
      ['sections.1.id', 'identifiant «\u00a0r-4\u00a0» déjà utilisé par sections[0]'],
      [
        'sections.0.blocks.0.items.1.id',
        'identifiant «\u00a0r-6\u00a0» déjà utilisé par sections[0].blocks[0].items[0]',
      ],
      [
        'sections.1.blocks.0.items.1.id',
        'identifiant «\u00a0r-6\u00a0» déjà utilisé par sections[1].blocks[0].items[0]',
      ],
    ]);
  });

  it('refuses repeated IMP lines, signatories and blanks', () => {
    const letter = makeLetter('r');
    const [line] = letter.imp?.lines ?? [];
    const [head] = letter.signatures;
    const [field] = letter.fields;
    if (!letter.imp || !line || !head || !field) throw new Error('fixture changed');
    const result = letterSchema.safeParse({
      ...letter,
      imp: { ...letter.imp, lines: [line, line] },
      signatures: [head, head],
      fields: [field, field, ...letter.fields.slice(1)],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'fields.1.id',
      'signatures.1.id',
      'imp.lines.1.id',
    ]);
  });

  it('the same id in two different lists is fine (ids are unique within their list)', () => {
    const letter = makeLetter('r');
    const copies = [{ id: letter.vu[0]?.id ?? '', text: 'Dossier' }];
    expect(letterSchema.safeParse({ ...letter, copies }).success).toBe(true);
  });
});

describe('a stored record repeating ids', () => {
  it('opens with new ids for the repeats, the text untouched, and is written back repaired', async () => {
    const store = new MemoryStore();
    const raw = repeating();
    await store.set(`letter:${raw.id}`, raw);
    const repo = new LetterRepository(store);
    const read = await repo.get(raw.id);
    if (!read) throw new Error('the letter did not open');
    expect(idLists(read)).toEqual([
      ['r-2', 'r-2-2'],
      ['r-4', 'r-4-2'],
      ['r-6', 'r-6-2'],
      ['r-6', 'r-6-2'],
    ]);
    expect(texts(read)).toEqual(texts(raw));
    const { letters, rejected } = await repo.list();
    expect(rejected).toEqual([]);
    expect(letters).toEqual([read]);
    expect(await store.get(`letter:${raw.id}`)).toEqual(read);
  });

  it('a new id never takes one already used further down the list', async () => {
    const store = new MemoryStore();
    const letter = makeLetter('r');
    const vu = [
      { id: 'v', text: 'Un.' },
      { id: 'v', text: 'Deux.' },
      { id: 'v-2', text: 'Trois.' },
    ];
    await store.set(`letter:${letter.id}`, { ...letter, vu });
    const read = await new LetterRepository(store).get(letter.id);
    expect(read?.vu.map((item) => item.id)).toEqual(['v', 'v-3', 'v-2']);
  });
});

describe('a backup whose letter repeats ids', () => {
  it('imports it repaired and says so in the summary', async () => {
    const text = serializeBackup([repeating(), makeLetter('b')], null, new Date());
    const parsed = await parseBackup(fileOf(text));
    if (!parsed.ok) throw new Error(parsed.details.join('\n'));
    expect(parsed.repairedLetters).toBe(1);
    const [letter] = parsed.backup.letters;
    if (!letter) throw new Error('no letter');
    expect(letterSchema.safeParse(letter).success).toBe(true);
    expect(texts(letter)).toEqual(texts(repeating()));
    const plan = planImport(new Map(), parsed.backup, parsed.repairedLetters);
    expect(summarise(plan)).toBe(
      '2 lettres seront ajoutées. Une lettre répétait un identifiant (deux missions, ' +
        'paragraphes ou sections portant le même)\u00a0: de nouveaux identifiants ont été ' +
        'donnés, le texte ne change pas.',
    );
  });

  it('a backup without repeats says nothing about ids', async () => {
    const parsed = await parseBackup(fileOf(serializeBackup([makeLetter('a')], null, new Date())));
    if (!parsed.ok) throw new Error(parsed.details.join('\n'));
    expect(parsed.repairedLetters).toBeUndefined();
    expect(summarise(planImport(new Map(), parsed.backup))).not.toContain('identifiant');
  });

  it('repeated blanks cannot be repaired (values are keyed by them): the file is refused', async () => {
    const letter = makeLetter('a');
    const fields = [...letter.fields, letter.fields[0]];
    const parsed = await parseBackup(
      fileOf(serializeBackup([{ ...letter, fields }] as Letter[], null, new Date())),
    );
    expect(parsed.ok || parsed.details).toEqual([
      'sauvegarde › lettre 1 › la définition du champ à compléter 5\u00a0: identifiant «\u00a0prenom\u00a0» déjà utilisé par fields[0]',
    ]);
  });
});
