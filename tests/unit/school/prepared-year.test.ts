import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preparedYear, preparedYearOptions } from '../../../src/lib/school/prepared-year';
import { createLetter } from '../../../src/lib/letters/create';
import { sharedDefaults } from '../../../src/lib/bulk/to-letter';
import { exportIssues } from '../../../src/lib/checks/export-issues';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { PREPARED_YEAR_FROM_MONTH } from '../../../src/lib/format/date';
import { emptySchool, type School } from '../../../src/lib/schemas/school';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { fixtureType, makeLetter } from '../../fixtures/make-letter';
import { rates, readyModel } from '../bulk/support';

const may2026 = new Date(2026, 4, 12, 10); // the head's spring campaign, as the issue tried it
const school: School = { ...emptySchool, etablissement: 'Collège Jean Moulin' };
const yearOf = (letter: { values: Record<string, string> }) => letter.values['anneeScolaire'];

describe('the year being prepared, by the date rule', () => {
  it('is, in May, the year that starts in September: a new letter and the bulk letters start on it', () => {
    expect(preparedYear(school, may2026)).toEqual({ year: '2026-2027', chosen: false });
    expect(yearOf(createLetter('t', fixtureType, school, may2026))).toBe('2026-2027');
    const model = readyModel('coordonnateur-discipline');
    expect(sharedDefaults(model, school, may2026)['anneeScolaire']).toBe('2026-2027');
  });

  it('is, in January, the year under way; it turns on 1 February', () => {
    expect(preparedYear(school, new Date(2027, 0, 31, 23)).year).toBe('2026-2027');
    expect(preparedYear(school, new Date(2027, 1, 1, 0, 30)).year).toBe('2027-2028');
  });

  it('is the rule the site explains, with its reason and source', () => {
    const page = readFileSync('content/pages/taux-imp.md', 'utf8');
    const months = ['janvier', 'février', 'mars'];
    expect(page).toContain(`à partir du 1er\u00a0${months[PREPARED_YEAR_FROM_MONTH]}`);
    expect(page).toMatch(/circulaire n°\s2015-058/u);
  });
});

describe('a year the head chose', () => {
  const chosen: School = {
    ...school,
    preparedYear: { year: '2025-2026', chosenOn: '2026-03-10' },
  };

  it('is what new letters start on during the campaign it was chosen in', () => {
    expect(preparedYear(chosen, may2026)).toEqual({ year: '2025-2026', chosen: true });
    expect(yearOf(createLetter('t', fixtureType, chosen, may2026))).toBe('2025-2026');
  });

  it('lapses with its school year, or with that campaign: the rule decides again', () => {
    expect(preparedYear(chosen, new Date(2026, 7, 20))).toEqual({
      year: '2026-2027',
      chosen: false,
    });
    const ahead: School = {
      ...school,
      preparedYear: { year: '2027-2028', chosenOn: '2026-10-01' },
    };
    expect(preparedYear(ahead, new Date(2027, 0, 20))).toEqual({ year: '2027-2028', chosen: true });
    expect(preparedYear(ahead, new Date(2028, 1, 2))).toEqual({
      year: '2028-2029',
      chosen: false,
    });
  });

  it('is offered among the year before, the rule’s and the year after', () => {
    expect(preparedYearOptions(may2026)).toEqual(['2025-2026', '2026-2027', '2027-2028']);
  });

  it('is kept in « Mon établissement », never in a letter’s heading', async () => {
    const repo = new LetterRepository(new MemoryStore(), () => may2026);
    await repo.school.save(school, 0);
    const record = await repo.school.setPreparedYear({ year: '2027-2028', chosenOn: '2026-05-12' });
    expect(record).toMatchObject({ etablissement: 'Collège Jean Moulin', revision: 2 });
    const stored = await repo.school.get();
    expect(preparedYear(stored, may2026)).toEqual({ year: '2027-2028', chosen: true });
    expect(createLetter('t', fixtureType, stored, may2026).school).not.toHaveProperty(
      'preparedYear',
    );
    await repo.school.setPreparedYear(null);
    expect(preparedYear(await repo.school.get(), may2026).chosen).toBe(false);
  });
});

describe('the check before the PDF', () => {
  const letterFor = (year: string) =>
    makeLetter('l', { values: { nom: 'Roux', anneeScolaire: year } });
  const yearIssues = (year: string, today: Date) =>
    exportIssues(letterFor(year), rates, undefined, today).filter((issue) => issue.kind === 'year');

  it('lists a letter for the year that ends within two months, naming the year field', () => {
    expect(yearIssues('2025-2026', may2026)).toEqual([
      {
        kind: 'year',
        label: 'Année scolaire',
        message:
          'L’année scolaire 2025-2026 se termine dans moins de deux mois\u00a0: vérifiez l’année ' +
          'de la lettre (une lettre préparée au printemps est pour l’année qui commence en septembre).',
        target: 'f-anneeScolaire',
      },
    ]);
  });

  it('lists a letter whose year has ended', () => {
    const [issue] = yearIssues('2025-2026', new Date(2026, 8, 1));
    expect(issue?.message).toMatch(/^L’année scolaire 2025-2026 est terminée\u00a0:/u);
  });

  it('says nothing of the year being prepared, nor, in March, of the year under way', () => {
    expect(yearIssues('2026-2027', may2026)).toEqual([]);
    expect(yearIssues('2025-2026', new Date(2026, 2, 15))).toEqual([]);
  });
});
