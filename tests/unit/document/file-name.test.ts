import { describe, expect, it } from 'vitest';
import { letterFileName, MAX_FILE_NAME } from '../../../src/lib/document/file-name';
import { slugify } from '../../../src/lib/text/slug';

const letter = (title: string, typeId: string, values: Record<string, string>) => ({
  kind: title.startsWith('Cahier')
    ? ('cahier-des-charges' as const)
    : ('lettre-de-mission' as const),
  typeId,
  // Ids that say nothing: the name and the year are found by role.
  fields: [
    { id: 'f1', label: 'Nom', type: 'text' as const, required: false, role: 'nom' as const },
    {
      id: 'f2',
      label: 'Année',
      type: 'schoolYear' as const,
      required: false,
      role: 'anneeScolaire' as const,
    },
  ],
  values: { f1: values['nom'] ?? '', f2: values['anneeScolaire'] ?? '' },
});

describe('slugs', () => {
  it('are lowercase ASCII words joined by hyphens', () => {
    expect(slugify(' Référent « Décrochage » : œuvre, Straße ')).toBe(
      'referent-decrochage-oeuvre-strasse',
    );
    expect(slugify('N’Diaye-Lefèvre')).toBe('n-diaye-lefevre');
  });
});

describe('the file name of a letter', () => {
  it('reads kind, model, name and school year', () => {
    const name = letterFileName(
      letter('Lettre de mission du référent', 'referent-decrochage', {
        nom: 'Dupont',
        anneeScolaire: '2025-2026',
      }),
      'pdf',
    );
    expect(name).toBe('lettre-de-mission-referent-decrochage-dupont-2025-2026.pdf');
  });

  it('takes the kind from the letter and does not repeat it', () => {
    expect(letterFileName(letter('Cahier des charges du coordonnateur', 'mlds', {}), '.PDF')).toBe(
      'cahier-des-charges-mlds.pdf',
    );
    expect(letterFileName(letter('Lettre', 'lettre-de-mission-rep', {}), 'json')).toBe(
      'lettre-de-mission-rep.json',
    );
  });

  it('strips accents and signs from the name', () => {
    expect(
      letterFileName(
        letter('Lettre', 'rep', { nom: 'Éléonore D’Arc / <b>', anneeScolaire: '' }),
        'pdf',
      ),
    ).toBe('lettre-de-mission-rep-eleonore-d-arc-b.pdf');
  });

  it('stays within 100 characters, shortening the model first', () => {
    const name = letterFileName(
      letter('Lettre', 'un-modele-au-nom-vraiment-tres-long-'.repeat(5), {
        nom: 'Dupont',
        anneeScolaire: '2025-2026',
      }),
      'pdf',
    );
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
    expect(name).toMatch(/^lettre-de-mission-un-modele-[a-z-]+[a-z]-dupont-2025-2026\.pdf$/);
    const long = letterFileName(letter('Lettre', 'rep', { nom: 'x'.repeat(300) }), 'pdf');
    expect(long.length).toBe(MAX_FILE_NAME);
    expect(long.endsWith('.pdf')).toBe(true);
  });
});
