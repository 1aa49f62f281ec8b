import { describe, expect, it } from 'vitest';
import { SUMMARY_TITLE } from '../../../src/lib/summary/document';
import { readPdf } from '../pdf/pdf-text';
import { documentFor, letters, pdfBytes, YEAR } from './council-pdf';
import { letterOf, models } from './support';

/** The PDF's text, all pages, spaces of every kind as one. */
async function pdfText(
  allocationCents: number | null,
  summaryModels = models,
  shown = letters,
): Promise<string> {
  const pdf = await readPdf(await pdfBytes(documentFor(allocationCents, summaryModels, shown)));
  return pdf.pages.join('\n').replace(/\s+/gu, ' ');
}

describe('the council’s PDF of the summary', () => {
  it('has the school, the title, the year, each letter and the totals', async () => {
    const text = await pdfText(500_000);
    for (const part of [
      'Collège Jean Moulin',
      'Melun, le 2 mars 2027',
      SUMMARY_TITLE,
      `Année scolaire ${YEAR}`,
      'Claire Dubois',
      'taux 4',
      '2 500 €',
      'Luc Martin',
      'hors taux usuel',
      '1 875 €',
      'Totaux par mission',
      'Référent décrochage',
      '4 375 €',
      'Dotation notifiée par le rectorat : 5 000 €.',
      'Reste à attribuer : 625 €.',
      '1 lettre sans année scolaire n’est pas comptée.',
    ])
      expect(text).toContain(part);
  });

  it('says an overspent allocation in words', async () => {
    const text = await pdfText(400_000);
    expect(text).toContain('Dotation dépassée de 375 €.');
  });

  it('takes the balance on the school’s allocation only, the rectorat’s lines apart', async () => {
    // Claire's first line, 2 IMP taux 4 (2 500 €), comes from the rectorat's own endowment; her
    // second, 1,5 IMP off any taux (1 875 €), from the school's allocation.
    const cordee = models.map((model) => ({ ...model, rectoratColumns: ['ligne-1'] }));
    const claire = letterOf({
      id: 'a',
      prenom: 'Claire',
      nom: 'Dubois',
      year: YEAR,
      lines: [
        { count: 2, taux: 4 },
        { count: 1.5, taux: null },
      ],
    });
    const text = await pdfText(500_000, cordee, [claire]);
    for (const part of [
      'taux 4 (Rectorat) + hors taux usuel',
      'IMP attribuées par le Rectorat, hors dotation de l’établissement : 2 500 € (2 IMP, 1 lettre).',
      'IMP attribuées sur la dotation de l’établissement : 1 875 € (1,5 IMP).',
      'Reste à attribuer : 3 125 €.',
    ])
      expect(text).toContain(part);
  });

  it('is named after the year', () => {
    expect(documentFor(null).meta.fileName).toBe(`recapitulatif-imp-${YEAR}.pdf`);
  });
});
