import { must } from './must';
import { describe, expect, it } from 'vitest';
import { oneFieldModel } from './one-field-model';
import { setIdentity, setKind } from '../../../src/lib/builder/commands/identity';
import { insertText, moveText, removeText, setText } from '../../../src/lib/builder/commands/texts';
import {
  editImpColumn,
  insertImpColumn,
  moveImpColumn,
  newImpColumn,
  removeImpColumn,
  setImp,
  setImpNote,
  setStsCode,
} from '../../../src/lib/builder/commands/imp';
import {
  editSignatory,
  insertSignatory,
  moveSignatory,
  newSignatory,
  removeSignatory,
} from '../../../src/lib/builder/commands/signatories';
import { letterTypeSchema, type LetterType } from '../../../src/lib/schemas/letter-type';

const model = (): LetterType => Object.freeze(oneFieldModel());

describe('identity commands', () => {
  it('set the title, mission and catalogue texts, and the kind', () => {
    const next = setKind('cahier-des-charges')(
      setIdentity('mission', 'Référent Zéphyr')(setIdentity('title', 'Lettre Zéphyr')(model())),
    );
    expect(next).toMatchObject({
      title: 'Lettre Zéphyr',
      mission: 'Référent Zéphyr',
      kind: 'cahier-des-charges',
    });
    expect(model().title).toBe('Lettre de mission');
  });

  it('drop the « Objet » line when emptied', () => {
    const withObjet = setIdentity('objet', 'Mission de {nom}')(model());
    expect(withObjet.objet).toBe('Mission de {nom}');
    expect(setIdentity('objet', '')(withObjet)).not.toHaveProperty('objet');
  });
});

describe('text list commands (vu, introduction, conclusion, copies, notes)', () => {
  for (const part of ['vu', 'preamble', 'closing', 'copies', 'notes'] as const) {
    it(`add, edit, move, remove and put back in ${part}`, () => {
      const two = insertText(part, 'B')(insertText(part, 'A')(model()));
      expect(two[part]).toEqual(['A', 'B']);
      expect(setText(part, 1, 'C')(two)[part]).toEqual(['A', 'C']);
      expect(moveText(part, 0, 1)(two)[part]).toEqual(['B', 'A']);
      const removed = removeText(part, 0)(two);
      expect(removed[part]).toEqual(['B']);
      expect(insertText(part, 'A', 0)(removed)).toEqual(two);
      expect(model()[part]).toEqual([]);
    });
  }
});

describe('IMP commands', () => {
  it('give the model an IMP line for its mission, then take it away', () => {
    const withImp = setImp(true)(model());
    expect(withImp.imp?.columns).toEqual([
      {
        id: 'imp',
        heading: 'attribuées par l’établissement',
        mission: 'Nouvelle mission',
        provenance: false,
        fundedBy: 'etablissement',
      },
    ]);
    expect(letterTypeSchema.safeParse(withImp).success).toBe(true);
    expect(setImp(true)(withImp)).toEqual(withImp);
    expect(setImp(false)(withImp)).not.toHaveProperty('imp');
  });

  it('set the STS code, the note and the usual taux; empty drops them', () => {
    const withImp = setImp(true)(model());
    const set = editImpColumn(0, { example: { count: 1, taux: 3 } })(
      setImpNote('Versée par neuvièmes.')(setStsCode('IMP 9073')(withImp)),
    );
    expect(set.imp).toMatchObject({ stsCode: 'IMP 9073', note: 'Versée par neuvièmes.' });
    expect(set.imp?.columns[0]?.example).toEqual({ count: 1, taux: 3 });
    const cleared = editImpColumn(0, { example: undefined })(setImpNote('')(setStsCode('')(set)));
    expect(cleared.imp).not.toHaveProperty('stsCode');
    expect(cleared.imp).not.toHaveProperty('note');
    expect(cleared.imp?.columns[0]).not.toHaveProperty('example');
    // Without an IMP block, IMP commands change nothing.
    expect(setStsCode('IMP 9073')(model())).toEqual(model());
  });

  it('mark a line as paid by the rectorat apart, and back to the school', () => {
    const withImp = setImp(true)(model());
    const apart = editImpColumn(0, { fundedBy: 'rectorat' })(withImp);
    expect(apart.imp?.columns[0]?.fundedBy).toBe('rectorat');
    expect(letterTypeSchema.parse(apart).imp?.columns[0]?.fundedBy).toBe('rectorat');
    expect(editImpColumn(0, { fundedBy: 'etablissement' })(apart)).toEqual(withImp);
  });

  it('add a second line, move it, remove it and put it back', () => {
    const withImp = setImp(true)(model());
    const second = { ...newImpColumn(withImp), heading: 'attribuées par le Rectorat' };
    expect(second.id).toBe('imp2');
    const two = insertImpColumn(second)(withImp);
    const moved = moveImpColumn(1, -1)(two);
    expect(moved.imp?.columns.map((c) => c.id)).toEqual(['imp2', 'imp']);
    const removed = removeImpColumn(0)(moved);
    expect(removed.imp?.columns.map((c) => c.id)).toEqual(['imp']);
    expect(insertImpColumn(second, 0)(removed)).toEqual(moved);
  });
});

describe('signatory commands', () => {
  it('add the person acknowledging, edit, move, remove and put back', () => {
    const two = insertSignatory(newSignatory('person'))(model());
    expect(two.signatures.map((s) => s.signer)).toEqual(['head', 'person']);
    expect(two.signatures[1]).toMatchObject({ acknowledgement: true });
    const named = editSignatory(1, { label: '{L’intéressé|L’intéressée}' })(two);
    expect(named.signatures[1]?.label).toBe('{L’intéressé|L’intéressée}');
    const moved = moveSignatory(1, -1)(named);
    expect(moved.signatures.map((s) => s.signer)).toEqual(['person', 'head']);
    const removed = removeSignatory(0)(moved);
    expect(insertSignatory(must(moved.signatures[0]), 0)(removed)).toEqual(moved);
    expect(model().signatures).toHaveLength(1);
  });
});
