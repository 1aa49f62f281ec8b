import { describe, expect, it } from 'vitest';
import { blankModel } from '../../../src/lib/builder/start';
import { agreementGroup, insertableBlanks } from '../../../src/lib/builder/insertable';
import { resolveAgreement } from '../../../src/lib/text/agreement';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { letterFiles } from '../support/content';

describe('what « Insérer un champ » and « Insérer un accord » write', () => {
  it('an agreement of two trimmed forms, which the letter resolves', () => {
    const group = agreementGroup('  L’intéressé ', 'L’intéressée');
    expect(group).toEqual({
      ok: true,
      text: '{L’intéressé|L’intéressée}',
      masculine: 'L’intéressé',
      feminine: 'L’intéressée',
    });
    expect(resolveAgreement(group.ok ? group.text : '', 'feminine')).toBe('L’intéressée');
    expect(agreementGroup('chef-adjoint', 'cheffe adjointe').ok).toBe(true);
  });

  it('refuses an empty form or one a brace, a bar or a digit would break', () => {
    expect(agreementGroup(' ', 'référente')).toEqual({
      ok: false,
      errors: { masculine: 'Écrivez la forme au masculin.' },
    });
    for (const typed of ['référente|x', 'référente}', 'référente 2']) {
      const group = agreementGroup('référent', typed);
      expect(group.ok ? '' : group.errors.feminine).toMatch(/^La forme au féminin ne peut/u);
    }
  });

  it('offers the fields by label, the heading blanks, and the IMP ones only with an IMP block', () => {
    const blank = insertableBlanks(blankModel());
    expect(blank.map((group) => group.label)).toEqual([
      'Champs du modèle',
      'Calculés depuis «\u00a0Mon établissement\u00a0»',
    ]);
    expect(blank[0]?.blanks[2]).toEqual({ id: 'nom', label: 'Nom de la personne' });
    expect(blank[1]?.blanks).toContainEqual({
      id: 'duEtablissement',
      label: 'de l’établissement',
    });
    const withImp = letterFiles()
      .map(([, raw]) => letterTypeSchema.parse(raw))
      .find((model) => model.imp);
    expect(
      withImp &&
        insertableBlanks(withImp)
          .at(-1)
          ?.blanks.map((b) => b.id),
    ).toEqual(['impNombre', 'impMontant']);
  });
});
