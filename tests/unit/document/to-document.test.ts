import { describe, expect, it } from 'vitest';
import type { DocBlock, LetterDocument } from '../../../src/lib/document/model';
import { toDocument } from '../../../src/lib/document/to-document';
import type { Letter } from '../../../src/lib/schemas/letter';
import { frenchTypography } from '../../../src/lib/text/typography';
import { filledLetter, newLetter, rates } from './fixture';
import { dataUrlOf, pngBytes } from '../support/images';

const nbsp = '\u00a0';
const nnbsp = '\u202f';
const leader = '…'.repeat(10);
const cell = '…'.repeat(5);

/** The filled letter, with the Rectorat paying 1 IMP and the school half of one. */
function paidLetter(): Letter {
  const letter = filledLetter();
  const [rectorat, school] = letter.imp?.lines ?? [];
  if (!rectorat || !school) throw new Error('the model has two IMP columns');
  Object.assign(rectorat, { count: 1, taux: 3 });
  Object.assign(school, { count: 0.5, taux: null, provenance: 'dotation établissement' });
  return letter;
}

const ofKind = <K extends DocBlock['kind']>(doc: LetterDocument, kind: K) =>
  doc.blocks.filter((block): block is Extract<DocBlock, { kind: K }> => block.kind === kind);

const only = <K extends DocBlock['kind']>(doc: LetterDocument, kind: K) => {
  const [block, ...more] = ofKind(doc, kind);
  if (!block || more.length > 0) throw new Error(`expected one « ${kind} » block`);
  return block;
};

