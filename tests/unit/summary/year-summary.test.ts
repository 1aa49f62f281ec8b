import { describe, expect, it } from 'vitest';
import {
  defaultSummaryYear,
  summariseYear,
  summaryRows,
  summaryYears,
  undatedRows,
} from '../../../src/lib/summary/year-summary';
import { rectoratSentence, tauxLabel } from '../../../src/lib/summary/labels';
import { balanceOf } from '../../../src/lib/summary/allocation';
import { letterOf, models, rates, type Person } from './support';

const YEAR = '2026-2027';

const people: Person[] = [
  { id: 'a', prenom: 'Claire', nom: 'Dubois', year: YEAR, lines: [{ count: 1, taux: 3 }] },
  // Three quarter IMP: 312,50 € each, three of them are 937,50 €, not 937,499…
  { id: 'b', prenom: 'Luc', nom: 'Martin', year: YEAR, lines: [{ count: 0.25, taux: 1 }] },
  { id: 'c', prenom: 'Anne', nom: 'Petit', year: YEAR, lines: [{ count: 0.25, taux: 1 }] },
  { id: 'd', prenom: 'Marc', nom: 'Roux', year: YEAR, lines: [{ count: 0.25, taux: 1 }] },
  // Two lines, one of them off any taux: 1,5 IMP is 1 875 €, plus ½ IMP at 625 €.
  {
    id: 'e',
    prenom: 'Inès',
    nom: 'Bernard',
    year: YEAR,
    typeId: 'modele-perso',
    title: 'Coordination du projet théâtre',
    lines: [
      { count: 1.5, taux: null },
      { count: 0.5, taux: 2 },
    ],
  },
  // A line not set yet: listed, counted in no total.
  { id: 'f', prenom: 'Paul', nom: 'Blanc', year: YEAR, lines: [{ count: null, taux: null }] },
  { id: 'g', prenom: 'Zoé', nom: 'Noir', year: '2025-2026', lines: [{ count: 2, taux: 4 }] },
  { id: 'h', prenom: 'Jean', nom: 'Sansdate', year: '', lines: [{ count: 1, taux: 3 }] },
];

const rows = summaryRows(people.map(letterOf), models, rates);

describe('the summary of one school year', () => {
  const summary = summariseYear(rows, YEAR);

  it('has one row per letter of the year, by mission then by name', () => {
    expect(summary.rows.map((row) => [row.mission, row.person])).toEqual([
      ['Coordination du projet théâtre', 'Inès Bernard'],
      ['Référent décrochage', 'Paul Blanc'],
      ['Référent décrochage', 'Claire Dubois'],
      ['Référent décrochage', 'Luc Martin'],
      ['Référent décrochage', 'Anne Petit'],
      ['Référent décrochage', 'Marc Roux'],
    ]);
  });

  it('gives each row its taux, number of IMP in quarters and amount in cents', () => {
    const ines = summary.rows.find((row) => row.id === 'e');
    expect(ines).toMatchObject({ quarters: 8, annualCents: 187500 + 62500, unsetLines: 0 });
    expect(ines && tauxLabel(ines)).toBe('hors taux usuel + taux 2');
    const paul = summary.rows.find((row) => row.id === 'f');
    expect(paul).toMatchObject({ quarters: 0, annualCents: 0, unsetLines: 1 });
    expect(paul && tauxLabel(paul)).toBe('à fixer');
  });

  it('adds up by mission and overall, to the cent', () => {
    expect(summary.byMission).toEqual([
      {
        mission: 'Coordination du projet théâtre',
        letters: 1,
        quarters: 8,
        annualCents: 250000,
        monthlyCents: 20833 + 6944,
      },
      {
        mission: 'Référent décrochage',
        letters: 5,
        quarters: 4 + 3,
        annualCents: 125000 + 3 * 31250,
        monthlyCents: 13889 + 3 * 3472,
      },
    ]);
    expect(summary.total).toMatchObject({ letters: 6, quarters: 15, annualCents: 250000 + 218750 });
    expect(summary.unsetLines).toBe(1);
    // Every total is a whole number of cents.
    for (const total of [...summary.byMission, summary.total])
      expect(Number.isInteger(total.annualCents)).toBe(true);
  });

  it('keeps letters with no school year apart, in no year', () => {
    expect(undatedRows(rows).map((row) => row.person)).toEqual(['Jean Sansdate']);
    expect(summaryYears(rows)).toEqual([YEAR, '2025-2026']);
    expect(summariseYear(rows, '2025-2026').total.annualCents).toBe(250000);
  });

  it('sums a year of many quarter IMP without drifting', () => {
    const many = summaryRows(
      Array.from({ length: 1000 }, (_, index) =>
        letterOf({
          id: `q${index}`,
          nom: `N${index}`,
          year: YEAR,
          lines: [{ count: 0.25, taux: 1 }],
        }),
      ),
      models,
      rates,
    );
    expect(summariseYear(many, YEAR).total).toMatchObject({
      quarters: 1000,
      annualCents: 31250000,
    });
  });
});

