import { describe, expect, it } from 'vitest';
import { goodPeople, parseList, type ListRow } from '../../../src/lib/bulk/parse-list';
import { rates } from './support';

const errors = (rows: readonly ListRow[]) => rows.flatMap((row) => (row.ok ? [] : [row.error]));
const people = (text: string) => goodPeople(parseList(text, rates)).map((row) => row.person);

describe('a list of people pasted from a spreadsheet', () => {
  it('reads one person per line in the documented column order', () => {
    expect(people('Mme;Dupont;Claire;professeure de mathématiques;3;1')).toEqual([
      {
        civilite: 'Madame',
        nom: 'Dupont',
        prenom: 'Claire',
        fonction: 'professeure de mathématiques',
        imp: { count: 1, taux: 3 },
      },
    ]);
  });

  it('accepts « Mme », « M. », « Madame », « Monsieur » whatever the case', () => {
    const list = ['Mme;A;a', 'M.;B;b', 'madame;C;c', 'MONSIEUR;D;d', 'M;E;e'].join('\n');
    expect(people(list).map((person) => person.civilite)).toEqual([
      'Madame',
      'Monsieur',
      'Madame',
      'Monsieur',
      'Monsieur',
    ]);
  });

  it('keeps accents and ligatures, and drops the BOM of a file saved by a spreadsheet', () => {
    const [person] = people(
      '\uFEFFM.;Lefèvre-Œillet;Zoé Éléonore;professeur d’éducation musicale;;',
    );
    expect(person).toMatchObject({
      nom: 'Lefèvre-Œillet',
      prenom: 'Zoé Éléonore',
      fonction: 'professeur d’éducation musicale',
    });
  });

  it('reads CRLF, lone CR and blank lines, numbering lines as the user sees them', () => {
    const reading = parseList('Mme;A;a\r\n\r\nM.;B;b\rMlle;;c\n', rates);
    expect(reading.rows.map((row) => row.line)).toEqual([1, 3, 4]);
    expect(errors(reading.rows)).toEqual(['Ligne 4\u00a0: Le nom manque.']);
  });

  it('reads quoted fields holding the separator, line breaks and doubled quotes', () => {
    const list = [
      'Mme;"Martin; épouse Durand";Anne;"professeure de lettres; référente ""culture""";2;',
      'M.;"Petit";"Jean',
      'Pierre";CPE;;',
      'M.;O"Brien;Sean;;;',
    ].join('\n');
    const reading = parseList(list, rates);
    expect(errors(reading.rows)).toEqual([]);
    expect(goodPeople(reading)).toEqual([
      {
        line: 1,
        person: {
          civilite: 'Madame',
          nom: 'Martin; épouse Durand',
          prenom: 'Anne',
          fonction: 'professeure de lettres; référente "culture"',
          imp: { count: 0.5, taux: 2 },
        },
      },
      {
        line: 2,
        person: {
          civilite: 'Monsieur',
          nom: 'Petit',
          prenom: 'Jean Pierre',
          fonction: 'CPE',
          imp: null,
        },
      },
      {
        line: 4,
        person: { civilite: 'Monsieur', nom: 'O"Brien', prenom: 'Sean', fonction: '', imp: null },
      },
    ]);
  });
});

