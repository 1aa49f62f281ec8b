import { describe, expect, it } from 'vitest';
import { summaryDocument, SUMMARY_TITLE } from '../../../../src/lib/imp/summary/document';
import { summariseYear, summaryRows } from '../../../../src/lib/imp/summary/year-summary';
import { exportPdf } from '../../../../src/lib/pdf/export';
import { emptySchool } from '../../../../src/lib/schemas/school';
import { letterOf, models, rates } from '../../imp/summary/support';
import { readTags, roleOf } from './read-tags';

const YEAR = '2027-2028';
const letters = [
  letterOf({
    id: 'a',
    prenom: 'Claire',
    nom: 'Dubois',
    year: YEAR,
    lines: [{ count: 2, taux: 4 }],
  }),
  letterOf({ id: 'b', prenom: 'Luc', nom: 'Martin', year: YEAR, lines: [{ count: 1, taux: 3 }] }),
];

describe('the council’s IMP summary PDF', async () => {
  const doc = summaryDocument({
    summary: summariseYear(summaryRows(letters, models, rates), YEAR),
    school: { ...emptySchool, etablissement: 'Collège Jean Moulin', ville: 'Melun' },
    allocationCents: 500_000,
    undated: 0,
    date: '2027-03-02',
  });
  const result = await exportPdf(doc);
  if (!result.ok) throw new Error(`missing ${result.missing.join(' ')}`);
  const tags = await readTags(new Uint8Array(await result.blob.arrayBuffer()));

  it('is tagged like a letter: its title, its table of letters, every text marked', () => {
    expect(tags.markInfo?.Marked).toBe(true);
    for (const item of tags.items) expect(item.marks, item.text).not.toEqual([]);
    const h1 = tags.elements.filter((element) => roleOf(element) === 'H1');
    expect(h1.map((element) => element.text)).toEqual([SUMMARY_TITLE]);
    const cells = tags.elements.filter((element) => element.path === 'Document/Table/TR/TD');
    expect(cells.map((element) => element.text)).toEqual(
      expect.arrayContaining(['Claire Dubois', 'Luc Martin']),
    );
    expect(tags.elements.some((element) => roleOf(element) === 'TH')).toBe(true);
  });
});
