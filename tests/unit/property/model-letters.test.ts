import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { letterSchema } from '../../../src/lib/schemas/letter';
import { emptySchool, SCHOOL_TEXT_KINDS, type School } from '../../../src/lib/schemas/school';
import { COUNT_LIMITS, TEXT_LIMITS } from '../../../src/lib/schemas/limits';
import { fieldTypes } from '../../../src/lib/schemas/field-types';
import { schoolKeys } from '../../../src/lib/schemas/field';
import { repairModelIds } from '../../../src/lib/models/repair-ids';
import { createLetter } from '../../../src/lib/letters/create';

// A model is accepted only if a letter made from it can be saved (issue 22): hostile models,
// their texts and lists around each limit, repeated ids, blanks pre-filled from a school whose
// every text is at its limit. Whatever the model schema accepts (after the import's repair of
// repeated ids) must give, through `createLetter`, a letter the letter's schema accepts.

/**
 * A length around `limit`: mostly within it (just under, at), sometimes over (just, far), so
 * that some models with everything at its limit are accepted among the many refused.
 */
const around = (limit: number) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(1, Math.max(1, limit - 1), limit), weight: 15 },
    { arbitrary: fc.constantFrom(limit + 1, limit * 2), weight: 1 },
  );

/** A text of about `limit` characters, sometimes with spaces around it (trimmed by the model). */
const textAround = (kind: keyof typeof TEXT_LIMITS) =>
  fc
    .tuple(around(TEXT_LIMITS[kind]), fc.boolean())
    .map(([n, padded]) => (padded ? `  ${'é'.repeat(n)}  ` : 'é'.repeat(n)));

/** `make(i)` for a count around `limit` (small texts, so only the count is at stake). */
const listAround = <T>(limit: number, make: (i: number) => T) =>
  around(limit).map((n) => Array.from({ length: n }, (_, i) => make(i)));

/** Ids with a few repeats, as a hand-edited file has them. */
const ids = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1, maxLength: 6 });

const field = fc.record({
  type: fc.constantFrom(...fieldTypes),
  prefill: fc.option(fc.constantFrom(...schoolKeys), { nil: undefined }),
});

const rawModel = fc
  .record({
    title: textAround('title'),
    objet: textAround('title'),
    sectionTitle: textAround('title'),
    paragraph: textAround('paragraph'),
    vuText: textAround('line'),
    copyText: textAround('line'),
    stsCode: textAround('code'),
    impHeading: textAround('line'),
    impNote: textAround('paragraph'),
    fieldCount: around(COUNT_LIMITS.fields),
    fieldKinds: fc.array(field, { minLength: 1, maxLength: 3 }),
    sections: around(COUNT_LIMITS.sections),
    blocks: around(COUNT_LIMITS.blocks),
    items: around(COUNT_LIMITS.items),
    vu: listAround(COUNT_LIMITS.vu, (i) => `Vu ${i}`),
    preamble: listAround(COUNT_LIMITS.preamble, (i) => `P ${i}`),
    closing: listAround(COUNT_LIMITS.closing, (i) => `C ${i}`),
    copies: listAround(COUNT_LIMITS.copies, (i) => `Copie ${i}`),
    signatures: listAround(COUNT_LIMITS.signatures, (i) => ({ signer: 'other', label: `S ${i}` })),
    columnIds: ids,
    sectionIds: ids,
  })
  .map((p) => ({
    title: p.title,
    objet: p.objet,
    mission: 'Référent',
    kind: 'lettre-de-mission',
    summary: 'Une mission.',
    audience: 'Un enseignant.',
    authority: 'Le chef d’établissement.',
    provenance: { kind: 'user' },
    fields: Array.from({ length: p.fieldCount }, (_, i) => {
      const kind = p.fieldKinds[i % p.fieldKinds.length] ?? {
        type: 'text' as const,
        prefill: undefined,
      };
      return {
        id: `f${i % 7 === 6 ? 0 : i}`,
        label: `Champ ${i}`,
        type: kind.type,
        ...(kind.type === 'choice' ? { options: ['Oui', 'Non'] } : {}),
        ...(kind.prefill ? { prefill: kind.prefill } : {}),
      };
    }),
    vu: [p.vuText, ...p.vu],
    preamble: p.preamble,
    closing: p.closing,
    copies: [p.copyText, ...p.copies],
    signatures: p.signatures,
    imp: {
      stsCode: p.stsCode,
      note: p.impNote,
      columns: p.columnIds.slice(0, 2).map((id) => ({ id, heading: p.impHeading, mission: 'M' })),
    },
    sections: Array.from({ length: p.sections }, (_, i) => ({
      id: p.sectionIds[i % p.sectionIds.length],
      title: i === 0 ? p.sectionTitle : `S ${i}`,
      blocks:
        i === 0
          ? [
              { type: 'paragraph', text: p.paragraph },
              { type: 'list', items: Array.from({ length: p.items }, (_, j) => `I ${j}`) },
              ...Array.from({ length: p.blocks - 2 }, () => ({ type: 'paragraph', text: 'B' })),
            ]
          : [{ type: 'paragraph', text: 'B' }],
    })),
  }));

/** « Mon établissement » with every text at its limit. */
const fullSchool: School = {
  ...emptySchool,
  ...Object.fromEntries(
    Object.entries(SCHOOL_TEXT_KINDS).map(([key, kind]) => [key, 'x'.repeat(TEXT_LIMITS[kind])]),
  ),
};

describe('every model accepted gives a letter that can be saved', () => {
  it('for hostile models around every limit, from an empty or a full school', () => {
    let accepted = 0;
    fc.assert(
      fc.property(rawModel, (raw) => {
        const parsed = letterTypeSchema.safeParse(repairModelIds(raw).model);
        if (!parsed.success) return;
        accepted += 1;
        for (const school of [emptySchool, fullSchool]) {
          const letter = createLetter('modele', parsed.data, school, new Date(2026, 4, 10));
          expect(letterSchema.safeParse(letter).error?.issues ?? []).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
    // Not a timing: the generator must reach accepted models too, or the property is empty.
    expect(accepted).toBeGreaterThan(0);
  });
});
