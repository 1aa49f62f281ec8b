import { describe, expect, it } from 'vitest';
import { createLetters } from '../../../src/lib/bulk/create-letters';
import { modelHeader } from '../../../src/lib/bulk/columns';
import { goodPeople, parseList, type ListRow } from '../../../src/lib/bulk/parse-list';
import { templateCsv, templateFileName } from '../../../src/lib/bulk/template';
import { sharedDefaults, sharedFields } from '../../../src/lib/bulk/to-letter';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { emptySchool, type School } from '../../../src/lib/schemas/school';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { letterFiles } from '../support/content';
import { rates, readyModel } from './support';

/**
 * Issue 21, point 3: « Plusieurs personnes » gave every coordonnateur de discipline the same
 * discipline, and refused a 7th column. Any field of the model may now have its column.
 */

const model = readyModel('coordonnateur-discipline');
const school: School = { ...emptySchool, etablissement: 'Collège Jean Moulin', ville: 'Lyon' };
const now = new Date('2026-05-12T10:00:00.000Z');

const errors = (rows: readonly ListRow[]) => rows.flatMap((row) => (row.ok ? [] : [row.error]));
const read = (list: readonly string[], chosen = model) => parseList(list.join('\n'), rates, chosen);

/** The letters written for `list`, by the person's name, with « mathématiques » shared. */
async function lettersOf(list: readonly string[]) {
  const repo = new LetterRepository(new MemoryStore(), () => now);
  const shared = { ...sharedDefaults(model, school, now), discipline: 'mathématiques' };
  const bulk = { typeId: 'coordonnateur-discipline', model, school, shared };
  const services = { repo, channel: { announce: () => undefined } };
  const outcome = await createLetters(services, bulk, goodPeople(read(list)), { now });
  expect(outcome.ok && outcome.refused).toEqual([]);
  const { letters } = await repo.list();
  return new Map(letters.map((letter) => [letter.values['nom'], letter.values]));
}

describe('a column for another field of the model gives each person their own value', () => {
  it('gives each coordonnateur their discipline; an empty cell takes the shared one', async () => {
    const byName = await lettersOf([
      'Civilité;Nom;Prénom;Discipline;Taux;Nombre d’IMP',
      'Mme;Dupont;Claire;physique-chimie;3;',
      'M.;Roux;Paul;;2;',
      'Mme;Diallo;Awa;histoire-géographie;;1',
    ]);
    expect(byName.get('Dupont')).toMatchObject({ discipline: 'physique-chimie', fonction: '' });
    expect(byName.get('Roux')).toMatchObject({ discipline: 'mathématiques' });
    expect(byName.get('Diallo')).toMatchObject({ discipline: 'histoire-géographie' });
  });

  it('lets a column left out take the shared value, and any field have a column, the year too', async () => {
    const byName = await lettersOf([
      'Nom;Prénom;Civilité;Année scolaire;Date du conseil d’administration',
      'Dupont;Claire;Mme;2027-2028;25/06/2026',
      'Roux;Paul;M.;;2026-06-26',
    ]);
    expect(byName.get('Dupont')).toMatchObject({
      anneeScolaire: '2027-2028',
      dateConseil: '2026-06-25',
      discipline: 'mathématiques',
    });
    expect(byName.get('Roux')).toMatchObject({
      anneeScolaire: '2026-2027',
      dateConseil: '2026-06-26',
      discipline: 'mathématiques',
    });
  });

  it('names a field by its label or its id, whatever the case, accents, spaces and punctuation', () => {
    const reading = read([
      "CIVILITE;nom du coordonnateur;Prenom;discipline-coordonnee;date du conseil d'administration;DATEBILAN",
      'Mme;Dupont;Claire;SVT;2026-06-25;2027-06-18',
    ]);
    expect(errors(reading.rows)).toEqual([]);
    expect(reading.fieldColumns.map((column) => column.id)).toEqual([
      'discipline',
      'dateConseil',
      'dateBilan',
    ]);
    expect(goodPeople(reading)[0]?.person).toMatchObject({
      nom: 'Dupont',
      values: { discipline: 'SVT', dateConseil: '2026-06-25', dateBilan: '2027-06-18' },
    });
  });

  it('reads « Discipline » as the function in a model that has no discipline field', () => {
    const reading = read(
      ['Civilité;Nom;Prénom;Discipline', 'Mme;Dupont;Claire;professeure d’EPS'],
      readyModel('referent-culture'),
    );
    expect(reading.fieldColumns).toEqual([]);
    expect(goodPeople(reading)[0]?.person.fonction).toBe('professeure d’EPS');
  });

  it('spells a choice as its option and keeps the line breaks of a long text', () => {
    const reading = read(
      [
        'Civilité;Nom;Prénom;Objectif de la mission',
        'mme;Dupont;Claire;"Suivre les élèves.\nRendre compte."',
      ],
      readyModel('mission-particuliere'),
    );
    expect(goodPeople(reading)[0]?.person).toMatchObject({
      civilite: 'Madame',
      values: { objectif: 'Suivre les élèves.\nRendre compte.' },
    });
  });
});

