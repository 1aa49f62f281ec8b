import type { Letter, LetterSection } from '../schemas/letter';
import type { LetterType } from '../schemas/letter-type';
import { createLetter, sectionFromModel } from './create';
import { newId } from '../ids/new-id';

/** The model's version of a section of the letter, or null for a section the user added. */
export function modelSection(
  section: LetterSection,
  model: LetterType,
  makeId: () => string = newId,
): LetterSection | null {
  const source = model.sections.find((candidate) => candidate.id === section.modelSection);
  return source ? sectionFromModel(source, makeId) : null;
}

/**
 * The whole text of the letter back to its model: title, « Vu », paragraphs, sections, IMP
 * labels and copies. What the user typed in the blanks, the heading and the IMP numbers stay.
 */
export function resetToModel(
  letter: Letter,
  model: LetterType,
  makeId: () => string = newId,
): Letter {
  const fresh = createLetter(
    letter.typeId,
    model,
    letter.school,
    new Date(letter.updatedAt),
    makeId,
  );
  const imp =
    fresh.imp && letter.imp
      ? {
          ...fresh.imp,
          lines: fresh.imp.lines.map((line) => {
            const kept = letter.imp?.lines.find((old) => old.id === line.id);
            return kept
              ? { ...line, provenance: kept.provenance, count: kept.count, taux: kept.taux }
              : line;
          }),
        }
      : // A table the head added to a letter whose model has none is hers, amounts and all.
        (fresh.imp ?? letter.imp);
  return {
    ...fresh,
    id: letter.id,
    revision: letter.revision,
    createdAt: letter.createdAt,
    updatedAt: letter.updatedAt,
    date: letter.date,
    values: { ...fresh.values, ...letter.values },
    imp,
  };
}
