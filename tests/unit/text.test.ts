import { describe, expect, it } from 'vitest';
import { placeholderIds, splitPlaceholders } from '../../src/lib/text/placeholders';
import { acronymCandidates, markAcronyms, type Acronym } from '../../src/lib/text/acronyms';
import { blankLabels, textRuns } from '../../src/lib/text/runs';

const rep: Acronym = {
  id: 'rep',
  term: 'REP',
  variants: [],
  expansion: 'Réseau d’éducation prioritaire',
};
const sts: Acronym = {
  id: 'sts-web',
  term: 'STS-WEB',
  variants: ['STS-web'],
  expansion: 'Structures',
};
const ien: Acronym = {
  id: 'ien',
  term: 'IEN',
  variants: [],
  expansion: 'Inspecteur de l’Éducation nationale',
};

describe('blanks in a letter’s text', () => {
  it('splits text and blanks in order', () => {
    expect(splitPlaceholders('Confié à {prenom} {nom}.')).toEqual([
      { kind: 'text', text: 'Confié à ' },
      { kind: 'blank', id: 'prenom' },
      { kind: 'text', text: ' ' },
      { kind: 'blank', id: 'nom' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('lists each blank once', () => {
    expect(placeholderIds('{nom}, {nom} et {anneeScolaire}')).toEqual(['nom', 'anneeScolaire']);
  });

  it('leaves text without blanks whole, and ignores braces that are not blanks', () => {
    expect(splitPlaceholders('Pas de { blanc }')).toEqual([
      { kind: 'text', text: 'Pas de { blanc }' },
    ]);
  });
});

describe('acronyms', () => {
  it('finds the known acronyms as whole words, longest spelling first', () => {
    const parts = markAcronyms('Le REP et STS-web, pas PREPA ni REPS.', [rep, sts]);
    expect(parts.filter((part) => part.kind === 'acronym').map((part) => part.text)).toEqual([
      'REP',
      'STS-web',
    ]);
    expect(parts.map((part) => part.text).join('')).toBe('Le REP et STS-web, pas PREPA ni REPS.');
  });

  it('spots words written like acronyms, but not Roman numerals or single capitals', () => {
    expect(acronymCandidates('II – Cadre : l’IEN, le CE2, SIÈCLE, IA-IPR et M. Dupont')).toEqual([
      'IEN',
      'CE2',
      'SIÈCLE',
      'IA-IPR',
    ]);
  });
});

describe('runs of a guidance page', () => {
  it('names blanks by their field’s label and marks acronyms', () => {
    const labels = blankLabels([{ id: 'nom', label: 'Nom du référent' }]);
    expect(textRuns('{nom}, sous l’autorité de l’IEN ({impMontant})', labels, [ien])).toEqual([
      { kind: 'blank', id: 'nom', label: 'Nom du référent' },
      { kind: 'text', text: ', sous l’autorité de l’' },
      { kind: 'acronym', text: 'IEN', acronym: ien },
      { kind: 'text', text: ' (' },
      { kind: 'blank', id: 'impMontant', label: 'montant de l’IMP' },
      { kind: 'text', text: ')' },
    ]);
  });
});
