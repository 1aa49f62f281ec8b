import type { Field } from '../schemas/field';
import type { Block, LetterType, Section } from '../schemas/letter-type';
import { plural } from '../text/plural';

// Which parts of a model the builder shows folded when it opens. Every text box costs the page
// its layout and its work at each keystroke: a model at every limit (200 fields, 200 sections,
// 1 000 missions) mounted whole took 4 to 6 s to open and 0.2 to 0.3 s per keystroke. Parts
// past a budget start folded (a button with `aria-expanded` opens each one); a model of a usual
// size fits in the budget and opens as it always did, everything unfolded.

/** The text boxes a model opens with unfolded, at most, across its sections. */
export const SECTION_BOX_BUDGET = 150;

/** The fields shown with all their settings when a model opens; the others show their label. */
export const OPEN_FIELDS = 30;

/** The text boxes a block mounts: one paragraph, or each mission of a list. */
const blockBoxes = (block: Block): number =>
  block.type === 'paragraph' ? 1 : Math.max(1, block.items.length);

/** The text boxes a section's body mounts when unfolded. */
export function sectionBoxes(section: Section): number {
  return section.blocks.reduce((sum, block) => sum + blockBoxes(block), 0);
}

/**
 * The ids of the sections that start folded: sections stay unfolded, in order, while their
 * boxes fit in the budget; from the first one that does not fit, every section is folded (the
 * page reads from the top: a folded section is never followed by an unfolded one at open).
 */
export function foldedSectionsAtOpen(
  sections: readonly Section[],
  budget = SECTION_BOX_BUDGET,
): Set<string> {
  const folded = new Set<string>();
  let spent = 0;
  for (const section of sections) {
    spent += sectionBoxes(section);
    if (spent > budget || folded.size > 0) folded.add(section.id);
  }
  return folded;
}

/** The ids of the fields that start with their settings folded: those after the first ones. */
export function foldedFieldsAtOpen(fields: readonly Field[], open = OPEN_FIELDS): Set<string> {
  return new Set(fields.slice(open).map((field) => field.id));
}

/** What a folded section holds, for its button: « 1 paragraphe et 1 liste de 1 000 missions ». */
export function sectionContents(section: Section): string {
  const paragraphs = section.blocks.filter((block) => block.type === 'paragraph').length;
  const lists = section.blocks.flatMap((block) => (block.type === 'list' ? [block] : []));
  const parts: string[] = [];
  if (paragraphs > 0) parts.push(plural(paragraphs, 'paragraphe', 'paragraphes'));
  if (lists.length === 1) {
    const items = lists[0]?.items.length ?? 0;
    parts.push(`1 liste de ${plural(items, 'mission', 'missions')}`);
  } else if (lists.length > 1) {
    const items = lists.reduce((sum, list) => sum + list.items.length, 0);
    parts.push(
      `${plural(lists.length, 'liste', 'listes')} (${plural(items, 'mission', 'missions')})`,
    );
  }
  return parts.length === 0 ? 'vide' : parts.join(' et ');
}

/**
 * Whether the model opens with something folded: past the budget, the builder also lays out its
 * preview only once the form has shown (a model of a usual size shows both at once, as before).
 */
export function foldsAtOpen(model: LetterType): boolean {
  return model.fields.length > OPEN_FIELDS || foldedSectionsAtOpen(model.sections).size > 0;
}
