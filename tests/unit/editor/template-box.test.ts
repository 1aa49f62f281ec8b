// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { boxParts, insertPart, readBox, renderBox } from '../../../src/lib/editor/template-box';
import { letterModels } from '../support/filled-letters';

const fields = [
  { id: 'nom', label: 'Nom du référent' },
  { id: 'civilite', label: 'Civilité' },
];

function box(source: string, gender: 'masculine' | 'feminine' | null = null): HTMLElement {
  const element = document.createElement('div');
  renderBox(element, boxParts(source, fields, gender));
  return element;
}

describe('a text box of the letter', () => {
  it('names each piece and never shows its syntax', () => {
    const shown = box('Confié à {nom}, {référent|référente} {auEtablissement} {x}.');
    expect(shown.textContent).toBe(
      'Confié à Nom du référent, référent / référente à l’établissement {x}.',
    );
    const pieces = [...shown.querySelectorAll('.text-piece')];
    expect(pieces.map((piece) => piece.getAttribute('contenteditable'))).toEqual([
      'false',
      'false',
      'false',
      'false',
    ]);
    expect(pieces.map((piece) => piece.getAttribute('title'))).toEqual([
      'Champ «\u00a0Nom du référent\u00a0», rempli à l’impression',
      'Accord selon la civilité\u00a0: référent / référente',
      'Champ «\u00a0à l’établissement\u00a0», rempli à l’impression',
      'Champ inconnu, imprimé tel quel',
    ]);
    expect(pieces[3]?.classList.contains('unknown')).toBe(true);
  });

  it('shows the form the civilité gives', () => {
    expect(box('La {référent|référente} suit.', 'feminine').textContent).toBe('La référente suit.');
  });

  it('reads back every text of every model as stored', () => {
    for (const { type } of letterModels) {
      const texts = [
        type.title,
        type.objet ?? '',
        ...type.vu,
        ...type.preamble,
        ...type.sections.flatMap((section) =>
          section.blocks.flatMap((block) =>
            block.type === 'paragraph' ? [block.text] : block.items,
          ),
        ),
        ...type.closing,
      ];
      for (const text of texts) expect(readBox(box(text))).toBe(text);
    }
  });

  it('writes typed braces as literal text, and never parses typed markup', () => {
    const element = box('{nom} ');
    element.append('tape {nom} <img src=x onerror=alert(1)>');
    expect(readBox(element)).toBe('{nom} tape \\{nom} <img src=x onerror=alert(1)>');
    renderBox(element, boxParts(readBox(element), fields, null));
    expect(element.querySelector('img')).toBeNull();
    expect(element.textContent).toBe('Nom du référent tape {nom} <img src=x onerror=alert(1)>');
  });

  it('reads the line breaks a browser writes, not its trailing <br>', () => {
    const element = document.createElement('div');
    element.append('Un');
    element.append(document.createElement('br'));
    const second = document.createElement('div');
    second.append('Deux');
    element.append(second);
    element.append(document.createElement('br'));
    expect(readBox(element)).toBe('Un\n\nDeux');
  });

  it('puts an inserted piece where the caret was', () => {
    const element = box('Avant après');
    document.body.append(element);
    const range = document.createRange();
    const text = element.firstChild as Text;
    range.setStart(text, 'Avant '.length);
    range.collapse(true);
    const [part] = boxParts('{nom}', fields, null);
    if (!part) throw new Error('no part');
    let told = 0;
    element.addEventListener('input', () => (told += 1));
    insertPart(element, part, range);
    expect(readBox(element)).toBe('Avant {nom}après');
    expect(told).toBe(1);
    element.remove();
  });
});
