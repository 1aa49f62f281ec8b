import { describe, expect, it } from 'vitest';
import { modelPlace } from '../../../src/lib/builder/model-place';
import { oneFieldModel } from './one-field-model';

describe('places of a model, in words', () => {
  const model = oneFieldModel();

  it('names the model’s own texts', () => {
    expect(modelPlace(['mission'])).toBe('le nom de la mission');
    expect(modelPlace(['title'])).toBe('le titre de la lettre');
    expect(modelPlace([])).toBe('le modèle');
  });

  it('names a field by its number and label, and its part', () => {
    expect(modelPlace(['fields', 0], model)).toBe('le champ 1 («\u00a0Nom de la personne\u00a0»)');
    expect(modelPlace(['fields', 0, 'options'], model)).toBe(
      'les choix du champ 1 («\u00a0Nom de la personne\u00a0»)',
    );
    expect(modelPlace(['fields', 3, 'label'], model)).toBe('le libellé du champ 4');
  });

  it('names sections, notes, IMP lines and signatories as people count them', () => {
    expect(modelPlace(['sections', 1, 'blocks', 0, 'items', 2])).toBe(
      'la mission 3 de la section 2',
    );
    expect(modelPlace(['notes', 0])).toBe('le conseil 1 au chef d’établissement');
    expect(modelPlace(['imp', 'columns', 1, 'heading'])).toBe(
      'l’intitulé de la ligne 2 du bloc IMP',
    );
    expect(modelPlace(['signatures', 0, 'label'])).toBe('la mention de la signature 1');
  });
});
