import { describe, expect, it } from 'vitest';
import { smallModel } from '../support/model';
import { createLetter } from '../../../src/lib/letters/create';
import { modelSection, resetToModel } from '../../../src/lib/letters/reset';
import { emptySchool } from '../../../src/lib/schemas/school';
import { addImpTable, setImpCount } from '../../../src/lib/letters/commands/imp';

const model = smallModel({
  fields: [{ id: 'nom', label: 'Nom', type: 'text' }],
  sections: [{ id: 'a', title: 'Missions', blocks: [{ type: 'list', items: ['Un.', 'Deux.'] }] }],
  imp: { columns: [{ id: 'rectorat', heading: 'Rectorat', mission: 'Cordées' }] },
});

function counter() {
  let n = 0;
  return () => `id${++n}`;
}

function adaptedLetter() {
  const letter = createLetter('t', model, emptySchool, new Date('2026-11-22T10:00:00Z'), counter());
  letter.values['nom'] = 'Dupont';
  letter.title = 'Mon titre';
  const section = letter.sections[0];
  if (section?.blocks[0]?.type === 'list') section.blocks[0].items.splice(0, 1);
  if (letter.imp?.lines[0]) letter.imp.lines[0].count = 0.5;
  return letter;
}

describe('resetting a section to its model', () => {
  it('gives back the model’s items', () => {
    const section = adaptedLetter().sections[0];
    if (!section) throw new Error('no section');
    const reset = modelSection(section, model, counter());
    expect(reset?.blocks).toEqual([
      {
        type: 'list',
        id: 'id2',
        items: [
          { id: 'id3', text: 'Un.' },
          { id: 'id4', text: 'Deux.' },
        ],
      },
    ]);
  });

  it('has no model for a section the user added', () => {
    expect(modelSection({ id: 'x', title: 'x', modelSection: null, blocks: [] }, model)).toBeNull();
  });
});

describe('resetting the whole letter to its model', () => {
  it('restores the text but keeps the blanks, the id and the IMP numbers', () => {
    const letter = adaptedLetter();
    const reset = resetToModel(letter, model, counter());
    expect(reset.title).toBe('Lettre');
    expect(reset.id).toBe(letter.id);
    expect(reset.values['nom']).toBe('Dupont');
    const items = reset.sections[0]?.blocks[0];
    expect(items?.type === 'list' ? items.items.map((item) => item.text) : []).toEqual([
      'Un.',
      'Deux.',
    ]);
    expect(reset.imp?.lines[0]?.count).toBe(0.5);
  });

  it('keeps an IMP table the head added to a letter whose model has none', () => {
    const { imp: _imp, ...withoutImp } = model;
    const letter = createLetter('t', withoutImp, emptySchool, new Date(), counter());
    addImpTable('Coordonnateur du REP')(letter);
    setImpCount('etablissement', 1.5, [])(letter);
    const reset = resetToModel(letter, withoutImp, counter());
    expect(reset.imp).toEqual(letter.imp);
    expect(reset.imp?.lines[0]?.count).toBe(1.5);
  });
});
