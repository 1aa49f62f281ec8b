import { describe, expect, it } from 'vitest';
import { escapeLiteral, parseTemplate, writeTemplate } from '../../../src/lib/text/template';
import { typesetter } from '../../../src/lib/document/fill';
import { agreedText, resolveAgreement } from '../../../src/lib/text/agreement';
import { unknownBlanks } from '../../../src/lib/checks/unknown-blanks';
import { placeholderIds } from '../../../src/lib/text/placeholders';

describe('a text of the letter is read in one place', () => {
  it('splits words, blanks and agreements, in order', () => {
    expect(parseTemplate('Confiée à {nom}, {référent|référente} {auEtablissement}.')).toEqual([
      { kind: 'text', text: 'Confiée à ' },
      { kind: 'blank', id: 'nom' },
      { kind: 'text', text: ', ' },
      { kind: 'agreement', masculine: 'référent', feminine: 'référente' },
      { kind: 'text', text: ' ' },
      { kind: 'blank', id: 'auEtablissement' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('reads texts written before escapes existed as it always did', () => {
    const old = 'Chemin C:\\dossier, « { » seul, {prénom} et {a|} restent tels quels.';
    expect(parseTemplate(old)).toEqual([{ kind: 'text', text: old }]);
    expect(writeTemplate(parseTemplate(old))).toBe(old);
  });
});

describe('what a head types is never read as a blank', () => {
  const typed = [
    'Écrire {nom} tel quel',
    'Un accord {il|elle} tapé',
    'Une barre \\ puis {nom}',
    'Fin par une barre \\',
    '\\{nom} et \\\\',
    '{{nom}}',
    '',
  ];

  it.each(typed)('« %s » reads back as typed', (text) => {
    const stored = escapeLiteral(text);
    expect(parseTemplate(stored)).toEqual(text === '' ? [] : [{ kind: 'text', text }]);
  });

  it('a typed literal followed by a piece stays literal', () => {
    // The box writes its typed text then its pieces: a trailing backslash must not eat the brace.
    const stored = `${escapeLiteral('Fin \\')}{nom}`;
    expect(parseTemplate(stored)).toEqual([
      { kind: 'text', text: 'Fin \\' },
      { kind: 'blank', id: 'nom' },
    ]);
  });

  it('prints as typed in the letter, whatever the values and the civilité', () => {
    const typeset = typesetter({ nom: 'Dupont' }, {}, 'feminine');
    const stored = `${escapeLiteral('Écrire {nom} et {il|elle} ')}{nom}`;
    expect(typeset(stored)).toBe('Écrire {nom} et {il|elle} Dupont');
  });

  it('is not listed as an unknown blank, nor as a blank the model cites', () => {
    const stored = escapeLiteral('Écrire {nom} et {inconnu}');
    expect(unknownBlanks(stored, new Set(['nom']))).toEqual([]);
    expect(placeholderIds(stored)).toEqual([]);
  });

  it('a brace group that is no blank stays as typed, so the check still points at it', () => {
    expect(escapeLiteral('Voir {prénom}')).toBe('Voir {prénom}');
    expect(unknownBlanks(escapeLiteral('Voir {prénom}'), new Set(['prenom']))).toEqual([
      '{prénom}',
    ]);
  });
});

describe('agreements keep the rest of the text as written', () => {
  it('resolves agreements and keeps blanks and escapes for the filling', () => {
    const stored = `{Il|Elle} écrit ${escapeLiteral('{nom}')} pour {nom}.`;
    expect(resolveAgreement(stored, 'feminine')).toBe('Elle écrit \\{nom} pour {nom}.');
  });

  it('gives a title as a reader sees it: escapes read, agreements resolved', () => {
    const title = `Lettre {du référent|de la référente} ${escapeLiteral('{projet}')}`;
    expect(agreedText(title, 'feminine')).toBe('Lettre de la référente {projet}');
    expect(agreedText(title, null)).toBe('Lettre du référent ou de la référente {projet}');
  });
});
