import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import type { DocBlock, LetterDocument } from '../../../src/lib/document/model';
import { frenchTypography } from '../../../src/lib/text/typography';
import { filledLetter, letterModels } from '../support/filled-letters';
import { rates } from './fixture';
import { blockTexts } from '../../../src/lib/pdf/coverage';

const printed = (doc: LetterDocument) => doc.blocks.flatMap(blockTexts);
const signatures = (doc: LetterDocument) =>
  doc.blocks.flatMap((block) => (block.kind === 'signatures' ? block.blocks : []));
const paragraphs = (doc: LetterDocument) =>
  doc.blocks.filter((b): b is Extract<DocBlock, { kind: 'paragraph' }> => b.kind === 'paragraph');

/** The forms each letter must print, for Madame and for Monsieur. */
const agreed: Record<string, { Madame: string[]; Monsieur: string[] }> = {
  'referent-cordee-de-la-reussite': {
    Madame: ['Nom de la référente', 'Mission de référente'],
    Monsieur: ['Nom du référent', 'Mission de référent'],
  },
  'coordonnateur-rep': {
    Madame: ['La coordonnatrice assure', 'elle est placée', 'la correspondante locale'],
    Monsieur: ['Le coordonnateur assure', 'il est placé', 'le correspondant local'],
  },
  'coordonnateur-devoirs-faits': {
    Madame: [
      'la coordonnatrice assure',
      'Conseillère de la Direction, elle',
      'à Madame Claire Dubois',
    ],
    Monsieur: [
      'le coordonnateur assure',
      'Conseiller de la Direction, il',
      'à Monsieur Paul Dubois',
    ],
  },
  'referent-decrochage-scolaire': {
    Madame: [
      'la mission de référente décrochage scolaire au collège Pablo-Neruda',
      'de Nadia Benali, principale du collège Pablo-Neruda,',
      'Elle bénéficie',
    ],
    Monsieur: ['la mission de référent décrochage scolaire au collège', 'Il bénéficie'],
  },
  'coordonnateur-discipline': {
    Madame: ['la mission de coordonnatrice de la discipline', 'La coordonnatrice exerce'],
    Monsieur: ['la mission de coordonnateur de la discipline', 'Le coordonnateur exerce'],
  },
  'coordonnateur-cycle-3': {
    Madame: ['Mission de coordonnatrice du cycle 3', 'La coordonnatrice veille'],
    Monsieur: ['Mission de coordonnateur du cycle 3', 'Le coordonnateur veille'],
  },
  'coordonnateur-niveau': {
    Madame: ['coordonnatrice des classes de', 'Elle veille à la cohérence'],
    Monsieur: ['coordonnateur des classes de', 'Il veille à la cohérence'],
  },
  'referent-culture': {
    Madame: ['Mission de référente culture', 'Être l’interlocutrice des structures'],
    Monsieur: ['Mission de référent culture', 'Être l’interlocuteur des structures'],
  },
  'referent-usages-numeriques': {
    Madame: ['la référente conseille', 'auxquels elle signale'],
    Monsieur: ['le référent conseille', 'auxquels il signale'],
  },
  'tutorat-lycee': {
    Madame: ['Mission de tutrice', 'Elle accompagne', 'un adulte référente'],
    Monsieur: ['Mission de tuteur', 'Il accompagne', 'un adulte référent'],
  },
  'coordonnateur-apsa': {
    Madame: ['Elle est l’interlocutrice de l’équipe de direction'],
    Monsieur: ['Il est l’interlocuteur de l’équipe de direction'],
  },
  'referent-phare': {
    Madame: ['Mission de référente du programme pHARe', 'La référente coordonne'],
    Monsieur: ['Mission de référent du programme pHARe', 'Le référent coordonne'],
  },
  'referent-egalite-filles-garcons': {
    Madame: ['La référente est identifiée', 'Elle impulse'],
    Monsieur: ['Le référent est identifié', 'Il impulse'],
  },
  'referent-laicite': {
    Madame: ['La référente est une personne ressource', 'elle conseille'],
    Monsieur: ['Le référent est une personne ressource', 'il conseille'],
  },
  'mission-particuliere': {
    Madame: ['L’intéressée'],
    Monsieur: ['L’intéressé'],
  },
  'coordonnateur-mlds-bassin': {
    Madame: ['est coordonnatrice MLDS', 'est affectée au lycée', 'Elle interagit avec'],
    Monsieur: ['est coordonnateur MLDS', 'est affecté au lycée', 'Il interagit avec'],
  },
};

