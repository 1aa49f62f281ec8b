import { describe, expect, it } from 'vitest';
import { letterContent } from '../../../src/lib/letters/content';
import type { LetterChange } from '../../../src/lib/letters/change';
import { insertItem, moveItem, setItemText } from '../../../src/lib/letters/commands/lists';
import {
  addBlock,
  addSection,
  newBlock,
  newSection,
  removeSectionUndoable,
  setSectionTitle,
} from '../../../src/lib/letters/commands/sections';
import { setValue } from '../../../src/lib/letters/commands/values';
import { makeLetter } from '../../fixtures/make-letter';

/** Whether `change` changes the content of a fresh letter (and so gets it written). */
function counts(change: (letter: ReturnType<typeof makeLetter>) => LetterChange): boolean {
  const letter = makeLetter();
  const before = letterContent(letter);
  change(letter)(letter);
  return letterContent(letter) !== before;
}

describe('what counts as a change of content', () => {
  it('adding empty things does not count', () => {
    expect(counts(() => insertItem({ part: 'vu' }, null, { id: 'x', text: '' }))).toBe(false);
    expect(counts(() => insertItem({ part: 'copies' }, null, { id: 'x', text: '  ' }))).toBe(false);
    expect(counts(() => addSection(newSection()))).toBe(false);
    expect(counts((l) => addBlock(l.sections[0]?.id ?? '', newBlock('paragraph')))).toBe(false);
    expect(counts(() => setValue('nom', ''))).toBe(false);
  });

  it('typing counts, wherever it is', () => {
    expect(counts(() => setValue('nom', 'Curie'))).toBe(true);
    expect(counts(() => insertItem({ part: 'vu' }, null, { id: 'x', text: 'Vu le décret.' }))).toBe(
      true,
    );
    expect(counts((l) => setSectionTitle(l.sections[0]?.id ?? '', 'Objectifs'))).toBe(true);
    expect(counts(() => addSection({ ...newSection(), title: 'Suivi' }))).toBe(true);
    expect(counts(() => (letter) => void (letter.date = '2026-09-01'))).toBe(true);
  });

  it('moving or removing a filled part counts', () => {
    const ref = (l: ReturnType<typeof makeLetter>) => ({
      part: 'section' as const,
      sectionId: l.sections[0]?.id ?? '',
      blockId: l.sections[0]?.blocks[0]?.id ?? '',
    });
    const first = (l: ReturnType<typeof makeLetter>) => {
      const block = l.sections[0]?.blocks[0];
      return block?.type === 'list' ? (block.items[0]?.id ?? '') : '';
    };
    expect(counts((l) => moveItem(ref(l), first(l), 1))).toBe(true);
    expect(counts((l) => removeSectionUndoable(l.sections[0] ?? newSection(), 0).change)).toBe(
      true,
    );
    expect(counts((l) => setItemText(ref(l), first(l), ''))).toBe(true);
  });

  it('ids and timestamps do not count', () => {
    expect(
      counts(() => (letter) => {
        letter.updatedAt = '2030-01-01T00:00:00.000Z';
        letter.revision = 4;
      }),
    ).toBe(false);
  });
});
