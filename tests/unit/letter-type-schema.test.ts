import { describe, expect, it } from 'vitest';
import { letterTypeSchema, type LetterTypeInput } from '../../src/lib/schemas/letter-type';
import { describeIssues } from '../../src/lib/schemas/errors';

const valid: LetterTypeInput = {
  title: 'Lettre de mission du référent',
  mission: 'Référent',
  kind: 'lettre-de-mission',
  summary: 'Une mission.',
  audience: 'Un enseignant.',
  authority: 'Le chef d’établissement.',
  provenance: { kind: 'source', file: '000_8cfcbe9dd7a8f645.txt', title: 'Lettre de mission' },
  fields: [
    { id: 'nom', label: 'Nom', type: 'text', required: true },
    { id: 'anneeScolaire', label: 'Année scolaire', type: 'schoolYear' },
  ],
  preamble: ['Il est confié à {nom} une mission pour l’année {anneeScolaire}.'],
  sections: [
    { id: 'missions', title: 'Missions', blocks: [{ type: 'list', items: ['Faire ceci.'] }] },
  ],
};

/** The readable messages a broken model gets, as the build and the tests print them. */
function problems(input: unknown): string[] {
  const result = letterTypeSchema.safeParse(input);
  return result.success ? [] : describeIssues(result.error, 'lettres/exemple.yaml');
}

describe('a valid letter model', () => {
  it('is accepted, with defaults filled in', () => {
    const type = letterTypeSchema.parse(valid);
    expect(type.vu).toEqual([]);
    expect(type.fields[1]?.required).toBe(false);
    expect(type.sections[0]?.titleAdded).toBe(false);
  });
});

describe('where a model comes from', () => {
  it('may be written from official texts alone, citing them', () => {
    const type = letterTypeSchema.parse({
      ...valid,
      provenance: { kind: 'references' },
      references: [{ label: 'Circulaire n° 2015-058 du 29 avril 2015' }],
    });
    expect(type.provenance).toEqual({ kind: 'references' });
  });

  it('a model with neither a source document nor a reference is refused', () => {
    expect(problems({ ...valid, provenance: { kind: 'references' } })).toEqual([
      'lettres/exemple.yaml › references\u00a0: un modèle sans document source doit citer au moins un texte de référence',
    ]);
  });

  it('a source document is named by its file and its title', () => {
    const untitled = { kind: 'source', file: '000_8cfcbe9dd7a8f645.txt' };
    expect(problems({ ...valid, provenance: untitled })).toEqual([
      'lettres/exemple.yaml › provenance.title\u00a0: Required',
    ]);
    const outside = { kind: 'source', file: '../seeds/000.txt', title: 'Lettre' };
    expect(problems({ ...valid, provenance: outside })).toEqual([
      'lettres/exemple.yaml › provenance.file\u00a0: nom de fichier de content/sources attendu (*.txt)',
    ]);
  });
});

describe('a broken letter model is rejected with a message naming the file and the field', () => {
  it('a missing title', () => {
    const { title: _title, ...rest } = valid;
    expect(problems(rest)).toEqual(['lettres/exemple.yaml › title\u00a0: Required']);
  });

  it('a title or a mission made only of invisible characters (they would be emptied on import)', () => {
    expect(problems({ ...valid, title: '\u200f', mission: '\u200b' })).toEqual([
      'lettres/exemple.yaml › title\u00a0: texte vide (seulement des caractères invisibles)',
      'lettres/exemple.yaml › mission\u00a0: texte vide (seulement des caractères invisibles)',
    ]);
  });

  it('a blank naming a field that does not exist', () => {
    const input = { ...valid, preamble: ['Confié à {prenom}.'] };
    expect(problems(input)).toEqual([
      'lettres/exemple.yaml › preamble[0]\u00a0: le texte cite le champ « {prenom} », qui n’existe pas dans « fields »',
    ]);
  });

  it('a field defined twice', () => {
    const input = {
      ...valid,
      fields: [...valid.fields, { id: 'nom', label: 'Nom', type: 'text' }],
    };
    expect(problems(input)).toEqual([
      'lettres/exemple.yaml › fields[2].id\u00a0: champ « nom » défini deux fois',
    ]);
  });

  it('an unknown field type', () => {
    const input = { ...valid, fields: [{ id: 'nom', label: 'Nom', type: 'couleur' }] };
    const [message] = problems(input);
    expect(message).toMatch(
      /^lettres\/exemple\.yaml › fields\[0\]\.type\u00a0: Invalid enum value/,
    );
  });

  it('an empty mission item deep in a section', () => {
    const sections = [{ id: 'a', title: 'A', blocks: [{ type: 'list', items: ['Bien.', '  '] }] }];
    const [message] = problems({ ...valid, sections });
    expect(message).toMatch(
      /^lettres\/exemple\.yaml › sections\[0\]\.blocks\[0\]\.items\[1\]\u00a0: /,
    );
  });

  it('a key the schema does not know (a typo)', () => {
    const [message] = problems({ ...valid, titel: 'x' });
    expect(message).toMatch(
      /^lettres\/exemple\.yaml › \(racine\)\u00a0: Unrecognized key\(s\) in object: 'titel'/,
    );
  });

  it('an IMP share that is not a multiple of 0.25', () => {
    const imp = {
      columns: [{ id: 'a', heading: 'IMP', mission: 'x', example: { count: 0.3, taux: 1 } }],
    };
    const [message] = problems({ ...valid, imp });
    expect(message).toMatch(/^lettres\/exemple\.yaml › imp\.columns\[0\]\.example\.count\u00a0: /);
  });
});

describe('agreement, roles and printed forms in a model', () => {
  const civilite = {
    id: 'civilite',
    label: 'Civilité',
    type: 'choice',
    options: ['Madame', 'Monsieur'],
    role: 'civilite',
  } as const;

  it('accepts {il|elle} and the heading blanks when a field holds the civilité', () => {
    const model = {
      ...valid,
      fields: [...valid.fields, civilite],
      preamble: ['{Il|Elle} est {nommé|nommée} {auEtablissement} par {leChef}.'],
      notes: ['Un conseil pour {nom}.'],
    };
    expect(problems(model)).toEqual([]);
  });

  it('refuses agreement without a civilité, « (e) », a point médian, a role given twice', () => {
    const messages = problems({
      ...valid,
      fields: [
        { id: 'nom', label: 'Nom', type: 'text', role: 'nom' },
        { id: 'autre', label: 'Autre', type: 'text', role: 'nom' },
      ],
      preamble: ['{Il|Elle} est affecté(e).', 'Le chef·fe signe.'],
    }).join('\n');
    expect(messages).toContain('sans champ de rôle « civilite »');
    expect(messages).toContain('pas de « (e) » ni de point médian');
    expect(messages).toContain('rôle « nom » donné à deux champs');
  });

  it('refuses a choice without options', () => {
    const messages = problems({
      ...valid,
      fields: [...valid.fields, { id: 'civilite', label: 'Civilité', type: 'choice' }],
    });
    expect(messages.join()).toContain('options');
  });
});
