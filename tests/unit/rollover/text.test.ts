import { describe, expect, it } from 'vitest';
import type { ModelInfo } from '../../../src/lib/letters/list';
import { planRollover } from '../../../src/lib/rollover/plan';
import {
  copyReviewText,
  doneSentence,
  planSentence,
  skipReasonText,
} from '../../../src/lib/rollover/text';
import { dateField, letterFor } from '../support/year-letter';
import { makeLetter } from '../../fixtures/make-letter';

const now = new Date(2027, 5, 15);
const models: ModelInfo[] = [
  { id: 'referent-decrochage', mission: 'Référent décrochage', title: 'Lettre du référent' },
];
const letterOf = (id: string, year: string, nom: string, preamble = 'Une mission.') => ({
  ...makeLetter(id, { id, values: { prenom: 'Camille', nom, anneeScolaire: year } }),
  preamble: [{ id: 'p', text: preamble }],
});

describe('the rollover’s summary in French', () => {
  it('says how many letters will be copied, skipped and to review', () => {
    const letters = [
      letterOf('a', '2026-2027', 'Dupont', 'Bilan de l’année 2026-2027.'),
      letterOf('b', '2026-2027', 'Durand', 'Depuis 2025, puis en 2026-2027.'),
      letterOf('c', '2026-2027', 'Martin'),
      letterOf('d', '2026-2027', 'Bernard'),
      letterOf('e', '', 'Petit'),
      letterOf('f', '2027-2028', 'Bernard'),
    ];
    const plan = planRollover(letters, 2026, { now });
    expect(planSentence(plan)).toBe(
      '3 lettres seront copiées pour 2027-2028\u202f; 2 ignorées\u00a0: 1 sans année scolaire, ' +
        '1 déjà copiée\u202f; 2 textes à relire.',
    );
    expect(doneSentence(plan, 3)).toBe(
      '3 lettres copiées pour 2027-2028, datées d’aujourd’hui. 2 textes citent une année ' +
        'passée, à vérifier dans l’éditeur.',
    );
  });

  it('says which texts are copied whole over their limit, to shorten', () => {
    const long = { ...letterOf('a', '2026-2027', 'Dupont'), title: 'T'.repeat(300) };
    const plan = planRollover([long], 2026, { now });
    expect(planSentence(plan)).toBe(
      '1 lettre sera copiée pour 2027-2028\u202f; 1 texte trop long à raccourcir (copié entier).',
    );
    const [copy] = plan.copies;
    expect(copy && copyReviewText(copy)).toBe('1 texte trop long à raccourcir');
    expect(doneSentence(plan, 1)).toBe(
      '1 lettre copiée pour 2027-2028, datée d’aujourd’hui. 1 texte trop long, copié entier, ' +
        'est à raccourcir dans l’éditeur avant le PDF.',
    );
  });

  it('agrees with one letter, and says when there is nothing to copy', () => {
    const one = planRollover([letterOf('a', '2026-2027', 'Dupont')], 2026, { now });
    expect(planSentence(one)).toBe('1 lettre sera copiée pour 2027-2028.');
    expect(doneSentence(one, 1)).toBe('1 lettre copiée pour 2027-2028, datée d’aujourd’hui.');
    const none = planRollover(
      [letterOf('a', '2026-2027', 'Dupont'), letterOf('b', '2027-2028', 'Dupont')],
      2026,
      { now },
    );
    expect(planSentence(none)).toBe(
      'Aucune lettre à copier pour 2027-2028\u202f; 1 ignorée\u00a0: 1 déjà copiée.',
    );
  });

  it('says how many dates of the copies to check, before and after the copy', () => {
    const dated = letterFor(
      '2026-2027',
      {
        id: 'dated',
        values: { conseil: '2026-06-25', bilan: '2027-05-27' },
        preamble: [{ id: 'p', text: 'Bilan de l’année 2026-2027.' }],
      },
      [dateField('conseil'), dateField('bilan')],
    );
    const plan = planRollover([dated, letterOf('b', '2026-2027', 'Durand')], 2026, { now });
    expect(planSentence(plan)).toBe(
      '2 lettres seront copiées pour 2027-2028\u202f; 2 dates à vérifier\u202f; 1 texte à relire.',
    );
    expect(doneSentence(plan, 2)).toBe(
      '2 lettres copiées pour 2027-2028, datées d’aujourd’hui. 2 dates sont à vérifier dans ' +
        'l’éditeur. 1 texte cite une année passée, à vérifier dans l’éditeur.',
    );
    const [first, second] = plan.copies;
    expect(first && copyReviewText(first)).toBe('2 dates à vérifier, 1 texte à relire');
    expect(second && copyReviewText(second)).toBe('');
  });

  it('names the copy found for a letter already copied', () => {
    const plan = planRollover(
      [letterOf('a', '2026-2027', 'Dupont'), letterOf('b', '2027-2028', 'Dupont')],
      2026,
      { now },
    );
    const [skipped] = plan.skipped;
    expect(skipped && skipReasonText(skipped, plan, models)).toBe(
      'déjà copiée pour 2027-2028\u00a0: «\u00a0Camille Dupont, Référent décrochage, ' +
        '2027-2028\u00a0» y est',
    );
  });

  it('says why the letter of a person gone is not copied', () => {
    const letter = { ...letterOf('a', '2026-2027', 'Dupont'), teamPersonId: 'p1' };
    const gone = new Map([['p1', 'Camille Dupont']]);
    const plan = planRollover([letter, letterOf('b', '2026-2027', 'Durand')], 2026, { now, gone });
    expect(planSentence(plan)).toBe(
      '1 lettre sera copiée pour 2027-2028\u202f; 1 ignorée\u00a0: 1 d’une personne partie.',
    );
    const [skipped] = plan.skipped;
    expect(skipped && skipReasonText(skipped, plan, models)).toBe(
      'Camille Dupont a quitté l’établissement (selon «\u00a0Mon équipe\u00a0», où décocher la ' +
        'case la propose de nouveau)',
    );
  });
});
