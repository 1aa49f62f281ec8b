import fc from 'fast-check';
import { TEXT_LIMITS } from '../../../src/lib/schemas/limits';
import type { Field } from '../../../src/lib/schemas/field';
import { fieldTypes, fieldRoles, schoolKeys } from '../../../src/lib/schemas/field';
import { signerKinds } from '../../../src/lib/schemas/signatory';
import type {
  ImpLine,
  Item,
  LetterBlock,
  LetterSection,
  LetterSignatory,
} from '../../../src/lib/schemas/letter';
import { editedList, freshId, withText } from './list-edits';
import { nonBlankText, type TextMaker } from './user-text';

/** A calendar date as the schema lets it through: real ones, and some that only look real. */
export const isoDate = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', '0000-00-00', '9999-99-99', '2024-02-29', '2026-12-31'),
);

/** Items (« Vu », paragraphs, missions, copies) after the user's edits. */
export function items(base: readonly Item[], text: fc.Arbitrary<string>, max: number) {
  const fresh = fc.record({ id: freshId, text });
  return editedList(base, withText<Item>(text), fresh, max);
}

/** A value for a blank, as its type's control lets a user type it (or not). */
export function fieldValue(field: Field, text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const typed: Record<Field['type'], fc.Arbitrary<string>> = {
    text: text,
    longText: text,
    date: isoDate,
    schoolYear: fc.constantFrom('2025-2026', '2026-2028', '1999-2000', '25-26'),
    uai: fc.constantFrom('0931234A', '0771234B', '12', 'ABCDEFGH'),
    email: fc.constantFrom('ce.93mlds@ac-creteil.fr', 'pas-un-courriel', 'a@b'),
    impCount: fc.constantFrom('0,25', '1', '1,5', '20', '0', '-1', '1e308', 'beaucoup'),
    choice: fc.constantFrom(...(field.options ?? []), 'Autre'),
    number: fc.oneof(
      fc.constantFrom('1 250,5', '12', '-3,75', '0012', '1e308', '12 50', 'douze'),
      fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
    ),
    yesNo: fc.constantFrom('oui', 'non', 'Oui', 'peut-être'),
    amount: fc.oneof(
      fc.constantFrom('1 250,50', '312,5 €', '1250', '-5', '0,125', '9999999999', 'cher'),
      fc.integer({ min: 0, max: 99_999_999_999 }).map((cents) => `${cents / 100}`),
    ),
  };
  return fc.oneof(fc.constant(''), typed[field.type], text);
}

/**
 * A blank the user's copy of the model gained (as an older model or a backup may bring): every
 * type, and ids that are also names of `Object.prototype`'s members.
 */
export const freshField: fc.Arbitrary<Field> = fc
  .record(
    {
      id: fc.oneof(
        fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,20}$/),
        fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', 'proto'),
      ),
      label: fc.string({ minLength: 1, maxLength: 40 }),
      type: fc.constantFrom(...fieldTypes),
      required: fc.boolean(),
      hint: fc.string({ minLength: 1, maxLength: 40 }),
      prefill: fc.constantFrom(...schoolKeys),
      role: fc.constantFrom(...fieldRoles),
      options: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 2, maxLength: 4 }),
      suggestions: fc.array(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 3 }),
    },
    { requiredKeys: ['id', 'label', 'type', 'required'] },
  )
  .map((field) =>
    field.type === 'choice' && !field.options
      ? { ...field, options: ['Madame', 'Monsieur'] }
      : field,
  );

/** The sections, their blocks and items after the user's edits. */
export function sections(
  base: readonly LetterSection[],
  text: fc.Arbitrary<string>,
  title: fc.Arbitrary<string> = text,
) {
  const freshBlock: fc.Arbitrary<LetterBlock> = fc.oneof(
    fc.record({ type: fc.constant('paragraph' as const), id: freshId, text }),
    fc.record({ type: fc.constant('list' as const), id: freshId, items: items([], text, 5) }),
  );
  const editBlock = (block: LetterBlock): fc.Arbitrary<LetterBlock> =>
    block.type === 'paragraph'
      ? text.map((value) => ({ ...block, text: value }))
      : items(block.items, text, 20).map((list) => ({ ...block, items: list }));
  const blocks = (base: readonly LetterBlock[]) => editedList(base, editBlock, freshBlock, 12);
  const editSection = (section: LetterSection): fc.Arbitrary<LetterSection> =>
    fc
      .tuple(fc.oneof(fc.constant(section.title), title), blocks(section.blocks))
      .map(([title, list]) => ({ ...section, title, blocks: list }));
  const freshSection: fc.Arbitrary<LetterSection> = fc.record({
    id: freshId,
    title,
    modelSection: fc.constant(null),
    blocks: blocks([]),
  });
  return editedList(base, editSection, freshSection, 12);
}

/** A number of IMP: unset, at the bounds (0, 0.25, 20), or any quarter between. */
export const impCount = fc.oneof(
  fc.constant(null),
  fc.constantFrom(0, 0.25, 19.75, 20),
  fc.integer({ min: 0, max: 80 }).map((quarters) => quarters / 4),
);

/** A rate: unset, or 1 to 5. */
const taux = fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 5 }));

/** The IMP lines after the user's edits, an « autre » line added now and then. */
export function impLines(base: readonly ImpLine[], text: fc.Arbitrary<string>) {
  const line = (id: string, heading: string, mission: string, provenance: string | null) =>
    fc
      .record({
        count: impCount,
        taux,
        provenance: fc.oneof(fc.constant(provenance), fc.constant(null), text),
        heading: fc.oneof(fc.constant(heading), text),
        mission: fc.oneof(fc.constant(mission), text),
      })
      .map((parts): ImpLine => ({ id, ...parts }));
  const autre = line('autre', 'autre', 'autre', '');
  return editedList(base, (l) => line(l.id, l.heading, l.mission, l.provenance), autre, 4).filter(
    (lines) => lines.length > 0,
  );
}

/** The signatories after the user's edits: renamed, moved, removed, added. */
export function signatures(
  base: readonly LetterSignatory[],
  text: TextMaker,
  placeholders: readonly string[],
) {
  const parts = {
    signer: fc.constantFrom(...signerKinds),
    label: nonBlankText(text, placeholders, TEXT_LIMITS.line),
    name: text(placeholders, TEXT_LIMITS.name),
    acknowledgement: fc.boolean(),
    stamp: fc.boolean(),
    delegation: fc.boolean(),
  };
  const edit = (signatory: LetterSignatory) =>
    fc
      .record(parts, { requiredKeys: [] })
      .map((changes): LetterSignatory => ({ ...signatory, ...changes }));
  const fresh = fc.record({ id: freshId, ...parts });
  return editedList(base, edit, fresh, 10);
}
