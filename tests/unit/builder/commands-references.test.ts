import { describe, expect, it } from 'vitest';
import { blankModel } from '../../../src/lib/builder/start';
import {
  editReference,
  insertReference,
  moveReference,
  newReference,
  removeReference,
} from '../../../src/lib/builder/commands/references';
import { modelIssues } from '../../../src/lib/builder/issues';
import type { LetterType } from '../../../src/lib/schemas/letter-type';

const model = (): LetterType => Object.freeze(blankModel());
const circulaire = { label: 'Circulaire n° 2015-058 du 29 avril 2015' };
const decret = {
  label: 'Décret n° 2015-475 du 27 avril 2015',
  url: 'https://www.legifrance.gouv.fr/loda/id/JORFTEXT000030542645',
};

describe('reference commands', () => {
  it('add, move, remove and put back a reference text, leaving the model given untouched', () => {
    const two = insertReference(decret)(insertReference(circulaire)(model()));
    expect(two.references).toEqual([circulaire, decret]);
    const moved = moveReference(1, -1)(two);
    expect(moved.references).toEqual([decret, circulaire]);
    expect(moveReference(0, -1)(moved)).toEqual(moved);
    const removed = removeReference(0)(moved);
    expect(removed.references).toEqual([circulaire]);
    expect(insertReference(decret, 0)(removed)).toEqual(moved);
    expect(model().references).toEqual([]);
  });

  it('edit the citation and the address; an empty address is dropped', () => {
    const one = insertReference(circulaire)(model());
    const cited = editReference(0, { label: 'Circulaire n° 2014-077 du 4 juin 2014' })(one);
    expect(cited.references).toEqual([{ label: 'Circulaire n° 2014-077 du 4 juin 2014' }]);
    const linked = editReference(0, { url: 'https://www.education.gouv.fr/bo/14/Hebdo23/' })(cited);
    expect(linked.references[0]).toEqual({
      label: 'Circulaire n° 2014-077 du 4 juin 2014',
      url: 'https://www.education.gouv.fr/bo/14/Hebdo23/',
    });
    expect(editReference(0, { label: 'Autre' })(linked).references[0]?.url).toBe(
      'https://www.education.gouv.fr/bo/14/Hebdo23/',
    );
    expect(editReference(0, { url: '' })(linked).references[0]).not.toHaveProperty('url');
    expect(editReference(0, { url: undefined })(linked).references[0]).not.toHaveProperty('url');
  });

  it('name in French the reference to complete or correct', () => {
    const empty = insertReference(newReference())(insertReference(circulaire)(model()));
    expect(modelIssues(empty)).toEqual([
      { where: 'la citation du texte de référence 2', message: expect.any(String) },
    ]);
    const badUrl = editReference(0, { url: 'legifrance' })(insertReference(circulaire)(model()));
    expect(modelIssues(badUrl)).toEqual([
      { where: 'l’adresse du texte de référence 1', message: expect.any(String) },
    ]);
    expect(modelIssues(insertReference(decret)(model()))).toEqual([]);
  });

  it('say a model written from official texts alone must cite one', () => {
    const fromTexts: LetterType = {
      ...insertReference(circulaire)(model()),
      provenance: { kind: 'references' },
    };
    expect(modelIssues(fromTexts)).toEqual([]);
    expect(modelIssues(removeReference(0)(fromTexts))).toEqual([
      {
        where: 'les textes de référence',
        message: 'un modèle sans document source doit citer au moins un texte de référence',
      },
    ]);
  });
});
