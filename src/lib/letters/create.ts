import type { LetterType } from '../schemas/letter-type';
import { LETTER_SCHEMA_VERSION, type Letter, type LetterSection } from '../schemas/letter';
import { headingOf, type School } from '../schemas/school';
import { newId } from '../ids/new-id';
import { localIsoDate } from '../format/date';
import { preparedYear } from '../school/prepared-year';

/** The model's sections as a letter's editable sections (fresh ids for every part). */
export function sectionsFromModel(type: LetterType, makeId: () => string = newId): LetterSection[] {
  return type.sections.map((section) => sectionFromModel(section, makeId));
}

/** One section of the model, ready to edit. */
export function sectionFromModel(
  section: LetterType['sections'][number],
  makeId: () => string = newId,
): LetterSection {
  return {
    id: makeId(),
    title: section.title,
    modelSection: section.id,
    blocks: section.blocks.map((block) =>
      block.type === 'paragraph'
        ? { type: 'paragraph', id: makeId(), text: block.text }
        : {
            type: 'list',
            id: makeId(),
            items: block.items.map((text) => ({ id: makeId(), text })),
          },
    ),
  };
}

const items = (texts: readonly string[], makeId: () => string) =>
  texts.map((text) => ({ id: makeId(), text }));

/**
 * A new letter from a model: the model's structure copied, the blanks pre-filled from
 * "Mon établissement", its heading copied without the logo (read from « Mon établissement » when
 * printing). The school year is the one being prepared (`preparedYear`) and the letter is dated
 * today. `now` and `makeId` are parameters so tests are deterministic.
 */
export function createLetter(
  typeId: string,
  type: LetterType,
  school: School,
  now: Date,
  makeId: () => string = newId,
): Letter {
  const values: Record<string, string> = {};
  for (const field of type.fields) values[field.id] = field.prefill ? school[field.prefill] : '';
  for (const field of type.fields) {
    if (field.role === 'anneeScolaire' && !values[field.id])
      values[field.id] = preparedYear(school, now).year;
  }
  const stamp = now.toISOString();
  return {
    schemaVersion: LETTER_SCHEMA_VERSION,
    id: makeId(),
    typeId,
    revision: 0,
    createdAt: stamp,
    updatedAt: stamp,
    kind: type.kind,
    title: type.title,
    objet: type.objet ?? '',
    school: headingOf(school),
    date: localIsoDate(now),
    fields: type.fields.map((field) => ({ ...field })),
    values,
    vu: items(type.vu, makeId),
    preamble: items(type.preamble, makeId),
    sections: sectionsFromModel(type, makeId),
    closing: items(type.closing, makeId),
    imp: type.imp
      ? {
          stsCode: type.imp.stsCode ?? '',
          note: type.imp.note ?? '',
          lines: type.imp.columns.map((column) => ({
            id: column.id,
            heading: column.heading,
            mission: column.mission,
            provenance: column.provenance ? '' : null,
            count: null,
            taux: null,
          })),
        }
      : null,
    signatures: type.signatures.map((signature) => ({ id: makeId(), ...signature })),
    copies: items(type.copies, makeId),
    status: 'brouillon',
    statusHistory: [],
    teamPersonId: null,
  };
}