describe('the IMP of each person', () => {
  it('takes the share of a taux given alone, and the taux of a number given alone', () => {
    const list = ['Mme;A;a;;1;', 'Mme;B;b;;;2', 'Mme;C;c;;;1,5', 'Mme;D;d;;;0.75', 'Mme;E;e;;4;2'];
    expect(people(list.join('\n')).map((person) => person.imp)).toEqual([
      { count: 0.25, taux: 1 },
      { count: 2, taux: 4 },
      { count: 1.5, taux: null },
      { count: 0.75, taux: null },
      { count: 2, taux: 4 },
    ]);
  });

  it('names every problem of a bad row in one French error, with its line', () => {
    const list = [
      'Mme;A;a;;6;',
      'Mme;B;b;;;0,3',
      'Mme;C;c;;2;1',
      'Dr;;d;;;abc',
      'Mme;E;e;;;25',
    ].join('\n');
    expect(errors(parseList(list, rates).rows)).toEqual([
      'Ligne 1\u00a0: Le taux «\u00a06\u00a0» n’existe pas (de 1 à 5).',
      'Ligne 2\u00a0: Le nombre d’IMP «\u00a00,3\u00a0» va par quarts (0,25\u202f; 0,5\u202f; 0,75\u202f; 1…).',
      'Ligne 3\u00a0: Le taux 2 vaut 0,5 IMP, pas 1.',
      'Ligne 4\u00a0: La civilité «\u00a0Dr\u00a0» n’est pas reconnue (Mme ou M.)\u202f; le nom manque\u202f; le nombre d’IMP «\u00a0abc\u00a0» n’est pas un nombre (par exemple 1 ou 0,5).',
      'Ligne 5\u00a0: Le nombre d’IMP «\u00a025\u00a0» dépasse 20.',
    ]);
  });
});

describe('bad rows never block good ones', () => {
  it('keeps every good row, in order, around the bad ones', () => {
    const list = ['Mme;Alpha;a;;3;', 'Xyz;Beta', 'M.;Gamma;g;;;1', ';;;', 'Mme;Delta;d;;9;'];
    const reading = parseList(list.join('\n'), rates);
    expect(goodPeople(reading).map(({ line, person }) => [line, person.nom])).toEqual([
      [1, 'Alpha'],
      [3, 'Gamma'],
    ]);
    expect(errors(reading.rows).map((error) => error.slice(0, 7))).toEqual([
      'Ligne 2',
      'Ligne 4',
      'Ligne 5',
    ]);
  });

  it('says when a row has more columns than the list has', () => {
    expect(errors(parseList('Mme;A;a;;3;1;de trop', rates).rows)).toEqual([
      'Ligne 1\u00a0: 7 colonnes au lieu de 6 au plus.',
    ]);
  });
});

describe('separators and header', () => {
  it('reads a list copied from a spreadsheet, separated by tabs', () => {
    const reading = parseList('Mme\tDurand\tLéa\tprofesseure; documentaliste\t\t0,5', rates);
    expect(reading.separator).toBe('\t');
    expect(goodPeople(reading)[0]?.person).toMatchObject({
      fonction: 'professeure; documentaliste',
      imp: { count: 0.5, taux: 2 },
    });
  });

  it('reads commas when neither « ; » nor a tab is used, with quoted decimals', () => {
    const reading = parseList('Mme,Durand,Léa,CPE,,"1,5"\nM.,Roux,Paul,CPE,,1,5', rates);
    expect(reading.separator).toBe(',');
    expect(goodPeople(reading).map(({ person }) => person.imp)).toEqual([
      { count: 1.5, taux: null },
    ]);
    expect(errors(reading.rows)[0]).toMatch(
      /^Ligne 2\u00a0: 7 colonnes au lieu de 6 au plus \(avec la virgule/,
    );
  });

  it('prefers « ; » to a comma used in decimals', () => {
    expect(parseList('Mme;A;a;;;1,5\nM.;B;b;;;0,25', rates).separator).toBe(';');
  });

  it('recognises a French header row and follows its order', () => {
    const list = [
      'Nom;Prénom;Civilité;Nombre d’IMP;Fonction ou discipline',
      'Dupont;Claire;Mme;1;professeure',
    ].join('\n');
    const reading = parseList(list, rates);
    expect(reading.header).toBe(true);
    expect(reading.rows).toHaveLength(1);
    expect(goodPeople(reading)[0]).toEqual({
      line: 2,
      person: {
        civilite: 'Madame',
        nom: 'Dupont',
        prenom: 'Claire',
        fonction: 'professeure',
        imp: { count: 1, taux: 3 },
      },
    });
  });

  it('reads a first row that is a person, not a header, as a person', () => {
    const reading = parseList('Mme;Nom;Prénom', rates);
    expect(reading.header).toBe(false);
    expect(goodPeople(reading)).toHaveLength(1);
  });

  it('gives nothing for an empty list', () => {
    expect(parseList(' \n\n', rates).rows).toEqual([]);
  });
});
