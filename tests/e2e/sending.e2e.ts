/**
 * « Envoyer à l’intéressé(e) » in a real Chromium: the head makes the letter's link (the status
 * becomes « Remise à l’intéressé(e) »); a fresh browser opens it and sees the same letter as the
 * head's preview, acknowledges it; the head opens the return link and the editor shows « Vue
 * par l’intéressé(e) » with the line in its history, and the letter (preview and PDF) prints it in
 * the person's space. Hostile links get French messages.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { deflateSync } from 'fflate';
import { distBase, distDir } from './support/paths';
import { useSite } from './support/site';
import { typeInto, waitForSaved } from './support/keyboard';
import { waitForReady } from './support/ready';
import { findViolations, formatViolations } from './support/axe';
import { downloadPdf } from './support/pdf-download';
import { qrCodeDataUrl } from '../../src/lib/sending/qr-code';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

const site = useSite({ root: distDir, base: distBase });
const editorUrl = () => site.server.url('lettres/referent-decrochage-scolaire/rediger/');

const shownStatus = async (page: Page) =>
  (await page.locator('#letter-status-title .status-badge').textContent())?.trim();

/** The letter's text as a preview shows it, spaces collapsed. */
const letterText = async (page: Page) =>
  ((await page.locator('.letter-page').first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

const expectNoViolations = async (page: Page) => {
  const violations = await findViolations(page);
  expect(violations, formatViolations(violations)).toEqual([]);
};

/** The head writes a letter for Aïcha N’Diaye and makes its link; returns it and her preview. */
async function sendLetter(head: Page): Promise<{ link: string; preview: string; id: string }> {
  await head.goto(editorUrl());
  await head.locator('#f-nom').waitFor();
  await typeInto(head, head.locator('#f-prenom'), 'Aïcha');
  await typeInto(head, head.locator('#f-nom'), 'N’Diaye');
  await waitForSaved(head);
  await head.getByRole('button', { name: 'Envoyer à l’intéressé(e)' }).click();
  const field = head.getByLabel('Lien de la lettre pour l’intéressé(e)');
  await field.waitFor();
  const link = await field.inputValue();
  expect(link).toMatch(/\/sous-dossier\/lettre-recue\/#l1\.referent-decrochage-scolaire\./);
  expect(link.length).toBeLessThanOrEqual(2000);
  expect(await head.locator('.send-length').textContent()).toContain(
    `Longueur du lien\u00a0: ${link.length.toLocaleString('fr-FR').replace(/\s/g, '\u00a0')}`,
  );
  // The link's dialog passes the WCAG 2.1 AA checks.
  await head.getByRole('dialog', { name: 'Envoyer à l’intéressé(e)' }).waitFor();
  await expectNoViolations(head);
  const mail = await head.getByRole('link', { name: 'Écrire un courriel' }).getAttribute('href');
  expect(decodeURIComponent(mail ?? '')).toContain(link);
  // The QR code to scan with a phone is the link's (the same code made here from the link).
  await head.getByRole('button', { name: 'Afficher un QR code' }).click();
  const qr = head.getByRole('img', {
    name: 'QR code du lien de la lettre, à scanner avec un téléphone',
  });
  await qr.waitFor();
  expect(await qr.getAttribute('src')).toBe(await qrCodeDataUrl(link));
  expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await head.waitForFunction(
    () =>
      document.querySelector('#letter-status-title .status-badge')?.textContent?.trim() ===
      'Remise à l’intéressé(e)',
  );
  await waitForSaved(head);
  const id = new URL(head.url()).searchParams.get('id') ?? '';
  return { link, preview: await letterText(head), id };
}

describe('the letter sent by a link, acknowledged, and the acknowledgment back', () => {
  test('the person sees the head’s letter, acknowledges; the head’s editor shows « Vue »', async () => {
    await site.withPage(async (head) => {
      const { link, preview, id } = await sendLetter(head);
      expect(id).not.toBe('');

      const returnLink = await site.withPage(async (person) => {
        await person.goto(link);
        await waitForReady(person);
        await person.locator('.received-letter .letter-page').waitFor();
        expect(await letterText(person)).toBe(preview);
        const name = person.getByLabel('Votre nom');
        expect(await name.inputValue()).toBe('Aïcha N’Diaye');
        await expectNoViolations(person);
        await person
          .getByRole('button', { name: 'J’ai vu et pris connaissance de cette lettre' })
          .click();
        const back = person.getByLabel('Lien de retour pour votre chef d’établissement');
        await back.waitFor();
        await expectNoViolations(person);
        // Nothing was stored in the person's browser.
        expect(await person.evaluate(() => indexedDB.databases())).toEqual([]);
        return back.inputValue();
      });
      expect(returnLink).toMatch(/\/sous-dossier\/lettre-recue\/#a1\./);

      await head.goto(returnLink);
      await waitForReady(head);
      await head
        .getByRole('status')
        .filter({ hasText: 'La lettre est maintenant «\u00a0Vue par l’intéressé(e)\u00a0»' })
        .waitFor();
      await expectNoViolations(head);
      await head.getByRole('link', { name: 'Ouvrir la lettre' }).click();
      await head.locator('#f-nom').waitFor();
      expect(new URL(head.url()).searchParams.get('id')).toBe(id);
      expect(await shownStatus(head)).toBe('Vue par l’intéressé(e)');
      const lines = await head.locator('.status-history li').allTextContents();
      expect(lines.join('\n')).toMatch(
        /Vu et pris connaissance le (1er|\d{1,2}) \p{L}+ \d{4}, Aïcha N’Diaye/u,
      );
      // From now on the letter prints the acknowledgment in the person's space.
      const printed = (await head.locator('.letter-page .lp-signature').allInnerTexts()).join('\n');
      expect(printed).toMatch(
        /Vu et pris connaissance le (1er|\d{1,2}) \p{L}+ \d{4}, Aïcha N’Diaye/u,
      );
      expect(printed).not.toContain('Vu et pris connaissance, le …');
      const pdf = await (await downloadPdf(head)).path();
      const text = (await run('pdftotext', [pdf, '-'])).stdout.replace(/\s+/g, ' ');
      expect(text).toMatch(/Vu et pris connaissance le (1er|\d{1,2}) \p{L}+ \d{4}, Aïcha N’Diaye/u);
    });
  });
});

describe('hostile links', () => {
  test('a cut letter link and a forged return link: French messages, nothing shown', async () => {
    await site.withPage(async (head) => {
      const { link, id } = await sendLetter(head);
      await site.withPage(async (person) => {
        await person.goto(link.slice(0, -30));
        await waitForReady(person);
        await person
          .getByRole('alert')
          .filter({ hasText: 'Ce lien est incomplet ou abîmé' })
          .waitFor();
        expect(await person.locator('.letter-page').count()).toBe(0);
        await expectNoViolations(person);
      });

      const pack = (value: unknown) =>
        Buffer.from(deflateSync(new TextEncoder().encode(JSON.stringify(value)))).toString(
          'base64url',
        );
      const page = site.server.url('lettre-recue/');
      const ack = { letterId: id, hash: 'f'.repeat(64), name: 'Aïcha N’Diaye', date: '2027-05-12' };

      // A hash that is not the letter's: the letter is not claimed seen.
      await head.goto(`${page}#a1.${pack(ack)}`);
      await waitForReady(head);
      await head
        .getByRole('status')
        .filter({ hasText: 'La lettre a été modifiée depuis' })
        .waitFor();

      // A letter not in this browser.
      await head.goto(`${page}#a1.${pack({ ...ack, letterId: 'inconnue' })}`);
      await waitForReady(head);
      await head
        .getByRole('alert')
        .filter({ hasText: 'Cette lettre n’est pas dans ce navigateur' })
        .waitFor();

      // A forged return link (not deflated data).
      await head.goto(`${page}#a1.${'A'.repeat(40)}`);
      await waitForReady(head);
      await head
        .getByRole('alert')
        .filter({ hasText: 'Ce lien de retour est incomplet ou abîmé' })
        .waitFor();

      await head.goto(editorUrl() + `?id=${id}`);
      await head.locator('#f-nom').waitFor();
      expect(await shownStatus(head)).toBe('Remise à l’intéressé(e)');
    });
  });
});
