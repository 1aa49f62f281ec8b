import fc from 'fast-check';
import { createLetter } from '../../../src/lib/letters/create';
import { letterSchema, type Letter } from '../../../src/lib/schemas/letter';
import {
  letterKinds,
  letterTypeSchema,
  type LetterType,
} from '../../../src/lib/schemas/letter-type';
import { impRateSchema, type ImpRate } from '../../../src/lib/schemas/imp-rate';
import { MAX_REVISION } from '../../../src/lib/schemas/revision';
import { LETTER_STATUSES } from '../../../src/lib/schemas/letter-status';
import { emptySchool, schoolLimit, type School } from '../../../src/lib/schemas/school';
import { TEXT_LIMITS, blankLimit } from '../../../src/lib/schemas/limits';
import { computedPlaceholders } from '../../../src/lib/text/placeholders';
import { headCivilites, headTitles } from '../../../src/lib/text/head-title';
import { letterFiles, readYaml } from '../support/content';
import { editedList, freshId } from './list-edits';
import {
  fieldValue,
  freshField,
  impLines,
  isoDate,
  items,
  sections,
  signatures,
} from './letter-parts';
import { printableText, userText, type TextMaker } from './user-text';

/** A real model of content/lettres, with its slug. */
export interface RealModel {
  slug: string;
  model: LetterType;
}

/** Every model of content/lettres, read as the unit tests read content. */
export const models: readonly RealModel[] = letterFiles().map(([slug, data]) => ({
  slug,
  model: letterTypeSchema.parse(data),
}));

/** The IMP rates of content/taux-imp.yaml. */
export const rates: ImpRate[] = Object.values(readYaml('taux-imp.yaml') as object).map((rate) =>
  impRateSchema.parse(rate),
);

/** The model a generated letter was made from. */
export function modelOf(letter: Letter): RealModel {
  const found = models.find(({ slug }) => slug === letter.typeId);
  if (!found) throw new Error(`no model ${letter.typeId}`);
  return found;
}

/** « Mon établissement » as anyone may fill it, within the schema's length limits. */
const schoolOf = (userText: TextMaker): fc.Arbitrary<School> =>
  fc.record({
    etablissement: userText([], schoolLimit('etablissement')),
    uai: fc.oneof(fc.constantFrom('0931234A', ''), userText([], schoolLimit('uai'))),
    adresse: userText([], schoolLimit('adresse')),
    ville: userText([], schoolLimit('ville')),
    academie: userText([], schoolLimit('academie')),
    chef: userText([], schoolLimit('chef')),
    chefCivilite: fc.constantFrom('', ...headCivilites),
    chefTitre: fc.oneof(fc.constantFrom(...headTitles, ''), userText([], schoolLimit('chefTitre'))),
    affaireSuiviePar: userText([], schoolLimit('affaireSuiviePar')),
    telephone: userText([], schoolLimit('telephone')),
    courriel: userText([], schoolLimit('courriel')),
  });

