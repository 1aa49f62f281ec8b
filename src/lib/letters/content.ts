import type { Item, Letter, LetterBlock } from '../schemas/letter';
import { NEW_SECTION_TITLE } from './commands/sections';

const typed = (text: string) => text.trim() !== '';
const texts = (items: readonly Item[]) => items.map((item) => item.text).filter(typed);

/** A block as far as content goes: its text, or its filled missions; null when it holds none. */
function blockContent(block: LetterBlock): string | string[] | null {
  if (block.type === 'paragraph') return typed(block.text) ? block.text : null;
  const filled = texts(block.items);
  return filled.length > 0 ? filled : null;
}

/**
 * What counts as the content of a letter, as a string to compare: a new letter is written to
 * storage only once this differs from what it was when the editor opened, so « Ajouter » alone
 * does not fill « Mes lettres » with « Sans nom » letters.
 *
 * It counts: the title, the blanks' values, the heading, the date, the text of every item,
 * paragraph and section heading (their order included, so moving or removing a mission counts),
 * the IMP block and the signatures. It leaves out: ids, timestamps, and whatever holds no typed
 * text: an empty item, paragraph or list, and a section the user added that is still empty and
 * still called « Nouvelle section ».
 */
export function letterContent(letter: Letter): string {
  const sections = letter.sections
    .map((section) => ({
      title: section.title,
      blocks: section.blocks.map(blockContent).filter((block) => block !== null),
      fromModel: section.modelSection,
    }))
    .filter(
      (section) =>
        section.fromModel !== null ||
        section.blocks.length > 0 ||
        section.title.trim() !== NEW_SECTION_TITLE,
    );
  return JSON.stringify({
    title: letter.title,
    values: Object.entries(letter.values)
      .filter(([, value]) => typed(value))
      .sort(([a], [b]) => a.localeCompare(b)),
    school: letter.school,
    date: letter.date,
    vu: texts(letter.vu),
    preamble: texts(letter.preamble),
    sections,
    closing: texts(letter.closing),
    imp: letter.imp,
    signatures: letter.signatures,
    copies: texts(letter.copies),
  });
}