describe.each(letterModels)('the letter $slug, filled as a school would', ({ slug, type }) => {
  it.each(['Madame', 'Monsieur'] as const)('agrees with %s, never « (e) » nor « · »', (civ) => {
    expect(agreed[slug]?.[civ], `accords attendus de ${slug}`).not.toHaveLength(0);
    const text = printed(toDocument(filledLetter(slug, civ), rates)).join('\n');
    for (const form of agreed[slug]?.[civ] ?? []) expect(text).toContain(frenchTypography(form));
    expect(text).not.toMatch(/\((e|es)\)|·|[{}]/);
    expect(text).not.toMatch(/\b(il ou elle|coordonnateur ou|référent ou|intéressé ou)\b/i);
  });

  it('is addressed to the person, by the head, with its « Objet »', () => {
    const [addressee, ...rest] = paragraphs(toDocument(filledLetter(slug, 'Madame'), rates));
    expect(addressee?.text).toBe(
      'La principale du collège Pablo-Neruda à Madame Claire Dubois, professeure de mathématiques',
    );
    expect(rest.some((p) => p.text.startsWith('Objet\u00a0: Mission de '))).toBe(true);
  });

  it('prints « Vu » before each reference, once, and the copies under « Copie : »', () => {
    const letter = filledLetter(slug, 'Madame');
    letter.vu.push({ id: 'ajout', text: 'la circulaire n° 2014-077 du 4 juin 2014' });
    const doc = toDocument(letter, rates);
    const vu = doc.blocks.flatMap((block) => (block.kind === 'vu' ? block.lines : []));
    expect(vu.at(-1)).toBe(frenchTypography('Vu la circulaire n° 2014-077 du 4 juin 2014'));
    for (const line of vu) expect(line).toMatch(/^Vu (?!vu\b)/i);
    const copies = doc.blocks.find((block) => block.kind === 'copies');
    expect(copies?.kind === 'copies' && copies.lines[0]).toBe('Copie\u00a0:');
    expect(copies?.kind === 'copies' && copies.lines).toContain('L’intéressée');
  });

  it('is signed by the head by name and acknowledged by the person', () => {
    const blocks = signatures(toDocument(filledLetter(slug, 'Madame'), rates));
    const head = blocks.find((block) => block.caption.startsWith('La principale'));
    expect(head?.lines).toEqual([]);
    expect(head?.name).toBe('Nadia Benali');
    expect(head?.stamp).not.toBeNull();
    const person = blocks.find((block) => block.name === 'Claire Dubois');
    expect(person?.lines[0]).toMatch(/^Vu et pris connaissance, le …/);
  });

  it('prints none of the notes meant for the head', () => {
    const text = printed(toDocument(filledLetter(slug, 'Monsieur'), rates)).join('\n');
    for (const note of type.notes) {
      expect(text).not.toContain(frenchTypography(note.slice(0, 40)));
    }
  });
});

describe('the signatories each mission needs', () => {
  const captions = (slug: string) =>
    signatures(toDocument(filledLetter(slug), rates)).map((b) => b.caption);

  it('REP: the principal and the IEN co-pilots, not an unnamed « responsable du REP »', () => {
    const rep = captions('coordonnateur-rep');
    expect(rep).toContain('La principale du collège Pablo-Neruda, co-pilote du REP');
    expect(rep.some((caption) => caption.startsWith('L’IEN'))).toBe(true);
    expect(rep.join()).not.toContain('responsable du REP');
  });

  it('MLDS: the CSAIO and the chef d’établissement de rattachement', () => {
    const mlds = captions('coordonnateur-mlds-bassin');
    expect(mlds).toContain('Le CSAIO');
    expect(mlds).toContain('La principale de l’établissement de rattachement');
  });

  it('Devoirs Faits: the coordinator’s « Vu et pris connaissance »', () => {
    expect(captions('coordonnateur-devoirs-faits')).toEqual(['La principale', 'L’intéressée']);
  });

  it('a co-signer without a name leaves a leader to write it', () => {
    const ien = signatures(toDocument(filledLetter('coordonnateur-rep'), rates)).find((b) =>
      b.caption.startsWith('L’IEN'),
    );
    expect(ien?.lines).toEqual([]);
    expect(ien?.name).toBe('…'.repeat(10));
  });
});
