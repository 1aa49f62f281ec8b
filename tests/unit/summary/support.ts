import type { Letter } from '../../../src/lib/schemas/letter';
import { impRateSchema } from '../../../src/lib/schemas/imp-rate';
import { makeLetter } from '../../fixtures/make-letter';
import { readYaml } from '../support/content';

/** The rates of content/taux-imp.yaml, as the page gets them. */
export const rates = Object.values(readYaml('taux-imp.yaml') as Record<string, unknown>).map(
  (rate) => impRateSchema.parse(rate),
);

/** The fixture model's mission, as the page's models list gives it. */
export const models = [{ id: 'referent-decrochage', mission: 'Référent décrochage' }];

/** What a test letter holds: the person, the year, its IMP lines (number, taux). */
export interface Person {
  id: string;
  prenom?: string;
  nom?: string;
  year?: string;
  lines?: { count: number | null; taux: number | null; mission?: string }[];
  typeId?: string;
  title?: string;
  stsCode?: string;
}

/** A letter of the fixture model for `person`; without `lines`, one unset IMP line. */
export function letterOf(person: Person): Letter {
  const base = makeLetter(person.id);
  const lines = person.lines ?? [{ count: null, taux: null }];
  return {
    ...base,
    id: person.id,
    typeId: person.typeId ?? base.typeId,
    title: person.title ?? base.title,
    values: {
      ...base.values,
      prenom: person.prenom ?? '',
      nom: person.nom ?? '',
      anneeScolaire: person.year ?? '',
    },
    imp: {
      stsCode: person.stsCode ?? 'IMP 9073',
      note: '',
      lines: lines.map((line, index) => ({
        id: `ligne-${index + 1}`,
        heading: `IMP ${index + 1}`,
        mission: line.mission ?? 'Référent décrochage',
        provenance: null,
        count: line.count,
        taux: line.taux,
      })),
    },
  };
}
