import { describe, expect, it } from 'vitest';
import { impBlocks } from '../../../src/lib/document/imp-table';
import { typesetter } from '../../../src/lib/document/fill';
import type { DocBlock } from '../../../src/lib/document/model';
import { impComputedValues } from '../../../src/lib/imp';
import { rates } from './fixture';
import { letterWith, line } from '../imp/support';

const nbsp = '\u00a0';
const nnbsp = '\u202f';
const cell = '…'.repeat(5);

/** The IMP table of a letter with these lines, as preview and PDF print it. */
function table(...lines: { count: number | null; taux: number | null }[]) {
  const [block] = impBlocks(letterWith(...lines).imp, rates, typesetter({}));
  if (block?.kind !== 'table') throw new Error('the IMP block starts with its table');
  return block as Extract<DocBlock, { kind: 'table' }>;
}

/** The cells after the mission: number, taux, annual amount, monthly ninth. */
const numbers = (row: readonly string[] | undefined) => row?.slice(1);

describe('the IMP table prints what the number of IMP says', () => {
  it('names the taux a number matches, with its amount', () => {
    expect(numbers(table(line(0.5, 2)).rows[0])).toEqual([
      '0,5',
      `Taux 2 (625${nbsp}€)`,
      `625${nbsp}€`,
      `69,44${nbsp}€`,
    ]);
    expect(numbers(table(line(1, null)).rows[0])?.[1]).toBe(`Taux 3 (1${nnbsp}250${nbsp}€)`);
  });

  it('prints « Hors taux usuel » for a number no taux pays, priced by the number', () => {
    expect(numbers(table(line(1.5, null)).rows[0])).toEqual([
      '1,5',
      'Hors taux usuel',
      `1${nnbsp}875${nbsp}€`,
      `208,33${nbsp}€`,
    ]);
  });

  it('never prints a stored taux that contradicts the number, and flags it (old data)', () => {
    const [row] = table(line(1.5, 2)).rows;
    expect(numbers(row)).toEqual([
      '1,5',
      `Hors taux usuel – à vérifier${nbsp}: taux 2 saisi`,
      `1${nnbsp}875${nbsp}€`,
      `208,33${nbsp}€`,
    ]);
    expect(row?.join(' ')).not.toContain('625');
  });

  it('names the taux a contradicted number matches (2 IMP stored with taux 3)', () => {
    expect(numbers(table(line(2, 3)).rows[0])).toEqual([
      '2',
      `Taux 4 (2${nnbsp}500${nbsp}€) – à vérifier${nbsp}: taux 3 saisi`,
      `2${nnbsp}500${nbsp}€`,
      `277,78${nbsp}€`,
    ]);
  });

  it('prints the share of a taux stored alone', () => {
    expect(numbers(table(line(null, 1)).rows[0])?.slice(0, 3)).toEqual([
      '0,25',
      `Taux 1 (312,50${nbsp}€)`,
      `312,50${nbsp}€`,
    ]);
  });

  it('leaves an unset line to fill by hand', () => {
    expect(numbers(table(line(null, null)).rows[0])).toEqual([cell, cell, cell, cell]);
  });
});

describe('the total line of the IMP table', () => {
  it('is absent with a single line', () => {
    expect(table(line(1, 3)).rows).toHaveLength(1);
  });

  it('adds the number of IMP and the amounts when there are several lines', () => {
    const { rows } = table(line(1, 3), line(0.5, 2), line(1.5, null));
    expect(rows).toHaveLength(4);
    expect(rows[3]).toEqual(['Total', '3', '', `3${nnbsp}750${nbsp}€`, `416,66${nbsp}€`]);
  });

  it('adds what the numbers say, not contradicting taux', () => {
    expect(table(line(1.5, 2), line(1, 3)).rows[2]).toEqual([
      'Total',
      '2,5',
      '',
      `3${nnbsp}125${nbsp}€`,
      `347,22${nbsp}€`,
    ]);
  });

  it('is left to fill by hand while a line is', () => {
    expect(table(line(1, 3), line(null, null)).rows[2]).toEqual(['Total', cell, '', cell, cell]);
  });
});

describe('computed blanks {impNombre} and {impMontant}', () => {
  it('are French-formatted', () => {
    expect(impComputedValues(letterWith(line(1, 3)), rates)).toEqual({
      impNombre: '1',
      impMontant: `1${nnbsp}250${nbsp}€`,
    });
    expect(impComputedValues(letterWith(line(0.25, null)), rates)).toEqual({
      impNombre: '0,25',
      impMontant: `312,50${nbsp}€`,
    });
  });

  it('add up the lines that are set', () => {
    expect(
      impComputedValues(letterWith(line(1, 3), line(null, 2), line(null, null)), rates),
    ).toEqual({
      impNombre: '1,5',
      impMontant: `1${nnbsp}875${nbsp}€`,
    });
  });

  it('follow the number of a line whose taux contradicts it', () => {
    expect(impComputedValues(letterWith(line(1.5, 2)), rates)).toEqual({
      impNombre: '1,5',
      impMontant: `1${nnbsp}875${nbsp}€`,
    });
  });

  it('are empty while nothing is set, or without an IMP block', () => {
    const empty = { impNombre: '', impMontant: '' };
    expect(impComputedValues(letterWith(line(null, null)), rates)).toEqual(empty);
    expect(impComputedValues({ imp: null }, rates)).toEqual(empty);
  });
});
