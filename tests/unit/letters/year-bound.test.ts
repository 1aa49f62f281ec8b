import { describe, expect, it } from 'vitest';
import {
  findPastYears,
  findYearBoundTexts,
  nextYearSentence,
} from '../../../src/lib/letters/year-bound';
import { dateField, letterFor } from '../support/year-letter';

/** What is flagged in `text` for a letter of 2027-2028. */
const flagged = (text: string) => findPastYears(text, 2027).map((mention) => mention.found);

describe('mentions of a past year in a text', () => {
  it('flags a past school year, however the dash is written', () => {
    expect(flagged('pour l’année 2019-2020.')).toEqual(['2019-2020']);
    expect(flagged('en 2026–2027 et 2025/2026')).toEqual(['2026–2027', '2025/2026']);
  });

  it('flags a date or a month before the school year starts, not one inside it', () => {
    expect(flagged('au plus tard le 25 janvier 2027')).toEqual(['25 janvier 2027']);
    expect(flagged('le 1er juin 2027, le 31 juillet 2027, le 1er août 2027')).toEqual([
      '1er juin 2027',
      '31 juillet 2027',
    ]);
    expect(flagged('avant le 12/05/2027 ou le 12/05/2028')).toEqual(['12/05/2027']);
    expect(flagged('en juillet 2027, en août 2027, en décembre 2027')).toEqual(['juillet 2027']);
  });

  it('flags a past year after a word of time', () => {
    expect(flagged('Comme en 2023, puis à la rentrée 2026.')).toEqual(['2023', '2026']);
    expect(flagged('depuis 2027, jusqu’en 2028')).toEqual([]);
  });

  it('says why, with the letter’s school year', () => {
    expect(findPastYears('pour l’année 2019-2020', 2027)).toEqual([
      { found: '2019-2020', index: 13, reason: 'année scolaire antérieure à 2027-2028' },
    ]);
    expect(findPastYears('le 25 janvier 2027', 2027)[0]?.reason).toBe(
      'date antérieure à l’année scolaire 2027-2028',
    );
  });

  it('does not flag the letter’s own year or later ones', () => {
    expect(flagged('pour l’année 2027-2028, puis 2028-2029, en 2028')).toEqual([]);
  });

  it('does not flag a reference’s date, numbers or classes', () => {
    expect(flagged('Vu la circulaire du 29 mars 2013 relative aux missions')).toEqual([]);
    expect(flagged('Circulaire n° 2015-058 du 29 avril 2015 (BO n° 18 du 30 avril 2015)')).toEqual(
      [],
    );
    expect(flagged('Instruction interministérielle du 21 juillet 2020')).toEqual([]);
    expect(flagged('publiée au B.O. du 30 mai 2019')).toEqual([]);
    expect(flagged('Décret n° 2014-940, plan 2015-2020, 2000 élèves, en 6e, 1 250 €')).toEqual([]);
  });

  it('still flags a deadline after « du » in a body text', () => {
    expect(flagged('lors du conseil d’administration du 25 juin 2027')).toEqual(['25 juin 2027']);
    expect(flagged('Vu la circulaire du 29 mars 2013. Bilan du 25 juin 2027.')).toEqual([
      '25 juin 2027',
    ]);
  });
});

describe('year-bound texts of a letter', () => {
  const letter = letterFor('2027-2028');
  const section = letter.sections[0];
  const list = section?.blocks[0];
  if (!section || list?.type !== 'list') throw new Error('the fixture has a list');
  const withTexts = letterFor('2027-2028', {
    title: 'Lettre de mission 2026-2027',
    vu: [
      { id: 'v1', text: 'Vu la circulaire du 29 mars 2013' },
      { id: 'v2', text: 'Vu la circulaire pour l’année 2019-2020.' },
    ],
    sections: [
      {
        ...section,
        title: 'Missions',
        blocks: [
          { type: 'paragraph', id: 'p1', text: 'Bilan au plus tard le 25 janvier 2027.' },
          {
            ...list,
            items: [
              { id: 'i1', text: 'Repérer.' },
              { id: 'i2', text: 'Comme en 2023.' },
            ],
          },
        ],
      },
    ],
    imp: letter.imp && { ...letter.imp, note: 'Taux de 2024-2025.' },
    copies: [{ id: 'c1', text: 'Dossier 2025-2026' }],
  });

  it('lists where each is, in reading order, with a French message', () => {
    const found = findYearBoundTexts(withTexts);
    // French typography: no-break spaces inside the guillemets.
    const lines = found.map(({ where, message }) => `${where} : ${message}`);
    expect(lines.map((line) => line.replace(/«\u00a0/g, '« ').replace(/\u00a0»/g, ' »'))).toEqual([
      'Titre de la lettre : « 2026-2027 », année scolaire antérieure à 2027-2028.',
      'Référence « Vu » 2 : « 2019-2020 », année scolaire antérieure à 2027-2028.',
      'Section « Missions », paragraphe 1 : « 25 janvier 2027 », date antérieure à l’année scolaire 2027-2028.',
      'Section « Missions », mission 2 : « 2023 », année antérieure à l’année scolaire 2027-2028.',
      'Note sous le tableau des IMP : « 2024-2025 », année scolaire antérieure à 2027-2028.',
      'Ligne de copie 1 : « 2025-2026 », année scolaire antérieure à 2027-2028.',
    ]);
    expect(found[1]?.place).toEqual({ part: 'vu', itemId: 'v2', position: 2 });
    expect(found[3]?.place).toMatchObject({
      part: 'section',
      section: 'Missions',
      blockId: list.id,
      itemId: 'i2',
      position: 2,
    });
  });

  it('writes no-break spaces inside the guillemets', () => {
    expect(findYearBoundTexts(withTexts)[1]).toMatchObject({
      where: 'Référence «\u00a0Vu\u00a0» 2',
      message: '«\u00a02019-2020\u00a0», année scolaire antérieure à 2027-2028.',
    });
  });

  it('finds nothing while the letter has no school year', () => {
    for (const year of ['', '2027'])
      expect(findYearBoundTexts({ ...withTexts, values: { anneeScolaire: year } })).toEqual([]);
  });

  it('tells how many texts need review after a move to next year', () => {
    const twice = letterFor('2027-2028', {
      vu: [{ id: 'v', text: 'Vu les priorités 2019-2020 et 2020-2021' }],
    });
    expect(nextYearSentence(twice)).toBe(
      'Elle est datée d’aujourd’hui\u202f; 1 texte cite une année passée, à vérifier dans l’éditeur.',
    );
    expect(nextYearSentence(withTexts)).toMatch(/; 6 textes citent une année passée/);
    expect(nextYearSentence(letter)).toBe('Elle est datée d’aujourd’hui.');
  });

  it('tells how many dates need review after a move to next year, texts or not', () => {
    const conseil = dateField('conseil');
    const kept = letterFor('2027-2028', { values: { conseil: '2026-06-25' } }, [conseil]);
    expect(nextYearSentence(kept)).toBe(
      'Elle est datée d’aujourd’hui\u202f; 1 date est à vérifier dans l’éditeur.',
    );
    const both = letterFor(
      '2027-2028',
      {
        values: { conseil: '2026-06-25', bilan: '2028-05-25' },
        vu: [{ id: 'v', text: 'Vu les priorités 2019-2020' }],
      },
      [conseil, dateField('bilan')],
    );
    expect(nextYearSentence(both)).toBe(
      'Elle est datée d’aujourd’hui\u202f; 2 dates sont à vérifier et 1 texte cite une année ' +
        'passée, à vérifier dans l’éditeur.',
    );
  });
});