describe('IMP the rectorat pays apart (the Cordées’ « attribuées par le Rectorat »)', () => {
  // The Cordée model's first column is paid by the rectorat's own endowment, the second by the
  // school: 1 IMP taux 3 (1 250 €) from the rectorat, ½ IMP taux 2 (625 €) from the school.
  const cordee = { id: 'referent-decrochage', mission: 'Cordées', rectoratColumns: ['ligne-1'] };
  const letters = [
    letterOf({
      id: 'r',
      prenom: 'Nora',
      nom: 'Lemoine',
      year: YEAR,
      lines: [
        { count: 1, taux: 3 },
        { count: 0.5, taux: 2 },
      ],
    }),
    letterOf({ id: 's', prenom: 'Hugo', nom: 'Faure', year: YEAR, lines: [{ count: 1, taux: 3 }] }),
  ];
  const summary = summariseYear(summaryRows(letters, [cordee], rates), YEAR);

  it('counts them in what each person receives and in the overall total', () => {
    expect(summary.rows.find((row) => row.id === 'r')).toMatchObject({
      quarters: 6,
      annualCents: 187500,
      rectoratQuarters: 4,
      rectoratAnnualCents: 125000,
    });
    expect(summary.total).toMatchObject({ letters: 2, quarters: 10, annualCents: 312500 });
  });

  it('names the rectorat’s lines in the taux column', () => {
    const nora = summary.rows.find((row) => row.id === 'r');
    expect(nora && tauxLabel(nora)).toBe('taux 3 (Rectorat) + taux 2');
  });

  it('leaves them out of the school’s allocation and says so', () => {
    expect(summary.rectorat).toMatchObject({ letters: 2, quarters: 8, annualCents: 250000 });
    expect(summary.fromAllocation).toMatchObject({ quarters: 2, annualCents: 62500 });
    expect(balanceOf(summary.fromAllocation.annualCents, 100000)).toEqual({
      kind: 'left',
      cents: 37500,
    });
    expect(rectoratSentence(summary.rectorat)).toBe(
      'IMP attribuées par le Rectorat, hors dotation de l’établissement\u00a0: 2\u202f500\u00a0€ (2\u00a0IMP, 2 lettres).',
    );
  });

  it('says nothing of them for a model whose lines are all the school’s', () => {
    const plain = summariseYear(summaryRows(letters, models, rates), YEAR);
    expect(plain.rectorat.letters).toBe(0);
    expect(rectoratSentence(plain.rectorat)).toBeNull();
    expect(plain.fromAllocation).toEqual(plain.total);
  });
});

describe('the year the page opens on', () => {
  it('is the year being prepared when letters are written for it, or when there are none', () => {
    expect(defaultSummaryYear(['2027-2028', '2026-2027'], '2027-2028')).toBe('2027-2028');
    expect(defaultSummaryYear([], '2027-2028')).toBe('2027-2028');
  });

  it('else the year under way, else the latest year of the letters', () => {
    expect(defaultSummaryYear(['2026-2027', '2024-2025'], '2027-2028')).toBe('2026-2027');
    expect(defaultSummaryYear(['2024-2025', '2023-2024'], '2027-2028')).toBe('2024-2025');
  });
});
