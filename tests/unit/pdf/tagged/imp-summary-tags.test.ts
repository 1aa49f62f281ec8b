import { describe, expect, it } from 'vitest';
import { SUMMARY_TITLE } from '../../../../src/lib/summary/document';
import { documentFor, pdfBytes } from '../../summary/council-pdf';
import { readTags, roleOf } from './read-tags';

describe('the council’s IMP summary PDF', async () => {
  const tags = await readTags(await pdfBytes(documentFor(500_000)));

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
