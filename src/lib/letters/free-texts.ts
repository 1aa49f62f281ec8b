import type { Letter } from '../schemas/letter';

/**
 * Where a free text of a letter is. `position` counts from 1 within its list, as the editor
 * numbers its boxes (« Référence 2 », « Mission 3 »); a section's paragraphs are counted among
 * the section's paragraphs.
 */
export type TextPlace =
  | { part: 'title' }
  | { part: 'vu' | 'preamble' | 'closing' | 'copies'; itemId: string; position: number }
  | { part: 'sectionTitle'; sectionId: string; section: string }
  | {
      part: 'section';
      sectionId: string;
      /** The section's title as typed. */
      section: string;
      blockId: string;
      /** The list item, or null for a paragraph. */
      itemId: string | null;
      position: number;
    }
  | { part: 'impNote' };

/** One text the user can edit, and where it is. */
export interface FreeText {
  place: TextPlace;
  text: string;
}

/**
 * Every free text of the letter in reading order: title, « Vu » lines, introduction, sections
 * (title, paragraphs, items), conclusion, IMP note, copies. Field values are not free texts:
 * each is checked by its type.
 */
export function freeTexts(letter: Letter): FreeText[] {
  const texts: FreeText[] = [{ place: { part: 'title' }, text: letter.title }];
  const list = (part: 'vu' | 'preamble' | 'closing' | 'copies') =>
    letter[part].forEach((item, index) =>
      texts.push({ place: { part, itemId: item.id, position: index + 1 }, text: item.text }),
    );
  list('vu');
  list('preamble');
  for (const { id: sectionId, title: section, blocks } of letter.sections) {
    texts.push({ place: { part: 'sectionTitle', sectionId, section }, text: section });
    let paragraphs = 0;
    for (const block of blocks) {
      const base = { part: 'section', sectionId, section, blockId: block.id } as const;
      if (block.type === 'paragraph') {
        texts.push({ place: { ...base, itemId: null, position: ++paragraphs }, text: block.text });
      } else {
        block.items.forEach((item, index) =>
          texts.push({ place: { ...base, itemId: item.id, position: index + 1 }, text: item.text }),
        );
      }
    }
  }
  list('closing');
  if (letter.imp) texts.push({ place: { part: 'impNote' }, text: letter.imp.note });
  list('copies');
  return texts;
}

const quoted = (text: string) => `«\u00a0${text.trim() || 'sans titre'}\u00a0»`;

/** Where the text is, in French, as the editor labels its box: « Section « Missions », mission 3 ». */
export function placeLabel(place: TextPlace): string {
  switch (place.part) {
    case 'title':
      return 'Titre de la lettre';
    case 'vu':
      return `Référence «\u00a0Vu\u00a0» ${place.position}`;
    case 'preamble':
      return `Introduction, paragraphe ${place.position}`;
    case 'closing':
      return `Conclusion, paragraphe ${place.position}`;
    case 'copies':
      return `Ligne de copie ${place.position}`;
    case 'sectionTitle':
      return `Titre de la section ${quoted(place.section)}`;
    case 'section':
      return `Section ${quoted(place.section)}, ${place.itemId ? 'mission' : 'paragraphe'} ${place.position}`;
    case 'impNote':
      return 'Note sous le tableau des IMP';
  }
}
