import { describe, expect, it } from 'vitest';
import { letterFileName, MAX_FILE_NAME } from '../../../src/lib/document/file-name';
import { slugify } from '../../../src/lib/text/slug';

const letter = (title: string, typeId: string, values: Record<string, string>) => ({
  kind: title.startsWith('Cahier')
    ? ('cahier-des-charges' as const)
    : ('lettre-de-mission' as const),
  typeId,
  title,
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

  it('names a letter of a user’s own model by its title, and finds a year field without role', () => {
    // A model made in « Créer un modèle »: a generated id, a year field the builder gave no role.
    const own = {
      kind: 'lettre-de-mission' as const,
      typeId: '6o5p1o4k0u3r340d3264',
      title: 'Lettre de mission {du référent|de la référente} ENT',
      fields: [
        { id: 'f1', label: 'Nom', type: 'text' as const, required: false, role: 'nom' as const },
        { id: 'f2', label: 'Année', type: 'schoolYear' as const, required: false },
        {
          id: 'f3',
          label: 'Civilité',
          type: 'text' as const,
          required: false,
          role: 'civilite' as const,
        },
      ],
      values: { f1: 'Moreau', f2: '2026-2027', f3: 'Madame' },
    };
    expect(letterFileName(own, 'pdf')).toBe('lettre-de-mission-referente-ent-moreau-2026-2027.pdf');
  });
});
