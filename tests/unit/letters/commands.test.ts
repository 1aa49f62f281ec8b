import { describe, expect, it } from 'vitest';
import {
  MAX_SIGNATORIES,
  addSignatory,
  moveSignatory,
  removeSignatory,
  setSignatoryFlag,
  setSignatoryText,
} from '../../../src/lib/letters/commands/signatories';
import { chooseOption } from '../../../src/lib/letters/commands/choice';
import { setObjet } from '../../../src/lib/letters/commands/objet';
import { makeLetter } from '../../fixtures/make-letter';

const labels = (letter: ReturnType<typeof makeLetter>) =>
  letter.signatures.map((signatory) => signatory.label);

describe('signatory commands', () => {
  it('add a co-signer, a person who acknowledges, a head who stamps', () => {
    const letter = makeLetter();
    addSignatory('other', 's-ien')(letter);
    addSignatory('person', 's-person')(letter);
    expect(letter.signatures.slice(1)).toEqual([
      {
        id: 's-ien',
        signer: 'other',
        label: 'Cosignataire',
        name: '',
        acknowledgement: false,
        stamp: false,
        delegation: false,
      },
      {
        id: 's-person',
        signer: 'person',
        label: '{L’intéressé|L’intéressée}',
        name: '',
        acknowledgement: true,
        stamp: false,
        delegation: false,
      },
    ]);
  });

  it('rename, name, move and remove by id', () => {
    const letter = makeLetter();
    const head = letter.signatures[0]?.id ?? '';
    addSignatory('other', 's-ien')(letter);
    setSignatoryText('s-ien', 'label', 'L’IEN de la circonscription')(letter);
    setSignatoryText('s-ien', 'name', 'Paul Martin')(letter);
    moveSignatory('s-ien', -1)(letter);
    expect(labels(letter)).toEqual(['L’IEN de la circonscription', 'Le chef d’établissement']);
    expect(letter.signatures[0]?.name).toBe('Paul Martin');
    moveSignatory('s-ien', -1)(letter);
    expect(letter.signatures[0]?.id).toBe('s-ien');
    removeSignatory(head)(letter);
    expect(labels(letter)).toEqual(['L’IEN de la circonscription']);
  });

  it('switch acknowledgement, stamp and delegation', () => {
    const letter = makeLetter();
    const head = letter.signatures[0]?.id ?? '';
    setSignatoryFlag(head, 'delegation', true)(letter);
    setSignatoryFlag(head, 'stamp', false)(letter);
    expect(letter.signatures[0]).toMatchObject({ delegation: true, stamp: false });
  });

  it('do nothing for a signatory that is gone, nor past the limit', () => {
    const letter = makeLetter();
    const before = structuredClone(letter);
    removeSignatory('absent')(letter);
    moveSignatory('absent', 1)(letter);
    setSignatoryText('absent', 'label', 'x')(letter);
    expect(letter).toEqual(before);
    for (let i = 0; i < MAX_SIGNATORIES + 3; i++) addSignatory('other', `s${i}`)(letter);
    expect(letter.signatures).toHaveLength(MAX_SIGNATORIES);
  });
});

describe('choosing an option', () => {
  const withCivilite = () => {
    const letter = makeLetter();
    letter.fields.push({
      id: 'civilite',
      label: 'Civilité',
      type: 'choice',
      required: true,
      options: ['Madame', 'Monsieur'],
      role: 'civilite',
    });
    return letter;
  };

  it('sets one of the field’s options, or clears it', () => {
    const letter = withCivilite();
    chooseOption('civilite', 'Madame')(letter);
    expect(letter.values['civilite']).toBe('Madame');
    chooseOption('civilite', '')(letter);
    expect(letter.values['civilite']).toBe('');
  });

  it('ignores a value the field does not offer, or a field that is no choice', () => {
    const letter = withCivilite();
    chooseOption('civilite', 'Mlle')(letter);
    chooseOption('nom', 'Curie')(letter);
    expect(letter.values['civilite']).toBeUndefined();
    expect(letter.values['nom']).toBe('');
  });
});

describe('the objet', () => {
  it('is set as typed', () => {
    const letter = makeLetter();
    setObjet('Mission de référente')(letter);
    expect(letter.objet).toBe('Mission de référente');
  });
});
