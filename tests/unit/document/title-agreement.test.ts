import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLetter } from '../../../src/lib/letters/create';
import { toDocument } from '../../../src/lib/document/to-document';
import { summaryOf } from '../../../src/lib/letters/summary';
import { agreementForms } from '../../../src/lib/text/agreement';
import { emptySchool } from '../../../src/lib/schemas/school';
import type { LetterType } from '../../../src/lib/schemas/letter-type';
import { rates, readyModel } from '../bulk/support';

const slugs = readdirSync('content/lettres')
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/u, ''));
const may = new Date(2026, 4, 12);

/** Every text of a model, where its agreement pairs are written. */
const modelTexts = (model: LetterType) => JSON.stringify(model);

/** The title and the « Objet » of the letter for Madame, as printed. */
function printedForMadame(slug: string) {
  const model = readyModel(slug);
  const letter = createLetter(slug, model, emptySchool, may);
  const civilite = model.fields.find((field) => field.role === 'civilite');
  if (civilite) letter.values[civilite.id] = 'Madame';
  const blocks = toDocument(letter, rates).blocks;
  const title = blocks.find((block) => block.kind === 'title');
  const objet = blocks.find(
    (block) => block.kind === 'paragraph' && block.text.startsWith('Objet'),
  );
  const text = (block: (typeof blocks)[number] | undefined) =>
    block && 'text' in block ? block.text : '';
  return { model, letter, title: text(title), objet: text(objet), civilite };
}

describe('the title and « Objet » of a letter for Madame', () => {
  it.each(slugs)('%s: agree with the civilité, as the body does', (slug) => {
    const { model, title, objet, civilite } = printedForMadame(slug);
    if (!civilite) return; // a model without civilité has nothing to agree with
    // Every masculine form the model writes, where its feminine differs, as a whole word.
    const masculines = agreementForms(modelTexts(model))
      .filter(([masculine, feminine]) => masculine !== feminine)
      .map(([masculine]) => masculine.toLowerCase());
    for (const text of [title, objet].map((value) => value.toLowerCase()))
      for (const masculine of masculines)
        expect(text).not.toMatch(new RegExp(`(?<![\\p{L}])${masculine}(?![\\p{L}])`, 'u'));
  });

  it('prints « de la référente » and « de la coordonnatrice » in the seeds’ titles', () => {
    expect(printedForMadame('referent-decrochage-scolaire').title).toBe(
      'Lettre de mission de la référente «\u00a0Décrochage scolaire\u00a0»',
    );
    expect(printedForMadame('coordonnateur-mlds-bassin').title).toMatch(
      /^Cahier des charges de la coordonnatrice de bassin/u,
    );
  });

  it('names the letter in « Mes lettres » as it prints', () => {
    const { letter } = printedForMadame('referent-decrochage-scolaire');
    expect(summaryOf(letter).title).toMatch(
      /^Lettre de mission de la référente «\s?Décrochage scolaire\s?»$/u,
    );
  });
});
