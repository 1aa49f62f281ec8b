import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import type { Letter } from '../../../src/lib/schemas/letter';
import { newLetter, rates } from './fixture';
import { cell, leader, nbsp, nnbsp, ofKind, only, paidLetter } from './doc-helpers';

describe('a filled letter', () => {
  const doc = toDocument(paidLetter(), rates);

  it('prints its parts in the conventional order', () => {
    expect(doc.blocks.map((block) => block.kind)).toEqual([
      'letterhead',
      'paragraph',
      'title',
      'subtitle',
      'paragraph',
      'vu',
      'paragraph',
      'heading',
      'paragraph',
      'list',
      'heading',
      'list',
      'paragraph',
      'table',
      'paragraph',
      'signatures',
      'copies',
    ]);
  });

  it('heads the letter with the school and « Ville, le … »', () => {
    expect(only(doc, 'letterhead')).toEqual({
      kind: 'letterhead',
      sender: [
        'Académie de Créteil',
        'Collège Jean Moulin',
        '12 rue des Écoles',
        '77000 Melun',
        `UAI${nbsp}: 0771234Y`,
      ],
      placeDate: 'Melun, le 22 novembre 2026',
    });
  });

  it('gives the title and the school year once, under the title', () => {
    expect(only(doc, 'title').text).toBe(
      `Lettre de mission du référent «${nbsp}Décrochage scolaire${nbsp}»`,
    );
    expect(only(doc, 'subtitle').text).toBe('Année scolaire 2025-2026');
    expect(ofKind(doc, 'paragraph').map((block) => block.text)).not.toContain(
      'Année scolaire 2025-2026',
    );
  });

  it('is addressed to the person by the head, and states its object', () => {
    expect(ofKind(doc, 'paragraph')[0]?.text).toBe(
      'La principale du collège Jean Moulin à Madame Jeanne Dupont',
    );
    expect(ofKind(doc, 'paragraph')[1]?.text).toBe(
      `Objet${nbsp}: Mission de référente décrochage scolaire`,
    );
  });

  it('fills the blanks, agreed with the civilité, dates in words, with French typography', () => {
    expect(ofKind(doc, 'paragraph')[2]?.text).toBe(
      'Il est confié à Madame Jeanne Dupont la mission de référente au collège Jean Moulin.',
    );
    expect(ofKind(doc, 'paragraph')[3]?.text).toBe(`Les objectifs sont les suivants${nbsp}:`);
    expect(ofKind(doc, 'list')[0]?.items).toEqual([
      'Contribuer au diagnostic.',
      'Participer au GPDS.',
      'Rédiger le bilan avant le 1er juin 2027.',
    ]);
  });

  it('states the IMP in the text: the total of the lines, an amount and not a taux', () => {
    expect(ofKind(doc, 'paragraph')[4]?.text).toBe(
      `Elle bénéficie de 1,5 IMP, soit 1${nnbsp}875${nbsp}€ par an.`,
    );
  });

  it('prints the IMP table, the STS-web code in its caption, a total line, then the note', () => {
    expect(only(doc, 'table')).toEqual({
      kind: 'table',
      caption: `Indemnité pour mission particulière (IMP) – code STS-web${nbsp}: IMP 9073`,
      columns: ['Mission', 'Provenance', 'Nombre d’IMP', 'Taux', 'Montant annuel', 'Par mois'],
      rows: [
        [
          'Cordées de la réussite',
          '—',
          '1',
          `Taux 3 (1${nnbsp}250${nbsp}€)`,
          `1${nnbsp}250${nbsp}€`,
          `138,89${nbsp}€`,
        ],
        [
          // The model names no mission (« autre »): the head writes it by hand.
          cell,
          'dotation établissement',
          '0,5',
          `Taux 2 (625${nbsp}€)`,
          `625${nbsp}€`,
          `69,44${nbsp}€`,
        ],
        ['Total', '', '1,5', '', `1${nnbsp}875${nbsp}€`, `208,33${nbsp}€`],
      ],
    });
    expect(ofKind(doc, 'paragraph')[5]?.text).toBe(
      'Un complément peut être attribué par l’établissement.',
    );
  });

  it('leaves room to sign, acknowledge and stamp, each signer’s name under the room', () => {
    expect(only(doc, 'signatures').blocks).toEqual([
      {
        caption: 'L’intéressée',
        lines: [`Vu et pris connaissance, le ${leader}`],
        name: 'Jeanne Dupont',
        stamp: null,
      },
      {
        caption: 'La principale du collège Jean Moulin',
        lines: [],
        name: 'Mme Martin',
        stamp: 'Cachet de l’établissement',
      },
    ]);
  });

  it('ends with the copies under their heading, e-mail addresses untouched', () => {
    expect(only(doc, 'copies').lines).toEqual([`Copie${nbsp}:`, 'DSDEN (ce.77mlds@ac-creteil.fr)']);
  });

  it('describes itself for the PDF’s properties and the download', () => {
    expect(doc.meta).toEqual({
      title: `Lettre de mission du référent «${nbsp}Décrochage scolaire${nbsp}»`,
      subject: 'Mission confiée à Jeanne Dupont, année scolaire 2025-2026',
      author: 'Collège Jean Moulin',
      language: 'fr-FR',
      fileName: 'lettre-de-mission-referent-decrochage-scolaire-dupont-2025-2026.pdf',
    });
  });
});

