import { describe, expect, it } from 'vitest';
import { blankChips } from '../../../src/lib/editor/blank-chips';
import type { Field } from '../../../src/lib/schemas/field';

const fields: Field[] = [
  { id: 'nom', label: 'Nom du référent', type: 'text', required: true },
  { id: 'prenom', label: 'Prénom du référent', type: 'text', required: false },
];

describe('the blanks of a text box, as labelled chips', () => {
  it('names fields by their label, once each, in order', () => {
    expect(blankChips('{prenom} {nom}, dit {nom}', fields)).toEqual([
      { label: 'Prénom du référent', unknown: false },
      { label: 'Nom du référent', unknown: false },
    ]);
  });

  it('says what computed blanks and agreement groups give', () => {
    expect(blankChips('{il|elle} reçoit {impMontant} {auEtablissement}', fields)).toEqual([
      { label: 'il / elle (selon la civilité)', unknown: false },
      { label: 'montant de l’IMP (calculé)', unknown: false },
      { label: 'à l’établissement', unknown: false },
    ]);
  });

  it('flags a brace group that names no field', () => {
    expect(blankChips('{prénom} {nom}', fields)).toEqual([
      { label: 'Nom du référent', unknown: false },
      { label: '{prénom}', unknown: true },
    ]);
  });

  it('gives nothing for a text without blanks', () => {
    expect(blankChips('Suivre les élèves.', fields)).toEqual([]);
  });
});
