import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import type { Letter } from '../../../src/lib/schemas/letter';
import { filledLetter, rates } from './fixture';

/** What a word processor leaves in a pasted text: zero-width, soft hyphen, BOM, bidi, controls. */
const PASTED = '\u200b\u00ad\ufeff\u202e\u2066\u0007\u009b\u2060';
/** Every character the document must not hold: controls but \n, format characters, separators. */
const isInvisible = (char: string) => /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(char) && char !== '\n';

/** Every string of a value, joined by line breaks. */
const allText = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'object' && value !== null
      ? Object.values(value).map(allText).join('\n')
      : '';

/** The filled letter with invisible characters pasted into every kind of text it prints. */
function pastedLetter(): Letter {
  const letter = filledLetter();
  const dirty = (text: string) => `${PASTED}${text.slice(0, 3)}${PASTED}${text.slice(3)}`;
  letter.title = dirty(letter.title);
  letter.school.etablissement = dirty(letter.school.etablissement);
  letter.school.adresse = `12 rue des Écoles\u2028${PASTED}77000 Melun`;
  letter.values['prenom'] = dirty('Jeanne');
  letter.values['nom'] = `Du\u00adpont\r\n`;
  letter.vu.forEach((item) => (item.text = dirty(item.text)));
  letter.preamble.forEach((item) => (item.text = dirty(item.text)));
  for (const section of letter.sections) {
    section.title = dirty(section.title);
    for (const block of section.blocks) {
      if (block.type === 'paragraph') block.text = dirty(block.text);
      else block.items.forEach((item) => (item.text = dirty(item.text)));
    }
  }
  letter.closing.forEach((item) => (item.text = dirty(item.text)));
  if (letter.imp) {
    letter.imp.stsCode = dirty(letter.imp.stsCode);
    letter.imp.note = dirty(letter.imp.note);
    letter.imp.lines.forEach((line) => (line.heading = dirty(line.heading)));
  }
  letter.signatures.forEach((signature) => (signature.label = dirty(signature.label)));
  letter.copies.forEach((item) => (item.text = dirty(item.text)));
  return letter;
}

describe('invisible characters pasted into a letter', () => {
  const clean = toDocument(filledLetter(), rates);
  const pasted = toDocument(pastedLetter(), rates);

  it('never reach the document the preview and the PDF draw', () => {
    expect([...allText(pasted)].filter(isInvisible)).toEqual([]);
    expect(JSON.stringify(pasted.blocks)).toContain('Jeanne Dupont');
  });

  it('leave the letter printing exactly as if they had never been typed', () => {
    expect(pasted.blocks).toEqual(clean.blocks);
    expect(pasted.meta).toEqual(clean.meta);
  });

  it('turn a line separator into a line break and leave an only-invisible value blank', () => {
    const letter = filledLetter();
    letter.preamble.push({ id: 'p9', text: 'Première ligne\u2029seconde ligne' });
    letter.values['prenom'] = '\u200b\ufeff';
    const texts = JSON.stringify(toDocument(letter, rates).blocks);
    expect(texts).toContain(JSON.stringify('Première ligne\nseconde ligne'));
    expect(texts).toContain(`${'…'.repeat(10)} Dupont`);
  });
});
