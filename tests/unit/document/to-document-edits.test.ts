import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import { frenchTypography } from '../../../src/lib/text/typography';
import { filledLetter, rates } from './fixture';
import { dataUrlOf, pngBytes } from '../support/images';
import { nbsp, ofKind, only, paidLetter, texts } from './doc-helpers';

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
      { caption: 'Mme Martin, cheffe d’établissement', lines: [], name: null, stamp: null },
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