/** A new letter with its pre-filled date and school year emptied. */
function blankLetter(): Letter {
  const letter = newLetter();
  letter.date = '';
  letter.values['anneeScolaire'] = '';
  return letter;
}

describe('a new letter', () => {
  it('is dated today, for the coming school year', () => {
    const letter = newLetter();
    expect(letter.date).toBe('2026-11-22');
    expect(letter.values['anneeScolaire']).toBe('2026-2027');
  });
});

describe('a letter not filled in yet', () => {
  const doc = toDocument(blankLetter(), rates);

  it('prints dotted leaders where values are missing, to write by hand', () => {
    expect(only(doc, 'letterhead').placeDate).toBe(`Melun, le ${leader}`);
    expect(only(doc, 'subtitle').text).toBe(`Année scolaire ${leader}`);
    expect(ofKind(doc, 'paragraph')[0]?.text).toBe(
      `La principale du collège Jean Moulin à ${leader}`,
    );
    expect(ofKind(doc, 'paragraph')[2]?.text).toBe(
      `Il est confié à ${leader} ${leader} ${leader} la mission de référent ou référente au collège Jean Moulin.`,
    );
    expect(ofKind(doc, 'list')[0]?.items[2]).toBe(`Rédiger le bilan avant le ${leader}.`);
    expect(ofKind(doc, 'paragraph')[4]?.text).toBe(
      `Il ou elle bénéficie de ${leader} IMP au taux de ${leader}.`,
    );
    expect(only(doc, 'copies').lines).toEqual([`Copie${nbsp}:`, `DSDEN (${leader})`]);
  });

  it('leaves the IMP table and its total to fill by hand, « — » where a cell does not apply', () => {
    expect(only(doc, 'table').rows.map((row) => row.slice(1))).toEqual([
      ['—', cell, cell, cell, cell],
      [cell, cell, cell, cell, cell],
      ['', cell, '', cell, cell],
    ]);
  });

  it('leaves out what the school has not given, and dates by hand without a town', () => {
    const letter = blankLetter();
    letter.school = { ...letter.school, academie: '', adresse: '', uai: '', ville: ' ' };
    expect(only(toDocument(letter, rates), 'letterhead')).toEqual({
      kind: 'letterhead',
      sender: ['Collège Jean Moulin'],
      placeDate: `Le ${leader}`,
    });
  });

  it('names its file by the model alone', () => {
    expect(doc.meta.fileName).toBe('lettre-de-mission-referent-decrochage-scolaire.pdf');
    expect(doc.meta.subject).toBe(doc.meta.title);
  });
});
