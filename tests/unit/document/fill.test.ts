import { describe, expect, it } from 'vitest';
import { BLANK_LEADER, fillText, typesetter } from '../../../src/lib/document/fill';

const nbsp = '\u00a0';
const leader = '…'.repeat(10);

describe('filling the blanks', () => {
  it('puts each value in its blank, trimmed', () => {
    expect(fillText('Confié à {prenom} {nom}.', { prenom: ' Jeanne ', nom: 'Dupont' })).toBe(
      'Confié à Jeanne Dupont.',
    );
  });

  it('leaves a dotted leader where a value is empty, to write by hand', () => {
    expect(BLANK_LEADER).toBe(leader);
    expect(fillText('Confié à {prenom} {nom}.', { prenom: '', nom: '   ' })).toBe(
      `Confié à ${leader} ${leader}.`,
    );
  });

  it('fills the computed IMP blanks, with a leader while they are unset', () => {
    const text = '{impNombre} IMP, soit {impMontant}';
    expect(fillText(text, {}, { impNombre: '0,5', impMontant: '625 €' })).toBe(
      '0,5 IMP, soit 625 €',
    );
    expect(fillText(text, {})).toBe(`${leader} IMP, soit ${leader}`);
  });

  it('keeps braces that name no blank as typed, prototype names included', () => {
    expect(fillText('Voir {exemple} et {constructor}', { nom: 'Dupont' })).toBe(
      'Voir {exemple} et {constructor}',
    );
  });

  it('never reads a value as markup', () => {
    const value = '<img src=x onerror=alert(1)>';
    expect(fillText('Nom : {nom}', { nom: value })).toBe(`Nom : ${value}`);
  });
});

describe('typesetting a text', () => {
  it('fills, then applies French typography to the whole', () => {
    const typeset = typesetter({ nom: "l'équipe" }, {});
    expect(typeset('Pour : {nom}')).toBe(`Pour${nbsp}: l’équipe`);
  });
});
