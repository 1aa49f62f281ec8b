import { describe, expect, it } from 'vitest';
import { previewBlockIndex } from '../../../src/lib/editor/preview-target';
import { toDocument } from '../../../src/lib/document/to-document';
import { addSection, newSection } from '../../../src/lib/letters/commands/sections';
import { setValue } from '../../../src/lib/letters/commands/values';
import type { Letter } from '../../../src/lib/schemas/letter';
import { makeLetter } from '../../fixtures/make-letter';

/** The fixture letter with a second section « Suivi » holding one mission. */
function letterWithTwoSections(): Letter {
  const letter = makeLetter();
  const section = newSection();
  const block = section.blocks[0];
  if (block?.type === 'list' && block.items[0]) block.items[0].text = 'Réunir le GPDS.';
  addSection({ ...section, title: 'Suivi' })(letter);
  letter.closing = [{ id: 'c1', text: 'Fin de la lettre.' }];
  setValue('nom', 'Curie')(letter);
  return letter;
}

/** Where the preview goes for `region` (and the value typed), as the block's kind and text. */
function target(letter: Letter, region: string, value = '') {
  const { blocks } = toDocument(letter, []);
  const index = previewBlockIndex(blocks, letter, region, value);
  return index === null ? null : blocks[index];
}

describe('the preview block a control prints', () => {
  it('maps the parts of the letter to their blocks', () => {
    const letter = letterWithTwoSections();
    expect(target(letter, 'letterhead')?.kind).toBe('letterhead');
    expect(target(letter, 'title')?.kind).toBe('title');
    expect(target(letter, 'vu')?.kind).toBe('vu');
    expect(target(letter, 'preamble')).toMatchObject({ kind: 'paragraph' });
    expect(target(letter, 'closing')).toEqual({ kind: 'paragraph', text: 'Fin de la lettre.' });
    expect(target(letter, 'imp')?.kind).toBe('table');
    expect(target(letter, 'copies')?.kind).toBe('copies');
  });

  it('finds each section by its heading', () => {
    const letter = letterWithTwoSections();
    const [missions, suivi] = letter.sections;
    expect(target(letter, `section:${missions?.id}`)).toEqual({
      kind: 'heading',
      text: 'Missions',
    });
    expect(target(letter, `section:${suivi?.id}`)).toEqual({ kind: 'heading', text: 'Suivi' });
  });

  it('counts only the sections that print a heading', () => {
    const letter = letterWithTwoSections();
    const first = letter.sections[0];
    if (first) first.title = '';
    expect(target(letter, `section:${first?.id}`)).toBeNull();
    expect(target(letter, `section:${letter.sections[1]?.id}`)).toEqual({
      kind: 'heading',
      text: 'Suivi',
    });
  });

  it('finds a blank by the value typed, wherever it prints', () => {
    const letter = letterWithTwoSections();
    expect(target(letter, 'fields', 'curie')).toMatchObject({ kind: 'paragraph' });
    expect(target(letter, 'fields', '')).toBeNull();
    expect(target(letter, 'fields', 'absent du texte')).toBeNull();
  });

  it('leaves the preview alone for an unknown region', () => {
    expect(target(letterWithTwoSections(), 'ailleurs')).toBeNull();
  });
});
