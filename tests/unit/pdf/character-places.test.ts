import { describe, expect, it } from 'vitest';
import { characterPlaces } from '../../../src/lib/pdf/character-places';
import { filledLetter } from '../document/fixture';

const NBSP = '\u00a0';

/** The value, which the fixture is known to have. */
function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('the fixture lacks a part');
  return value;
}

describe('where a character is typed in the letter', () => {
  it('names the field, the heading line, the section, the mission and the other parts', () => {
    const letter = filledLetter();
    letter.values['nom'] = 'Dupont ①';
    letter.school.adresse = '② rue des Écoles';
    letter.vu.push({ id: 'v2', text: 'Vu ③' });
    letter.preamble.push({ id: 'p3', text: '④' });
    const [objectifs, moyens] = letter.sections;
    if (!objectifs || !moyens) throw new Error('the fixture has two sections');
    objectifs.title += ' ⑤';
    const list = objectifs.blocks.find((block) => block.type === 'list');
    if (list?.type !== 'list') throw new Error('a list of missions');
    must(list.items[1]).text += ' ⑥';
    moyens.blocks.push({ type: 'list', id: 'l2', items: [{ id: 'i9', text: '⑦' }] });
    must(letter.closing[0]).text += ' ⑧';
    const imp = must(letter.imp);
    imp.stsCode += ' ⑨';
    must(imp.lines[1]).provenance = '⑩';
    must(letter.signatures[1]).label = 'Le principal ⑪';
    must(letter.copies[0]).text += ' ⑫';
    const places = characterPlaces(letter, [...'①②③④⑤⑥⑦⑧⑨⑩⑪⑫']);
    expect(Object.fromEntries(places)).toEqual({
      '①': ['dans « Nom »'],
      '②': ['dans « Adresse » de l’en-tête'],
      '③': [`dans la référence 2 («${NBSP}Vu…${NBSP}»)`],
      '④': ['dans le paragraphe 3 de l’introduction'],
      '⑤': ['dans le titre de la section 1'],
      '⑥': [`dans la mission 2 de « ${objectifs.title} »`],
      '⑦': ['dans la mission 1 (liste 2) de « Moyens »'],
      '⑧': ['dans le paragraphe 1 de la conclusion'],
      '⑨': ['dans « Code STS-web »'],
      '⑩': ['dans la ligne 2 du tableau des IMP'],
      '⑪': ['dans la signature « Le principal ⑪ »'],
      '⑫': ['dans la ligne de copie 1'],
    });
  });

  it('lists three places at most, then « ailleurs », and nothing for a character not typed', () => {
    const letter = filledLetter();
    for (const id of ['prenom', 'nom', 'courriel', 'anneeScolaire']) letter.values[id] += '😀';
    const places = characterPlaces(letter, ['😀', '中']);
    expect(places.get('😀')).toEqual([
      'dans « Année scolaire »',
      'dans « Prénom »',
      'dans « Nom »',
      'ailleurs',
    ]);
    expect(places.get('中')).toEqual([]);
  });

  it('finds a character typed decomposed, as the check composes it', () => {
    const letter = filledLetter();
    letter.values['nom'] = 'Nguye\u0302\u0303n';
    expect(characterPlaces(letter, ['ễ']).get('ễ')).toEqual(['dans « Nom »']);
  });

  it('shortens a long section title', () => {
    const letter = filledLetter();
    const section = must(letter.sections[0]);
    section.title = 'Très '.repeat(20);
    const list = section.blocks.find((block) => block.type === 'list');
    if (list?.type === 'list') must(list.items[0]).text += '★';
    const [place] = characterPlaces(letter, ['★']).get('★') ?? [];
    expect(place).toMatch(/^dans la mission 1 de « (Très ){9}Très… »$/);
  });
});
