import { describe, expect, it } from 'vitest';
import { modelPlace, userModelPlace } from '../../../src/lib/models/place';
import { parseModelFile } from '../../../src/lib/models/share';
import { zephyr } from './fixture';

/** Every part of a model a zod issue may point at (index 0 or 3 where a list is). */
const paths: (string | number)[][] = [
  ['title'],
  ['mission'],
  ['kind'],
  ['summary'],
  ['audience'],
  ['authority'],
  ['provenance'],
  ['provenance', 'kind'],
  ['provenance', 'file'],
  ['provenance', 'title'],
  ['provenance', 'basedOn'],
  ['fields'],
  ['fields', 0],
  ...[
    'id',
    'label',
    'type',
    'required',
    'hint',
    'prefill',
    'role',
    'suggestions',
    'options',
    'weekday',
    'history',
  ].map((key) => ['fields', 0, key]),
  ['fields', 0, 'options', 2],
  ['fields', 0, 'suggestions', 2],
  ['objet'],
  ['vu', 3],
  ['preamble', 3],
  ['closing', 3],
  ['copies', 3],
  ['sections'],
  ['sections', 3],
  ['sections', 3, 'id'],
  ['sections', 3, 'title'],
  ['sections', 3, 'titleAdded'],
  ['sections', 3, 'blocks'],
  ['sections', 3, 'blocks', 0],
  ['sections', 3, 'blocks', 0, 'type'],
  ['sections', 3, 'blocks', 0, 'text'],
  ['sections', 3, 'blocks', 0, 'items'],
  ['sections', 3, 'blocks', 0, 'items', 1],
  ['imp'],
  ['imp', 'stsCode'],
  ['imp', 'note'],
  ['imp', 'columns'],
  ['imp', 'columns', 0],
  ...['id', 'heading', 'mission', 'provenance', 'fundedBy', 'example'].map((key) => [
    'imp',
    'columns',
    0,
    key,
  ]),
  ['imp', 'columns', 0, 'example', 'count'],
  ['imp', 'columns', 0, 'example', 'taux'],
  ['signatures', 0],
  ...['signer', 'label', 'name', 'acknowledgement', 'stamp', 'delegation'].map((key) => [
    'signatures',
    0,
    key,
  ]),
  ['notes', 3],
  ['references', 0],
  ['references', 0, 'label'],
  ['references', 0, 'url'],
];

/** A key of the file as written: an ASCII word with no accent, brackets or a dotted path. */
const rawKey =
  /[[\].]|\b(?:items|blocks|titleAdded|fundedBy|example|count|stsCode|basedOn|file|kind|prefill|weekday|history|acknowledgement|signer|url|id|label|options|hint|role|required)\b/;

describe('a place in an imported model, in words', () => {
  it.each(paths.map((path) => [path.join('.'), path] as const))(
    '%s names the part in French, never a key of the file',
    (_, path) => {
      const place = modelPlace(path);
      expect(place).not.toMatch(rawKey);
      expect(place).toMatch(/^(?:le |la |les |l’)/);
    },
  );

  it('names a mission by its section, block and rank, counted from 1', () => {
    expect(modelPlace(['sections', 3, 'blocks', 0, 'items', 1])).toBe(
      'la mission 2 du bloc 1 de la section 4',
    );
    expect(modelPlace(['sections', 3, 'blocks', 0, 'items'])).toBe(
      'les missions du bloc 1 de la section 4',
    );
    expect(modelPlace(['sections', 3, 'titleAdded'])).toBe('le titre ajouté de la section 4');
  });

  it('names a field by its label, and a column’s example by its parts', () => {
    const model = { fields: [{ label: 'Nom du référent' }] };
    expect(modelPlace(['fields', 0, 'options', 2], model)).toBe(
      'le choix 3 du champ 1 («\u00a0Nom du référent\u00a0»)',
    );
    expect(modelPlace(['imp', 'columns', 1, 'example', 'count'])).toBe(
      'le nombre d’IMP de l’exemple de la colonne 2 du tableau des IMP',
    );
    expect(modelPlace(['references', 0, 'url'])).toBe('l’adresse du texte de référence 1');
  });

  it('names the record’s own parts, and nothing raw for an unknown one', () => {
    expect(userModelPlace(['revision'])).toBe('le numéro de révision');
    expect(userModelPlace(['couleur'])).toBe('le modèle');
    expect(userModelPlace(['model', 'fields', 0, 'label'], zephyr())).toBe(
      'le libellé du champ 1 («\u00a0Nom du référent\u00a0»)',
    );
  });
});

describe('importing a model file with broken parts', () => {
  it('lists each problem with the part named in French', async () => {
    const model = structuredClone(zephyr()) as unknown as {
      model: Record<string, unknown> & {
        fields: Record<string, unknown>[];
        sections: { titleAdded?: unknown; blocks: Record<string, unknown>[] }[];
      };
    };
    model.model.fields[0] = { ...model.model.fields[0], weekday: 'oui' };
    const section = model.model.sections[0];
    if (!section) throw new Error('the fixture has a section');
    section.titleAdded = 'non';
    section.blocks[0] = { type: 'list', items: ['Veiller.', 42] };
    model.model['imp'] = {
      columns: [{ id: 'c', heading: 'H', mission: 'M', example: { count: -1, taux: 9 } }],
    };
    model.model['references'] = [{ label: 'BO', url: 'pas une adresse' }];
    const text = JSON.stringify({ format: 'lettres-de-mission/modele', version: 1, model });
    const parsed = await parseModelFile({ size: text.length, text: async () => text });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const wheres = parsed.details.map((line) => line.split('\u00a0: ')[0]);
    expect(wheres).toEqual([
      'fichier › le jour de la semaine du champ 1 («\u00a0Nom du référent\u00a0»)',
      'fichier › le titre ajouté de la section 1',
      'fichier › la mission 2 du bloc 1 de la section 1',
      'fichier › le nombre d’IMP de l’exemple de la colonne 1 du tableau des IMP',
      'fichier › le taux de l’exemple de la colonne 1 du tableau des IMP',
      'fichier › l’adresse du texte de référence 1',
    ]);
  });
});
