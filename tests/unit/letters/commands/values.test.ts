import { describe, expect, it } from 'vitest';
import { setDate, setTitle, setValue } from '../../../../src/lib/letters/commands/values';
import { setHeading } from '../../../../src/lib/letters/commands/heading';
import { makeLetter } from '../../../fixtures/make-letter';

describe('values, title and date', () => {
  it('each command changes its part only', () => {
    const letter = makeLetter();
    const before = structuredClone(letter);
    setTitle('Lettre de mission')(letter);
    setValue('nom', 'Curie')(letter);
    setDate('2026-09-01')(letter);
    expect(letter).toEqual({
      ...before,
      title: 'Lettre de mission',
      values: { ...before.values, nom: 'Curie' },
      date: '2026-09-01',
    });
  });

  it('a command is a value: the same change applies to any letter', () => {
    const change = setValue('prenom', 'Marie');
    const [a, b] = [makeLetter('a'), makeLetter('b')];
    change(a);
    change(b);
    expect([a.values['prenom'], b.values['prenom']]).toEqual(['Marie', 'Marie']);
  });
});

describe('the heading', () => {
  it('changes the heading and the blanks that still hold its old text', () => {
    const letter = makeLetter();
    expect(letter.values['etablissement']).toBe('Collège Jean Moulin');
    setHeading('etablissement', 'Lycée Victor Hugo')(letter);
    expect(letter.school.etablissement).toBe('Lycée Victor Hugo');
    expect(letter.values['etablissement']).toBe('Lycée Victor Hugo');
  });

  it('leaves alone a blank the user changed on purpose', () => {
    const letter = makeLetter();
    setValue('etablissement', 'le collège Jean-Moulin de Melun')(letter);
    setHeading('etablissement', 'Lycée Victor Hugo')(letter);
    expect(letter.values['etablissement']).toBe('le collège Jean-Moulin de Melun');
  });
});
