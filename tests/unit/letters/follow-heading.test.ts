import { describe, expect, it } from 'vitest';
import { followHeading } from '../../../src/lib/letters/follow-heading';
import { createLetter } from '../../../src/lib/letters/create';
import { smallModel } from '../support/model';
import { emptySchool } from '../../../src/lib/schemas/school';

const model = smallModel({
  fields: [{ id: 'etablissement', label: 'Établissement', type: 'text', prefill: 'etablissement' }],
  sections: [{ id: 'a', title: 'A', blocks: [{ type: 'list', items: ['Un.'] }] }],
});

describe('the heading and the blanks pre-filled from it', () => {
  it('fill the blank as the heading is typed', () => {
    const letter = createLetter('t', model, emptySchool, new Date());
    followHeading(letter, 'etablissement', 'Collège');
    followHeading(letter, 'etablissement', 'Collège Jean Moulin');
    expect(letter.values['etablissement']).toBe('Collège Jean Moulin');
    expect(letter.school.etablissement).toBe('Collège Jean Moulin');
  });

  it('leave a blank the user wrote differently', () => {
    const letter = createLetter('t', model, emptySchool, new Date());
    letter.values['etablissement'] = 'Lycée Voltaire (site annexe)';
    followHeading(letter, 'etablissement', 'Lycée Voltaire');
    expect(letter.values['etablissement']).toBe('Lycée Voltaire (site annexe)');
  });
});