describe('a value the field would refuse in the editor refuses its row, naming the column', () => {
  it('refuses a date that does not exist and a school year out of format, keeping the good rows', () => {
    const reading = read([
      'Civilité;Nom;Prénom;Date du conseil d’administration;Année scolaire',
      'Mme;Dupont;Claire;31/02/2026;',
      'M.;Roux;Paul;;2026/2027',
      'Mme;Diallo;Awa;25/06/2026;2026-2027',
    ]);
    expect(errors(reading.rows)).toEqual([
      'Ligne 2\u00a0: Colonne «\u00a0Date du conseil d’administration\u00a0», «\u00a031/02/2026\u00a0»\u00a0: la date n’est pas valide\u00a0: indiquez le jour, le mois et l’année (jj/mm/aaaa, par exemple 25/06/2026).',
      expect.stringMatching(
        /^Ligne 3\u00a0: Colonne «\u00a0Année scolaire\u00a0», «\u00a02026\/2027\u00a0»\u00a0: /,
      ),
    ]);
    expect(goodPeople(reading).map(({ person }) => person.nom)).toEqual(['Diallo']);
  });

  it('refuses a value too long for the field', () => {
    const reading = read([
      'Civilité;Nom;Prénom;Discipline',
      `Mme;Dupont;Claire;${'x'.repeat(301)}`,
    ]);
    expect(errors(reading.rows)).toEqual([
      'Ligne 2\u00a0: Colonne «\u00a0Discipline\u00a0»\u00a0: le texte dépasse 300 caractères.',
    ]);
  });
});

describe('a header the model cannot read is refused in French', () => {
  it('names an unknown column, lists the columns this model accepts, and reads no one', () => {
    const reading = read([
      'Civilité;Nom;Prénom;Matière',
      'Mme;Dupont;Claire;physique-chimie',
      'M.;Roux;Paul;SVT',
    ]);
    expect(errors(reading.rows)).toEqual([
      'Ligne 1\u00a0: La colonne «\u00a0Matière\u00a0» n’est pas un champ de ce modèle\u202f; ' +
        'colonnes possibles\u00a0: Civilité, Nom, Prénom, Fonction, Taux, Nombre d’IMP, ' +
        'Année scolaire, Discipline coordonnée, Date du conseil d’administration, ' +
        'Date de remise du bilan de fin d’année\u202f; ' +
        'les personnes seront lues une fois l’en-tête corrigé.',
    ]);
    expect(goodPeople(reading)).toEqual([]);
  });

  it('refuses two columns for the same field', () => {
    const reading = read([
      'Civilité;Nom;Prénom;Discipline;Discipline coordonnée',
      'Mme;Dupont;Claire;SVT;SVT',
    ]);
    expect(errors(reading.rows)).toEqual([
      'Ligne 1\u00a0: Les colonnes «\u00a0Discipline\u00a0» et «\u00a0Discipline coordonnée\u00a0» ' +
        'désignent le même champ\u202f; les personnes seront lues une fois l’en-tête corrigé.',
    ]);
  });

  it('without a header, says which columns a 7th one could be and how to name it', () => {
    expect(errors(read(['Mme;Dupont;Claire;;3;1;physique-chimie']).rows)).toEqual([
      'Ligne 1\u00a0: 7 colonnes au lieu de 6 au plus (sans ligne d’en-tête, les colonnes ' +
        'sont\u00a0: civilité, nom, prénom, fonction, taux, nombre d’IMP\u202f; pour donner à ' +
        'chacun un autre champ du modèle, nommez les colonnes sur une première ligne, par ' +
        'exemple «\u00a0Année scolaire\u00a0»).',
    ]);
  });
});

describe('the CSV header of a model, to download and fill', () => {
  it('holds the person’s columns and every other field’s label, as the site writes CSV', () => {
    expect(templateCsv(model)).toBe(
      '\uFEFFCivilité;Nom;Prénom;Fonction;Taux;Nombre d’IMP;Année scolaire;' +
        'Discipline coordonnée;Date du conseil d’administration;' +
        'Date de remise du bilan de fin d’année\r\n',
    );
    expect(templateCsv(readyModel('coordonnateur-rep'))).toBe(
      '\uFEFFCivilité;Nom;Prénom;Fonction;Année scolaire;Groupe de travail académique\r\n',
    );
  });

  it('is named after the model', () => {
    expect(templateFileName('coordonnateur-discipline', model)).toBe(
      'plusieurs-personnes-coordonnateur-discipline.csv',
    );
    expect(templateFileName(null, { mission: 'Référent « Collège au cinéma »' })).toBe(
      'plusieurs-personnes-referent-college-au-cinema.csv',
    );
  });

  it('is read back, for every ready model, with each column its own field', () => {
    for (const [file] of letterFiles()) {
      const ready = readyModel(file);
      const header = modelHeader(ready);
      const reading = parseList(`${header.join(';')}\nMme;Dupont;Claire`, rates, ready);
      expect(errors(reading.rows), file).toEqual([]);
      expect(
        reading.fieldColumns.map((column) => column.id),
        file,
      ).toEqual(sharedFields(ready).map((field) => field.id));
    }
  });
});
