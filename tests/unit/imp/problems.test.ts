import { describe, expect, it } from 'vitest';
import { impLineProblem, impProblems } from '../../../src/lib/imp';
import { rates } from '../document/fixture';
import { letterWith, line } from './support';

const nbsp = '\u00a0';
const nnbsp = '\u202f';

describe('incoherent IMP lines, for the check before export', () => {
  it('lists a stored taux that is not the number, naming the line and what will print', () => {
    expect(impProblems(letterWith(line(1, 3), line(1.5, 2)), rates)).toEqual([
      {
        lineId: 'l2',
        message:
          `IMP 2${nbsp}: 1,5 IMP ne correspond pas au taux 2 (0,5 IMP). La lettre imprime le ` +
          `nombre, soit 1${nnbsp}875${nbsp}€ par an${nbsp}: choisissez le taux ou corrigez le nombre.`,
      },
    ]);
  });

  it('lists every incoherent line, in table order', () => {
    const letter = letterWith(line(2, 3), line(0.5, 2), line(0.25, 5));
    expect(impProblems(letter, rates).map((problem) => problem.lineId)).toEqual(['l1', 'l3']);
    expect(impLineProblem(line(2, 3), rates)).toMatch(
      /^2 IMP ne correspond pas au taux 3 \(1 IMP\)/,
    );
  });

  it('accepts coherent lines, numbers without a taux, unset lines and letters without IMP', () => {
    const letter = letterWith(line(1, 3), line(1.5, null), line(null, 2), line(null, null));
    expect(impProblems(letter, rates)).toEqual([]);
    expect(impProblems({ imp: null }, rates)).toEqual([]);
  });
});
