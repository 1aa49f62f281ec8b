import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import type { DocBlock, LetterDocument } from '../../../src/lib/document/model';
import type { Letter } from '../../../src/lib/schemas/letter';
import { addOtherImpLine, setImpMission } from '../../../src/lib/letters/commands/imp';
import { filledLetter } from '../support/filled-letters';
import { rates } from './fixture';
import { cell, nbsp } from './doc-helpers';

/** The IMP table the letter prints. */
function table(doc: LetterDocument): Extract<DocBlock, { kind: 'table' }> {
  const found = doc.blocks.find((block) => block.kind === 'table');
  if (found?.kind !== 'table') throw new Error('the letter prints an IMP table');
  return found;
}

/** Every text of the table, caption and headings included, as the reader sees them. */
const tableText = (letter: Letter) => {
  const { caption, columns, rows } = table(toDocument(letter, rates));
  return [caption, ...columns, ...rows.flat()].join('\n');
};

/** The Mission column of the table. */
const missions = (letter: Letter) => table(toDocument(letter, rates)).rows.map((row) => row[0]);

/** What the form says to the person filling it, and the letter never says to its reader. */
const formLeftovers = [/le cas échéant/i, /\(mission /i, /«\s*autre\s*»/i, /attribuées par/i];

describe('the IMP table is written for the reader of the letter', () => {
  it('names each line of the Cordées letter by its mission, without the form’s labels', () => {
    const letter = filledLetter('referent-cordee-de-la-reussite');
    expect(missions(letter)).toEqual([
      'Cordées de la réussite, dotation du rectorat',
      'Cordées de la réussite, complément de l’établissement',
      'Total',
    ]);
    for (const leftover of formLeftovers) expect(tableText(letter)).not.toMatch(leftover);
  });

  it('names the mission once, never « (mission « … ») » after the form’s heading', () => {
    const letter = filledLetter('referent-usages-numeriques');
    expect(missions(letter)).toEqual([
      'Référent pour les ressources et usages pédagogiques numériques',
    ]);
    expect(tableText(letter)).not.toContain(`(mission «${nbsp}`);
  });

  it('prints no form leftover in any model’s table', () => {
    for (const slug of [
      'coordonnateur-apsa',
      'coordonnateur-devoirs-faits',
      'coordonnateur-discipline',
      'referent-decrochage-scolaire',
      'referent-culture',
      'mission-particuliere',
    ]) {
      const text = tableText(filledLetter(slug));
      for (const leftover of formLeftovers) expect(text, slug).not.toMatch(leftover);
    }
  });

  it('writes the « autre » line as the mission the head typed, never « autre »', () => {
    const letter = filledLetter('referent-decrochage-scolaire');
    addOtherImpLine()(letter);
    expect(missions(letter)[1]).toBe(cell);
    setImpMission('autre', 'Référent harcèlement')(letter);
    expect(missions(letter)[1]).toBe('Référent harcèlement');
  });

  it('leaves a line a letter stored as « autre » to name by hand (letters made before)', () => {
    const letter = filledLetter('referent-cordee-de-la-reussite');
    const school = letter.imp?.lines[1];
    if (!school) throw new Error('the Cordées letter has two IMP lines');
    school.mission = 'autre';
    expect(missions(letter)[1]).toBe(cell);
    expect(tableText(letter)).not.toMatch(/autre/);
  });
});