/** An ISO timestamp as the schema takes it (`Z`, years of four digits). */
const timestamp = fc
  .date({ min: new Date('1970-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
  .map((date) => date.toISOString());

/** Revisions at both bounds, and any between. */
const revision = fc.oneof(
  fc.constantFrom(0, 1, MAX_REVISION - 1, MAX_REVISION),
  fc.integer({ min: 0, max: MAX_REVISION }),
);

/** The letter a user made from `real`, then edited in every way the editor or a backup allows. */
function editedLetter({ slug, model }: RealModel, userText: TextMaker): fc.Arbitrary<unknown> {
  const school = schoolOf(userText);
  const created = fc
    .tuple(
      school,
      fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
    )
    .map(([heading, now]) => {
      let n = 0;
      return createLetter(slug, model, { ...emptySchool, ...heading }, now, () => `p-${++n}`);
    });
  return created.chain((base) => {
    const fieldList = editedList(base.fields, (field) => fc.constant(field), freshField, 20);
    return fieldList.chain((fields) => {
      const ids = [...fields.map((field) => field.id), ...computedPlaceholders];
      // Each box's text within that box's limit (`limits.ts`), as the form's maxlength keeps it.
      const text = userText(ids);
      const title = userText(ids, TEXT_LIMITS.title);
      const line = userText(ids, TEXT_LIMITS.line);
      const values = fc
        .tuple(
          ...fields.map((field) =>
            fc.option(fieldValue(field, userText(ids, blankLimit(field.type))), { nil: undefined }),
          ),
        )
        .map((list) =>
          Object.fromEntries(
            fields.flatMap((field, i) => (list[i] === undefined ? [] : [[field.id, list[i]]])),
          ),
        );
      return fc.record({
        ...constants(base),
        id: fc.oneof(fc.constant(base.id), freshId),
        revision,
        createdAt: timestamp,
        updatedAt: timestamp,
        kind: fc.constantFrom(...letterKinds),
        title: fc.oneof(fc.constant(base.title), title),
        objet: fc.oneof(fc.constant(base.objet), title),
        school: fc.oneof(fc.constant(base.school), school),
        date: fc.oneof(fc.constant(''), fc.constant(base.date), isoDate),
        fields: fc.constant(fields),
        values,
        vu: items(base.vu, line, 100),
        preamble: items(base.preamble, text, 100),
        sections: sections(base.sections, text, title),
        closing: items(base.closing, text, 100),
        imp: base.imp
          ? fc.oneof(
              { weight: 1, arbitrary: fc.constant(null) },
              {
                weight: 4,
                arbitrary: impPart(base.imp, text, userText(ids, TEXT_LIMITS.code), line),
              },
            )
          : fc.constant(null),
        signatures: signatures(base.signatures, userText, ids),
        copies: items(base.copies, line, 50),
        ...campaignPart(text),
      });
    });
  });
}

/** Where the letter stands in the campaign: any status, a history with reasons, a team link. */
function campaignPart(reason: fc.Arbitrary<string>) {
  const status = fc.constantFrom(...LETTER_STATUSES);
  return {
    status,
    statusHistory: fc.array(
      fc.record({ status, at: timestamp, reason: fc.oneof(fc.constant(''), reason) }),
      { maxLength: 4 },
    ),
    teamPersonId: fc.option(freshId, { nil: null }),
  };
}

/** What a letter keeps as it was made: its format version and model. */
const constants = (base: Letter) => ({
  schemaVersion: fc.constant(base.schemaVersion),
  typeId: fc.constant(base.typeId),
});

function impPart(
  imp: NonNullable<Letter['imp']>,
  text: fc.Arbitrary<string>,
  code: fc.Arbitrary<string>,
  line: fc.Arbitrary<string>,
) {
  return fc.record({
    stsCode: fc.oneof(fc.constant(imp.stsCode), code),
    lines: impLines(imp.lines, line),
    note: fc.oneof(fc.constant(imp.note), text),
  });
}

/** Letters of `real` models with texts from `text`, as `letterSchema` parses them. */
function lettersWith(text: TextMaker): fc.Arbitrary<Letter> {
  return fc
    .constantFrom(...models)
    .chain((real) => editedLetter(real, text))
    .map((input) => letterSchema.safeParse(input))
    .filter((result) => result.success)
    .map((result) => {
      if (!result.success) throw new Error('filtered out');
      return result.data;
    });
}

/**
 * Any letter the schema accepts, made from one of the real models and edited: arbitrary user
 * text in every box, lists edited, IMP at its bounds, signatories changed, blanks missing or
 * added. Only what `letterSchema` accepts is kept, as it parses it (what storage holds).
 */
export const anyLetter = lettersWith(userText);

/** Like `anyLetter`, with only characters the PDF fonts draw (or that printing cleans away). */
export const printableLetter = lettersWith(printableText);
