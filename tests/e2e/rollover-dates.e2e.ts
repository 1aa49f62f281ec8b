/**
 * The dates of a rolled-over letter, read as a head would (issue 21, point 2): a Devoirs Faits
 * letter of 2026-2027 rolled into 2027-2028 keeps its deadlines on their weekdays, printed with
 * them in the PDF (« vendredi 26 mai 2028 », not a Sunday); a conseil d'administration date
 * kept from June 2026 and a date moved onto Ascension are listed « à vérifier » in the summary
 * before the copy, in the editor (with a link to the control) and in the check before the PDF.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { createLetter } from '../../src/lib/letters/create';
import { letterTypeSchema } from '../../src/lib/schemas/letter-type';
import { emptySchool } from '../../src/lib/schemas/school';
import type { Letter } from '../../src/lib/schemas/letter';
import { readYaml } from '../unit/support/content';
import { readPdf } from '../unit/pdf/pdf-text';
import { findViolations, formatViolations } from './support/axe';
import { distBase, distDir } from './support/paths';
import { downloadPdf } from './support/pdf-download';
import { writeRaw } from './support/raw-store';
import { useSite } from './support/site';

const site = useSite({ root: distDir, base: distBase });

/** A 2026-2027 letter of the real model `slug` for Madame `prenom nom`, with `values`. */
function letterOf(slug: string, nom: string, values: Record<string, string>): Letter {
  const model = letterTypeSchema.parse(readYaml(`lettres/${slug}.yaml`));
  let n = 0;
  const letter = createLetter(
    slug,
    model,
    { ...emptySchool, etablissement: 'Collège Jean Moulin', ville: 'Melun', chef: 'Nadia Benali' },
    new Date('2026-09-01T10:00:00.000Z'),
    () => `${nom}-part-${++n}`,
  );
  return {
    ...letter,
    id: nom.toLowerCase(),
    values: {
      ...letter.values,
      civilite: 'Madame',
      prenom: 'Léa',
      nom,
      fonction: 'professeure de mathématiques',
      anneeScolaire: '2026-2027',
      ...values,
    },
  };
}

// Monday 11 January and Friday 28 May 2027, as the source letter sets them (« le lundi … »,
// « le vendredi … »).
const devoirsFaits = letterOf('coordonnateur-devoirs-faits', 'Petit', {
  dateBilanJanvier: '2027-01-11',
  dateBilanMai: '2027-05-28',
});
// The conseil d'administration of June 2026 (before the school year, so kept by the copy) and
// a Thursday bilan that lands on Ascension Thursday once moved.
const discipline = letterOf('coordonnateur-discipline', 'Moreau', {
  discipline: 'mathématiques',
  dateConseil: '2026-06-25',
  dateBilan: '2027-05-27',
});

const folded = (text: string) => text.replace(/\s+/gu, ' ').trim();

async function expectAccessible(page: Page) {
  const violations = await findViolations(page);
  expect(violations, formatViolations(violations)).toEqual([]);
}

describe('the dates of a letter rolled over to the next year', () => {
  test('keep their weekday in the PDF; a kept or holiday date is listed at each step', async () => {
    await site.withPage(async (page) => {
      // In March 2027 the year being prepared is 2027-2028: 2026-2027 is offered to roll over.
      await page.clock.setFixedTime(new Date(2027, 2, 15, 10));
      await page.goto(site.server.url('mes-lettres/'));
      await page.locator('#letters-heading').waitFor();
      for (const letter of [devoirsFaits, discipline])
        await writeRaw(page, `letter:${letter.id}`, letter);
      await page.reload();
      await page.getByRole('link', { name: 'Préparer l’année suivante' }).click();

      // The summary, before anything is written.
      const sentence = page.locator('#rollover-sentence');
      await sentence.waitFor();
      expect(folded(await sentence.innerText())).toBe(
        '2 lettres seront copiées pour 2027-2028 ; 2 dates à vérifier.',
      );
      const summary = folded(await page.locator('.rollover-dates').innerText());
      expect(summary).toContain(
        'Date du conseil d’administration : « jeudi 25 juin 2026 », date de l’année scolaire ' +
          '2025-2026 (la lettre est pour 2027-2028)',
      );
      expect(summary).toContain(
        'Date de remise du bilan de fin d’année : « jeudi 25 mai 2028 », jour férié (Ascension)',
      );
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Copier les 2 lettres pour 2027-2028' }).click();
      const result = page.locator('.rollover-result');
      await result.waitFor();
      expect(folded(await result.innerText())).toContain('2 dates sont à vérifier dans l’éditeur.');
      const petit = result.getByRole('link', { name: /Petit/ });
      const petitHref = new URL((await petit.getAttribute('href')) ?? '', page.url()).href;

      // The editor of the discipline copy lists the kept date, and leads to its control.
      await result.getByRole('link', { name: /Moreau/ }).click();
      await page.locator('#f-nom').waitFor();
      expect(await page.locator('#f-dateConseil').inputValue()).toBe('2026-06-25');
      const review = page.getByRole('region', { name: 'À vérifier pour l’année 2027-2028' });
      const link = review.getByRole('link', { name: 'Date du conseil d’administration' });
      expect(folded(await review.innerText())).toContain('« jeudi 25 juin 2026 »');
      await link.click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('f-dateConseil');
      await expectAccessible(page);

      // The check before the PDF lists both dates.
      await page.getByRole('button', { name: 'Télécharger le PDF' }).click();
      const check = page.getByRole('region', { name: /^Avant de télécharger le PDF/ });
      await check.waitFor();
      const listed = folded((await check.textContent()) ?? '');
      expect(listed).toContain('« jeudi 25 juin 2026 », date de l’année scolaire 2025-2026');
      expect(listed).toContain('« jeudi 25 mai 2028 », jour férié (Ascension)');

      // The Devoirs Faits copy reads its deadlines on the weekdays of the source.
      await page.goto(petitHref);
      await page.locator('#f-nom').waitFor();
      expect(await page.locator('#f-dateBilanMai').inputValue()).toBe('2028-05-26');
      const download = await downloadPdf(page);
      const pdf = await readPdf(new Uint8Array(await readFile(await download.path())));
      const text = folded(pdf.pages.join('\n'));
      expect(text).toContain(
        'au plus tard le lundi 10 janvier 2028 et le vendredi 26 mai 2028 un état du tableau',
      );
      expect(text).not.toContain('28 mai 2028');
    });
  }, 120_000);
});