const texts = (doc: LetterDocument) => JSON.stringify(doc.blocks);

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

  it('states the IMP in the text: the total of the lines', () => {
    expect(ofKind(doc, 'paragraph')[4]?.text).toBe(
      `Elle bénéficie de 1,5 IMP au taux de 1${nnbsp}875${nbsp}€.`,
    );
  });

  it('prints the IMP table, the STS-web code in its caption, a total line, then the note', () => {
    expect(only(doc, 'table')).toEqual({
      kind: 'table',
      caption: `Indemnité pour mission particulière (IMP) – code STS-web${nbsp}: IMP 9073`,
      columns: ['Mission', 'Provenance', 'Nombre d’IMP', 'Taux', 'Montant annuel', 'Par mois'],
      rows: [
        [
          `IMP «${nbsp}Cordées de la réussite${nbsp}» attribuées par le Rectorat`,
          '—',
          '1',
          `Taux 3 (1${nnbsp}250${nbsp}€)`,
          `1${nnbsp}250${nbsp}€`,
          `138,89${nbsp}€`,
        ],
        [
          `IMP attribuées par l’établissement (mission «${nbsp}autre${nbsp}»)`,
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

  it('leaves room to sign, acknowledge and stamp, under each signer’s name', () => {
    expect(only(doc, 'signatures').blocks).toEqual([
      {
        caption: 'L’intéressée',
        lines: [`Vu et pris connaissance, le ${leader}`, 'Jeanne Dupont'],
        stamp: null,
      },
      {
        caption: 'La principale du collège Jean Moulin',
        lines: ['Mme Martin'],
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

describe('what the user typed', () => {
  it('lists every mission item of the letter, in order, after edits', () => {
    const letter = filledLetter();
    const [first, second] = letter.sections;
    const list = first?.blocks[1];
    if (!second || list?.type !== 'list') throw new Error('the model’s first section has a list');
    list.items.reverse();
    list.items.push({ id: 'ajout', text: 'Animer le réseau.' });
    second.blocks.push({ type: 'list', id: 'l2', items: [{ id: 'i9', text: 'Se former.' }] });
    const doc = toDocument(letter, rates);
    expect(ofKind(doc, 'list').flatMap((block) => block.items)).toEqual([
      'Rédiger le bilan avant le 1er juin 2027.',
      'Participer au GPDS.',
      'Contribuer au diagnostic.',
      'Animer le réseau.',
      'Une formation académique.',
      'Se former.',
    ]);
  });

  it('keeps a 10 000-character item whole', () => {
    const letter = filledLetter();
    const list = letter.sections[0]?.blocks[1];
    if (list?.type !== 'list') throw new Error('the model’s first section has a list');
    const long = `${'Accompagner les élèves décrocheurs. '.repeat(280)}Fin.`.slice(-10_000);
    list.items[0] = { id: 'long', text: long };
    const item = ofKind(toDocument(letter, rates), 'list')[0]?.items[0];
    expect(item?.length).toBe(10_000);
    expect(item).toBe(long.trim());
  });

  it('prints markup typed in a value as the same literal text', () => {
    const letter = filledLetter();
    letter.values['nom'] = '<img src=x onerror=alert(1)>';
    const doc = toDocument(letter, rates);
    expect(ofKind(doc, 'paragraph')[2]?.text).toBe(
      'Il est confié à Madame Jeanne <img src=x onerror=alert(1)> la mission de référente au collège Jean Moulin.',
    );
  });

  it('skips empty items and sections, and a heading left empty', () => {
    const letter = filledLetter();
    const [first, second] = letter.sections;
    if (!first || !second) throw new Error('the model has two sections');
    first.title = '  ';
    first.blocks = [
      { type: 'paragraph', id: 'p', text: '  ' },
      {
        type: 'list',
        id: 'l',
        items: [
          { id: 'a', text: '' },
          { id: 'b', text: 'Seul point.' },
        ],
      },
    ];
    second.blocks = [{ type: 'list', id: 'l3', items: [{ id: 'c', text: ' ' }] }];
    letter.closing.push({ id: 'vide', text: '' });
    const doc = toDocument(letter, rates);
    expect(ofKind(doc, 'heading')).toEqual([]);
    expect(ofKind(doc, 'list')).toEqual([{ kind: 'list', items: ['Seul point.'] }]);
    expect(ofKind(doc, 'paragraph').map((block) => block.text.slice(0, 20))).toEqual([
      'La principale du col',
      `Objet${nbsp}: Mission de r`,
      'Il est confié à Mada',
      'Elle bénéficie de ……',
      'Un complément peut ê',
    ]);
  });

  it('prints a section the user added', () => {
    const letter = filledLetter();
    letter.sections.push({
      id: 'ajout',
      title: 'Moyens alloués',
      modelSection: null,
      blocks: [{ type: 'paragraph', id: 'p', text: "Deux heures d'HSE." }],
    });
    const doc = toDocument(letter, rates);
    expect(ofKind(doc, 'heading').map((block) => block.text)).toContain('Moyens alloués');
    expect(ofKind(doc, 'paragraph').map((block) => block.text)).toContain('Deux heures d’HSE.');
  });
});

describe('letters of other shapes', () => {
  it('print no school-year line without the field', () => {
    const letter = filledLetter();
    letter.fields = letter.fields.filter((field) => field.id !== 'anneeScolaire');
    expect(ofKind(toDocument(letter, rates), 'subtitle')).toEqual([]);
  });

  it('print the school-year line even when the preamble does not', () => {
    const letter = filledLetter();
    letter.preamble = letter.preamble.slice(1);
    expect(only(toDocument(letter, rates), 'subtitle').text).toBe('Année scolaire 2025-2026');
  });

  it('print no IMP table, signatures, « Vu » or copies when they have none', () => {
    const letter = filledLetter();
    Object.assign(letter, { imp: null, signatures: [], vu: [], copies: [] });
    const kinds = toDocument(letter, rates).blocks.map((block) => block.kind);
    expect(kinds).not.toContain('table');
    expect(kinds).not.toContain('signatures');
    expect(kinds).not.toContain('vu');
    expect(kinds).not.toContain('copies');
  });

  it('do not repeat the head’s name when the caption gives it', () => {
    const letter = filledLetter();
    letter.signatures = [
      {
        id: 's1',
        signer: 'head',
        label: 'Mme Martin, cheffe d’établissement',
        name: '',
        acknowledgement: false,
        stamp: false,
        delegation: false,
      },
    ];
    expect(only(toDocument(letter, rates), 'signatures').blocks).toEqual([
      { caption: 'Mme Martin, cheffe d’établissement', lines: [], stamp: null },
    ]);
  });
});

describe('the document itself', () => {
  const doc = toDocument(paidLetter(), rates);

  it('is plain data: it survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('is typeset already: typography would change nothing more', () => {
    const strings = JSON.stringify(doc).match(/"(?:[^"\\]|\\.)*"/g) ?? [];
    for (const quoted of strings) {
      const text = JSON.parse(quoted) as string;
      expect(frenchTypography(text)).toBe(text);
    }
    expect(texts(doc)).not.toContain("'");
  });
});

describe('the school’s logo', () => {
  const logo = { dataUrl: dataUrlOf(pngBytes(200, 80)), width: 200, height: 80 };

  it('heads the letterhead when given, as it is', () => {
    const head = only(toDocument(filledLetter(), rates, { logo }), 'letterhead');
    expect(head.logo).toEqual(logo);
    expect(head.sender[0]).toBe('Académie de Créteil');
  });

  it('is left out when there is none', () => {
    for (const options of [undefined, {}, { logo: null }]) {
      const head = only(toDocument(filledLetter(), rates, options), 'letterhead');
      expect('logo' in head).toBe(false);
    }
  });

  it('changes nothing else, and stays plain data', () => {
    const plain = toDocument(filledLetter(), rates);
    const withLogo = toDocument(filledLetter(), rates, { logo });
    expect(withLogo.blocks.slice(1)).toEqual(plain.blocks.slice(1));
    expect(withLogo.meta).toEqual(plain.meta);
    expect(JSON.parse(JSON.stringify(withLogo))).toEqual(withLogo);
  });
});
