import { describe, expect, it } from 'vitest';
import { impLineProblem, oneImpCents, payOf, toCents } from '../../../src/lib/imp';
import { impRateSchema } from '../../../src/lib/schemas/imp-rate';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { letterFiles, readYaml } from '../support/content';

const rates = Object.values(readYaml('taux-imp.yaml') as Record<string, unknown>).map((rate) =>
  impRateSchema.parse(rate),
);

describe('the IMP rates of content/taux-imp.yaml', () => {
  it('price one IMP at 1 250 €', () => {
    expect(oneImpCents(rates)).toBe(125000);
  });

  // The letter prices a line by its number of IMP; a taux's amount must be that same price.
  it.each(rates.map((rate) => [rate.taux, rate] as const))(
    'taux %i pays its share of one IMP, to the cent',
    (_taux, rate) => {
      expect(payOf(rate.share, 125000).annualCents).toBe(toCents(rate.amount));
    },
  );
});

describe('the IMP examples of the models', () => {
  const examples = letterFiles().flatMap(([slug, data]) =>
    (letterTypeSchema.parse(data).imp?.columns ?? []).flatMap((column) =>
      column.example ? [[`${slug}/${column.id}`, column.example] as const] : [],
    ),
  );

  it('exist', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('%s gives a number that is its taux’s share', (_where, example) => {
    expect(impLineProblem(example, rates)).toBeNull();
  });
});
