import { must } from './must';
import { describe, expect, it } from 'vitest';
import { blankModel, modelFrom, modelFromLetter } from '../../../src/lib/builder/start';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { createLetter } from '../../../src/lib/letters/create';
import { emptySchool } from '../../../src/lib/schemas/school';
import { letterFiles } from '../support/content';
import { modelIssues } from '../../../src/lib/builder/issues';
import { toDocument } from '../../../src/lib/document/to-document';

const readyModels = letterFiles().map(
  ([slug, raw]) => [slug, letterTypeSchema.parse(raw)] as const,
);
const [, ready] = must(readyModels.find(([slug]) => slug === 'coordonnateur-rep'));

describe('starting points', () => {
  it('a blank model is valid, names the person by role and is signed by the head', () => {
    const model = blankModel();
    expect(letterTypeSchema.safeParse(model).success).toBe(true);
    expect(modelIssues(model)).toEqual([]);
    expect(model.fields.find((field) => field.role === 'nom')).toEqual({
      id: 'nom',
      label: 'Nom de la personne',
      type: 'text',
      required: true,
      role: 'nom',
    });
    expect(model.sections).toHaveLength(1);
    expect(model.signatures.map((s) => s.signer)).toEqual(['head']);
    expect(model.provenance).toEqual({ kind: 'user' });
  });

  it('a blank model starts with civilité, prénom, nom, fonction and année scolaire, by role', () => {
    const model = blankModel();
    expect(model.fields.map(({ id, role }) => [id, role])).toEqual([
      ['civilite', 'civilite'],
      ['prenom', 'prenom'],
      ['nom', 'nom'],
      ['fonction', 'fonction'],
      ['anneeScolaire', 'anneeScolaire'],
    ]);
    // Declared as the ready models declare them (content/lettres/referent-culture.yaml).
    const culture = must(readyModels.find(([slug]) => slug === 'referent-culture'))[1];
    const civilite = must(culture.fields.find((field) => field.role === 'civilite'));
    const year = must(culture.fields.find((field) => field.role === 'anneeScolaire'));
    expect(model.fields[0]).toMatchObject({ type: civilite.type, options: civilite.options });
    expect(model.fields[4]).toMatchObject({ type: year.type, required: true });
  });

  it('a letter from a blank model agrees with the civilité at once, for its own year', () => {
    const may = new Date(2026, 4, 12);
    const letter = createLetter('blank', blankModel(), emptySchool, may);
    Object.assign(letter.values, { civilite: 'Madame', prenom: 'Claire', nom: 'Dubois' });
    const printed = JSON.stringify(toDocument(letter, []).blocks);
    const year = letter.values['anneeScolaire'];
    expect(year).toMatch(/^\d{4}-\d{4}$/);
    expect(printed).toContain(`Madame Claire Dubois est chargée, avec son accord`);
    expect(printed).toContain(`pour l’année scolaire ${String(year)}.`);
    letter.values['civilite'] = 'Monsieur';
    expect(JSON.stringify(toDocument(letter, []).blocks)).toContain(
      'Monsieur Claire Dubois est chargé,',
    );
  });

  it('a ready model becomes the user’s own, based on its mission, without touching it', () => {
    const copy = modelFrom(ready);
    expect(copy.provenance).toEqual({ kind: 'user', basedOn: ready.mission });
    expect(copy.sections).toEqual(ready.sections);
    expect(copy.sections).not.toBe(ready.sections);
    expect(ready.provenance.kind).not.toBe('user');
    expect(letterTypeSchema.safeParse(copy).success).toBe(true);
  });

  it('every ready model gives a valid model, and back again through a letter', () => {
    for (const [slug, model] of readyModels) {
      const letter = createLetter(slug, model, emptySchool, new Date('2026-05-04T10:00:00Z'));
      const fromLetter = modelFromLetter(letter, model);
      const result = letterTypeSchema.safeParse(fromLetter);
      expect(result.success ? [] : result.error.issues, slug).toEqual([]);
      expect(fromLetter.sections.map((s) => s.title)).toEqual(model.sections.map((s) => s.title));
      expect(fromLetter.fields).toEqual(model.fields);
      expect(fromLetter.sections.map((s) => s.id)).toEqual(model.sections.map((s) => s.id));
    }
  });

  it('a letter gives back its own texts, never the values typed for one person', () => {
    const letter = createLetter('coordonnateur-rep', ready, emptySchool, new Date());
    letter.title = 'Lettre de mission du coordonnateur adapté';
    letter.values = Object.fromEntries(letter.fields.map((f) => [f.id, 'Camille Secret']));
    const list = letter.sections.flatMap((s) => s.blocks).find((b) => b.type === 'list');
    if (list?.type === 'list')
      list.items.push({ id: 'x1', text: 'Une mission ajoutée.' }, { id: 'x2', text: ' ' });
    const model = modelFromLetter(letter);
    expect(model.title).toBe('Lettre de mission du coordonnateur adapté');
    expect(model.provenance).toEqual({
      kind: 'user',
      basedOn: 'Lettre de mission du coordonnateur adapté',
    });
    expect(JSON.stringify(model)).not.toContain('Camille Secret');
    expect(JSON.stringify(model.sections)).toContain('Une mission ajoutée.');
    expect(model.imp?.columns.map((c) => c.id)).toEqual(ready.imp?.columns.map((c) => c.id));
    expect(model.signatures).toEqual(ready.signatures);
  });
});
