import { impRateSchema } from '../../../src/lib/schemas/imp-rate';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { readYaml } from '../support/content';

/** The IMP rates of the site (content/taux-imp.yaml), taux 1 to 5. */
export const rates = Object.values(readYaml('taux-imp.yaml') as Record<string, unknown>)
  .map((rate) => impRateSchema.parse(rate))
  .sort((a, b) => a.taux - b.taux);

/** A ready model of the site, as its page gets it. */
export const readyModel = (slug: string) =>
  letterTypeSchema.parse(readYaml(`lettres/${slug}.yaml`));
