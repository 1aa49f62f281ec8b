import { describe, expect, it } from 'vitest';
import { exportIssues } from '../../../src/lib/checks/export-issues';
import { unknownBlanks } from '../../../src/lib/checks/unknown-blanks';
import { impRateSchema } from '../../../src/lib/schemas/imp-rate';
import type { Letter } from '../../../src/lib/schemas/letter';
import { makeLetter } from '../../fixtures/make-letter';
import { readYaml } from '../support/content';

const rates = Object.values(readYaml('taux-imp.yaml') as Record<string, unknown>).map((rate) =>
  impRateSchema.parse(rate),
);

/** A letter of the fixture model with its required name filled. */
function filled(changes: Partial<Letter> = {}): Letter {
  const letter = makeLetter('c', changes);
  return { ...letter, values: { ...letter.values, nom: 'Curie', ...changes.values } };
}

describe('brace groups that name no blank', () => {
  const ids = new Set(['nom', 'prenom']);

  it('flags a typo, an accented id and an empty pair, each once', () => {
    expect(unknownBlanks('{prénom} {nom} {nmo} {nmo} {}', ids)).toEqual([
      '{prénom}',
      '{nmo}',
      '{}',
    ]);
  });

  it('knows the fields, the computed blanks and the agreement groups', () => {
    expect(
      unknownBlanks('{nom}, {impMontant}, {duEtablissement}, {il|elle} est {nommé|nommée}', ids),
    ).toEqual([]);
  });

  it('leaves a lone brace alone: it prints as typed and reads as such', () => {
    expect(unknownBlanks('un { seul et } l’autre', ids)).toEqual(['{ seul et }']);
    expect(unknownBlanks('a { b', ids)).toEqual([]);
  });
});

describe('the check before the PDF', () => {
  it('finds nothing on a letter filled as asked', () => {
    expect(exportIssues(filled(), rates)).toEqual([]);
  });

  it('names an empty required field and leads to its control', () => {
    const letter = makeLetter('c');
    expect(exportIssues(letter, rates)).toEqual([
      { kind: 'field', label: 'Nom', message: 'Ce champ est obligatoire.', target: 'f-nom' },
    ]);
  });

  it('names a mission citing an unknown blank, with the box that holds it', () => {
    const letter = filled();
    const section = letter.sections[0];
    const block = section?.blocks[0];
    if (block?.type !== 'list') throw new Error('fixture: a list first');
    const item = block.items[1];
    if (!section || !item) throw new Error('fixture: two missions');
    item.text = 'Suivre {prénom} au quotidien.';
    const [issue, ...rest] = exportIssues(letter, rates);
    expect(rest).toEqual([]);
    expect(issue?.kind).toBe('blank');
    expect(issue?.label).toBe('Section «\u00a0Missions\u00a0», mission 2');
    expect(issue?.message).toContain('«\u00a0{prénom}\u00a0»');
    expect(issue?.target).toBe(`s-${section.id}-${block.id}-${item.id}`);
  });

  it('names an IMP line whose number and taux disagree', () => {
    const letter = filled();
    const line = letter.imp?.lines[0];
    if (!line) throw new Error('fixture: an IMP line');
    line.count = 1.5;
    line.taux = 2;
    const issues = exportIssues(letter, rates);
    expect(issues.map(({ kind, target }) => ({ kind, target }))).toEqual([
      { kind: 'imp', target: `imp-${line.id}-count` },
    ]);
    expect(issues[0]?.message).toContain('1,5 IMP');
  });

  it('names a character the fonts cannot draw where it is typed, when the fonts are known', () => {
    const letter = filled({ values: { nom: 'Curie 😀' } });
    // Without the fonts' list, characters are not checked here (the PDF still refuses them).
    expect(exportIssues(letter, rates)).toEqual([]);
    // The fonts draw every character of the same letter without the emoji.
    const covered = JSON.stringify(filled());
    const issues = exportIssues(letter, rates, covered);
    expect(issues.map(({ kind, label, target }) => ({ kind, label, target }))).toEqual([
      { kind: 'character', label: 'Nom', target: 'f-nom' },
    ]);
    expect(issues[0]?.message).toContain('«\u00a0😀\u00a0»');
  });
});

describe('texts over their length limit', () => {
  it('lists a text stored before the limits, with its control, and nothing for others', () => {
    const letter = filled({ objet: 'o'.repeat(250) });
    letter.school.ville = 'Saint-'.repeat(20);
    const issues = exportIssues(letter, rates).filter((issue) => issue.kind === 'length');
    expect(issues).toEqual([
      {
        kind: 'length',
        label: 'Ville (en-tête)',
        message:
          'Texte trop long\u00a0: 120\u00a0caractères pour 100 au plus. ' +
          'Raccourcissez-le pour pouvoir enregistrer la lettre.',
        target: 'school-ville',
      },
      {
        kind: 'length',
        label: 'Objet',
        message:
          'Texte trop long\u00a0: 250\u00a0caractères pour 200 au plus. ' +
          'Raccourcissez-le pour pouvoir enregistrer la lettre.',
        target: 'letter-objet',
      },
    ]);
    expect(exportIssues(filled(), rates).filter((issue) => issue.kind === 'length')).toEqual([]);
  });
});

describe('dates on a day off, or left from a past year', () => {
  const bilan = {
    id: 'bilan',
    label: 'Date de remise du bilan',
    type: 'date' as const,
    required: false,
  };
  const conseil = { ...bilan, id: 'conseil', label: 'Date du conseil d’administration' };
  /** The filled fixture letter for 2027-2028 with two date fields. */
  function dated(values: Record<string, string>): Letter {
    const letter = filled();
    return {
      ...letter,
      fields: [...letter.fields, bilan, conseil],
      values: { ...letter.values, anneeScolaire: '2027-2028', ...values },
    };
  }

  it('names a date on a weekend or a public holiday, leading to its control', () => {
    const issues = exportIssues(dated({ bilan: '2028-05-28', conseil: '2028-05-25' }), rates);
    expect(issues.map(({ kind, label, target }) => ({ kind, label, target }))).toEqual([
      { kind: 'date', label: 'Date de remise du bilan', target: 'f-bilan' },
      { kind: 'date', label: 'Date du conseil d’administration', target: 'f-conseil' },
    ]);
    expect(issues[0]?.message).toContain('dimanche 28 mai 2028');
    expect(issues[0]?.message).toContain('jour de week-end');
    expect(issues[1]?.message).toContain('jour férié (Ascension)');
  });

  it('names a date a copy kept from a school year long past', () => {
    const issues = exportIssues(dated({ conseil: '2026-06-25' }), rates);
    expect(issues.map(({ kind, target }) => ({ kind, target }))).toEqual([
      { kind: 'date', target: 'f-conseil' },
    ]);
    expect(issues[0]?.message).toContain('date de l’année scolaire 2025-2026');
  });

  it('finds nothing in dates on working days of the year', () => {
    expect(exportIssues(dated({ bilan: '2028-05-26', conseil: '2027-06-24' }), rates)).toEqual([]);
  });
});
