import { describe, expect, it } from 'vitest';
import { letterTypeSchema, type LetterType } from '../../src/lib/schemas/letter-type';
import { impRateSchema } from '../../src/lib/schemas/imp-rate';
import { glossaryEntrySchema } from '../../src/lib/schemas/glossary-entry';
import { describeIssues } from '../../src/lib/schemas/errors';
import { acronymCandidates } from '../../src/lib/text/acronyms';
import { publicHolidaysSchema } from '../../src/lib/schemas/public-holidays';
import { PUBLIC_HOLIDAYS } from '../../src/lib/format/public-holidays';
import { letterFiles, readYaml } from './support/content';

const letters = letterFiles();
const parsedLetters = letters.map(([slug, data]) => [slug, letterTypeSchema.parse(data)] as const);
const glossary = Object.entries(readYaml('glossaire.yaml') as Record<string, unknown>);
const rates = Object.values(readYaml('taux-imp.yaml') as Record<string, unknown>).map((rate) =>
  impRateSchema.parse(rate),
);

describe('every content file matches its schema', () => {
  it('has one model per source document: the five seeds', () => {
    const bySource = parsedLetters.filter(([, type]) => type.provenance.kind === 'source');
    expect(bySource.map(([slug]) => slug)).toEqual([
      'coordonnateur-devoirs-faits',
      'coordonnateur-mlds-bassin',
      'coordonnateur-rep',
      'referent-cordee-de-la-reussite',
      'referent-decrochage-scolaire',
    ]);
  });

  it.each(letters)('lettres/%s.yaml is a valid letter model', (slug, data) => {
    const result = letterTypeSchema.safeParse(data);
    expect(result.success ? [] : describeIssues(result.error, `lettres/${slug}.yaml`)).toEqual([]);
  });

  it.each(glossary)('glossaire.yaml › %s is a valid entry', (id, data) => {
    const result = glossaryEntrySchema.safeParse(data);
    expect(result.success ? [] : describeIssues(result.error, `glossaire.yaml › ${id}`)).toEqual(
      [],
    );
  });
});

describe('models written from references alone', () => {
  const fromReferences = parsedLetters.filter(([, type]) => type.provenance.kind === 'references');
  // A text is found by its number and date, or by its article in a code: « Circulaire n° 2015-058
  // du 29 avril 2015 », « Code de l’éducation, article L. 511-3-1 ».
  const dated = /\b(1er|\d{1,2}) [a-zéû]+ \d{4}\b|\barticles? [LRD]\. \d/u;

  it.each(fromReferences)(
    'lettres/%s.yaml cites each reference with its date or article',
    (_slug, type) => {
      const vague = type.references.filter((reference) => !dated.test(reference.label));
      expect(vague.map((reference) => reference.label)).toEqual([]);
    },
  );

  const paying = fromReferences.filter(([, type]) => type.imp !== undefined);
  it.each(paying)('lettres/%s.yaml cites the texts of the IMP it pays', (_slug, type) => {
    const labels = type.references.map((reference) => reference.label).join('\n');
    expect(labels).toContain('Décret n°\u00a02015-475 du 27 avril 2015');
    expect(labels).toContain('Arrêté du 27 avril 2015');
    expect(labels).toContain(
      'Circulaire n°\u00a02015-058 du 29 avril 2015 (BO n°\u00a018 du 30 avril 2015)',
    );
  });
});

/** Every text of a letter model a reader sees. */
function textsOf(type: LetterType): string[] {
  return [
    type.title,
    type.mission,
    type.summary,
    type.audience,
    type.authority,
    ...type.fields.flatMap((field) => [
      field.label,
      field.hint ?? '',
      ...(field.suggestions ?? []),
    ]),
    ...type.vu,
    ...type.preamble,
    ...type.sections.flatMap((section) => [
      section.title,
      ...section.blocks.flatMap((block) =>
        block.type === 'paragraph' ? [block.text] : block.items,
      ),
    ]),
    ...type.closing,
    ...(type.imp
      ? [
          type.imp.stsCode ?? '',
          type.imp.note ?? '',
          ...type.imp.columns.flatMap((c) => [c.heading, c.mission]),
        ]
      : []),
    ...type.signatures.map((signature) => signature.label),
    ...type.copies,
    ...type.references.map((reference) => reference.label),
  ];
}

describe('the glossary expands every acronym the letters use', () => {
  const spellings = new Set(
    glossary.flatMap(([, data]) => {
      const entry = glossaryEntrySchema.parse(data);
      return [entry.term, ...entry.variants];
    }),
  );

  it.each(parsedLetters)('every acronym of lettres/%s.yaml is in the glossary', (_slug, type) => {
    const used = new Set(textsOf(type).flatMap(acronymCandidates));
    const missing = [...used].filter((word) => !spellings.has(word));
    expect(missing).toEqual([]);
  });

  it('has no entry twice', () => {
    const terms = glossary.map(([, data]) => glossaryEntrySchema.parse(data).term);
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe('IMP rates', () => {
  it('lists the five rates of the arrêté du 27 avril 2015, taux 1 to 5', () => {
    const byTaux = [...rates].sort((a, b) => a.taux - b.taux);
    expect(byTaux.map((rate) => [rate.taux, rate.share, rate.amount])).toEqual([
      [1, 0.25, 312.5],
      [2, 0.5, 625],
      [3, 1, 1250],
      [4, 2, 2500],
      [5, 3, 3750],
    ]);
  });

  it('pays each rate as its share of one IMP of 1 250 €', () => {
    for (const rate of rates) expect(rate.amount).toBe(rate.share * 1250);
  });

  // Parsing above already refuses a rate with no source at all; what matters is that each
  // rate cites the text that sets its amount.
  it('cites, for every rate, the arrêté du 27 avril 2015 that sets its amount', () => {
    const without = rates.filter(
      (rate) => !rate.sources.some((source) => /^Arrêté du 27 avril 2015\b/.test(source.label)),
    );
    expect(without.map((rate) => `taux ${rate.taux}`)).toEqual([]);
  });

  it('refuses a rate with no source', () => {
    const [first] = rates;
    expect(impRateSchema.safeParse({ ...first, sources: [] }).success).toBe(false);
  });

  it('keeps the seeds’ IMP examples consistent with the rates', () => {
    for (const [, type] of parsedLetters) {
      for (const column of type.imp?.columns ?? []) {
        if (!column.example) continue;
        const rate = rates.find((r) => r.taux === column.example?.taux);
        expect(rate?.share).toBe(column.example.count);
      }
    }
  });
});

describe('public holidays', () => {
  const parsed = publicHolidaysSchema.safeParse(readYaml('jours-feries.yaml'));

  it('jours-feries.yaml is valid and cites the Code du travail', () => {
    expect(parsed.success ? [] : describeIssues(parsed.error, 'jours-feries.yaml')).toEqual([]);
    expect(parsed.data?.sources.map((source) => source.label)).toContain(
      'Code du travail, article L3133-1',
    );
  });

  it('the check before the PDF uses the very list of jours-feries.yaml', () => {
    expect(PUBLIC_HOLIDAYS).toEqual(parsed.data?.holidays);
    expect(PUBLIC_HOLIDAYS).toHaveLength(11);
  });
});
