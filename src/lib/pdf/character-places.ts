import type { Letter } from '../schemas/letter';
import type { SchoolHeadingKey } from '../schemas/school';
import { schoolLabels } from '../schemas/school-labels';
import { valueOf } from '../schemas/values';

/** A text of the letter as the user typed it, and where it is, in French: « dans … ». */
interface PlacedText {
  place: string;
  text: string;
}

/** Places named for one character at most: the rest is « ailleurs ». */
const MAX_PLACES = 3;

/** Longest quoted name (a section's title) before it is cut with an ellipsis. */
const MAX_NAME = 50;

const quoted = (name: string) => {
  const flat = name.replace(/\s+/g, ' ').trim();
  return `« ${flat.length > MAX_NAME ? `${flat.slice(0, MAX_NAME - 1).trimEnd()}…` : flat} »`;
};

/** Every text of the letter that can print, named as the editor names its control. */
function placedTexts(letter: Letter): PlacedText[] {
  const texts: PlacedText[] = [{ place: 'dans le titre de la lettre', text: letter.title }];
  for (const field of letter.fields) {
    const value = valueOf(letter.values, field.id);
    if (value) texts.push({ place: `dans ${quoted(field.label)}`, text: value });
  }
  for (const [key, value] of Object.entries(letter.school)) {
    const label = schoolLabels[key as SchoolHeadingKey]?.label ?? key;
    texts.push({ place: `dans ${quoted(label)} de l’en-tête`, text: value });
  }
  letter.vu.forEach((item, index) =>
    texts.push({ place: `dans la référence ${index + 1} («\u00a0Vu…\u00a0»)`, text: item.text }),
  );
  letter.preamble.forEach((item, index) =>
    texts.push({ place: `dans le paragraphe ${index + 1} de l’introduction`, text: item.text }),
  );
  letter.sections.forEach((section, index) => texts.push(...sectionTexts(section, index)));
  letter.closing.forEach((item, index) =>
    texts.push({ place: `dans le paragraphe ${index + 1} de la conclusion`, text: item.text }),
  );
  if (letter.imp) {
    const { stsCode, lines, note } = letter.imp;
    texts.push({ place: 'dans « Code STS-web »', text: stsCode });
    lines.forEach((line, index) => {
      const place = `dans la ligne ${index + 1} du tableau des IMP`;
      texts.push({ place, text: [line.heading, line.mission, line.provenance ?? ''].join('\n') });
    });
    texts.push({ place: 'dans « Note sous le tableau » des IMP', text: note });
  }
  letter.signatures.forEach((signature) =>
    texts.push({ place: `dans la signature ${quoted(signature.label)}`, text: signature.label }),
  );
  letter.copies.forEach((item, index) =>
    texts.push({ place: `dans la ligne de copie ${index + 1}`, text: item.text }),
  );
  return texts;
}

/**
 * A section's texts: « dans la mission 3 de « Pilotage » », numbered as the editor numbers
 * them (missions within their list, the list named when the section has several).
 */
function sectionTexts(section: Letter['sections'][number], index: number): PlacedText[] {
  const title = section.title.trim();
  const name = title ? quoted(title) : `la section ${index + 1}`;
  const texts: PlacedText[] = [
    { place: `dans le titre de la section ${index + 1}`, text: section.title },
  ];
  const lists = section.blocks.filter((block) => block.type === 'list').length;
  let paragraph = 0;
  let list = 0;
  for (const block of section.blocks) {
    if (block.type === 'paragraph') {
      paragraph += 1;
      texts.push({ place: `dans le paragraphe ${paragraph} de ${name}`, text: block.text });
      continue;
    }
    list += 1;
    const which = lists > 1 ? ` (liste ${list})` : '';
    block.items.forEach((item, position) =>
      texts.push({ place: `dans la mission ${position + 1}${which} de ${name}`, text: item.text }),
    );
  }
  return texts;
}

/**
 * Where each character is typed in the letter, as French phrases naming the field, section or
 * item (« dans « Nom » », « dans la mission 3 de « Pilotage » »), at most three, then
 * « ailleurs ». Characters are compared composed (NFC), as the coverage check finds them.
 */
export function characterPlaces(
  letter: Letter,
  characters: readonly string[],
): Map<string, string[]> {
  const texts = placedTexts(letter).map(({ place, text }) => ({
    place,
    text: text.normalize('NFC'),
  }));
  return new Map(
    characters.map((char) => {
      const places = [
        ...new Set(texts.filter(({ text }) => text.includes(char)).map(({ place }) => place)),
      ];
      const more = places.length > MAX_PLACES;
      return [char, more ? [...places.slice(0, MAX_PLACES), 'ailleurs'] : places];
    }),
  );
}
