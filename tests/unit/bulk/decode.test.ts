import { describe, expect, it } from 'vitest';
import { decodeListFile } from '../../../src/lib/bulk/decode';
import { readListFile } from '../../../src/lib/bulk/read-list-file';
import { goodPeople, parseList } from '../../../src/lib/bulk/parse-list';
import { rates } from './support';
import { ole, utf16, zipped } from './list-files';

describe('an imported list file', () => {
  it('is read as UTF-8 when it is', () => {
    expect(decodeListFile(new TextEncoder().encode('Mme;Lefèvre;Zoé'))).toBe('Mme;Lefèvre;Zoé');
  });

  it('is read as Windows-1252 when saved so by a spreadsheet', () => {
    // « Lefèvre » in Windows-1252: è is the single byte 0xE8, invalid on its own in UTF-8.
    const bytes = new Uint8Array([0x4c, 0x65, 0x66, 0xe8, 0x76, 0x72, 0x65]);
    expect(decodeListFile(bytes)).toBe('Lefèvre');
  });

  it.each(['le', 'be'] as const)('is read as UTF-16 %s when its mark says so', (endian) => {
    expect(decodeListFile(utf16('Mme\tLefèvre-Œillet\tZoé\r\n', endian))).toBe(
      'Mme\tLefèvre-Œillet\tZoé\r\n',
    );
  });

  it('gives the people of Excel’s « Texte Unicode » export, tab-separated', () => {
    const text = 'Civilité\tNom\tPrénom\tFonction\r\nMme\tLefèvre\tZoé\tprofesseure\r\n';
    const reading = readListFile('personnel.txt', utf16(text, 'le'));
    expect(reading.ok).toBe(true);
    const people = goodPeople(parseList(reading.ok ? reading.text : '', rates));
    expect(people.map(({ person }) => [person.civilite, person.nom, person.prenom])).toEqual([
      ['Madame', 'Lefèvre', 'Zoé'],
    ]);
  });

  it.each([
    ['personnel.xlsx', zipped],
    ['personnel.ods', zipped],
    ['personnel.xls', ole],
  ])('%s, a spreadsheet’s own file, is not read and says how to save it as CSV', (name, bytes) => {
    const reading = readListFile(name, bytes);
    expect(reading).toEqual({ ok: false, problem: expect.any(String) });
    const problem = reading.ok ? '' : reading.problem;
    expect(problem).toContain(`Le fichier «\u00a0${name}\u00a0» est un classeur de tableur`);
    expect(problem).toContain(
      'dans Excel, «\u00a0Fichier › Enregistrer sous\u00a0», type «\u00a0CSV UTF-8',
    );
    expect(problem).toContain('dans LibreOffice Calc');
  });

  it('reads a CSV that happens to start with « PK » as a list', () => {
    const reading = readListFile('p.csv', new TextEncoder().encode('PK;Nom\nMme;Dupont'));
    expect(reading).toEqual({ ok: true, text: 'PK;Nom\nMme;Dupont' });
  });
});
