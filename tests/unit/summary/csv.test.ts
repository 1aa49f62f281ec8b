import { describe, expect, it } from 'vitest';
import { csvCents, csvField, csvFile, csvQuarters, csvText } from '../../../src/lib/summary/csv';
import { CSV_COLUMNS, summaryCsv } from '../../../src/lib/summary/summary-csv';
import { summariseYear, summaryRows } from '../../../src/lib/summary/year-summary';
import { frenchCents, readCsv } from '../support/csv-read';
import { letterOf, models, rates } from './support';

describe('CSV for French spreadsheets', () => {
  it('starts with a byte order mark, separates with « ; » and ends lines with CRLF', () => {
    expect(
      csvFile([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toBe('\ufeffa;b\r\nc;d\r\n');
  });

  it('quotes a field holding « ; », a quote, a line break or edge spaces', () => {
    expect(csvField('Dupont; Durand')).toBe('"Dupont; Durand"');
    expect(csvField('dit "le chef"')).toBe('"dit ""le chef"""');
    expect(csvField('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
    expect(csvField(' Éloïse')).toBe('" Éloïse"');
    expect(csvField('Cœur « vœux »')).toBe('Cœur « vœux »');
  });

  it('writes amounts with a decimal comma and two decimals, numbers of IMP as French does', () => {
    expect(csvCents(125000)).toBe('1250,00');
    expect(csvCents(31250)).toBe('312,50');
    expect(csvCents(5)).toBe('0,05');
    expect(csvQuarters(1)).toBe('0,25');
    expect(csvQuarters(6)).toBe('1,5');
    expect(csvQuarters(8)).toBe('2');
    expect(csvQuarters(3)).toBe('0,75');
  });

  it('keeps a name from running as a formula', () => {
    expect(csvText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvText('Dupont')).toBe('Dupont');
  });
});

describe('the summary as CSV', () => {
  const YEAR = '2026-2027';
  const letters = [
    letterOf({
      id: 'a',
      prenom: 'Éloïse',
      nom: 'Dupont; Durand',
      year: YEAR,
      lines: [{ count: 1, taux: 3 }],
    }),
    letterOf({
      id: 'b',
      prenom: 'Luc',
      nom: 'Martin "dit Lulu"',
      year: YEAR,
      lines: [
        { count: 1.5, taux: null, mission: 'Projet\nthéâtre' },
        { count: 0.25, taux: 1, mission: 'autre' },
      ],
    }),
    letterOf({
      id: 'c',
      prenom: 'Paul',
      nom: 'Blanc',
      year: YEAR,
      lines: [{ count: null, taux: null }],
    }),
  ];
  const summary = summariseYear(summaryRows(letters, models, rates), YEAR);
  const csv = summaryCsv(summary.rows);
  const [header, ...records] = readCsv(csv);

  it('names its columns in French, and has one row per IMP line', () => {
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(4);
    expect(records.every((record) => record.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('reads back the names and missions as typed, with the STS code', () => {
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect(records.map((record) => record[column('Nom')])).toEqual([
      'Blanc',
      'Dupont; Durand',
      'Martin "dit Lulu"',
      'Martin "dit Lulu"',
    ]);
    expect(records[2]?.[column('Mission de la ligne')]).toBe('Projet\nthéâtre');
    expect(records[2]?.[column('Taux')]).toBe('hors taux usuel');
    expect(records[0]?.[column('Taux')]).toBe('à fixer');
    expect(new Set(records.map((record) => record[column('Code STS')]))).toEqual(
      new Set(['IMP 9073']),
    );
  });

  it('says which envelope pays each line', () => {
    const column = CSV_COLUMNS.indexOf('Financement');
    expect(records.map((record) => record[column])).toEqual(Array(4).fill('Établissement'));
    const cordee = models.map((model) => ({ ...model, rectoratColumns: ['ligne-1'] }));
    const split = readCsv(
      summaryCsv(summariseYear(summaryRows(letters, cordee, rates), YEAR).rows),
    );
    expect(split.slice(1).map((record) => record[column])).toEqual([
      'Rectorat',
      'Rectorat',
      'Rectorat',
      'Établissement',
    ]);
  });

  it('gives back the same figures as the summary when re-read', () => {
    const amount = CSV_COLUMNS.indexOf('Montant annuel (€)');
    const count = CSV_COLUMNS.indexOf('Nombre d’IMP');
    const cents = records
      .map((record) => record[amount] ?? '')
      .filter(Boolean)
      .reduce((sum, cell) => sum + frenchCents(cell), 0);
    expect(cents).toBe(summary.total.annualCents);
    expect(cents).toBe(125000 + 187500 + 31250);
    const quarters = records
      .map((record) => record[count] ?? '')
      .filter(Boolean)
      .reduce((sum, cell) => sum + Math.round(Number(cell.replace(',', '.')) * 4), 0);
    expect(quarters).toBe(summary.total.quarters);
  });
});
