/**
 * A PDF made by the site gives its letter back (`letterFromPdf`), checked as a backup is, and
 * the same import preview follows; any other PDF or file, cut or forged, gets a French message.
 */
import { describe, expect, test } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import { exportPdf } from '../../../src/lib/pdf/export';
import { embedJsonFiles } from '../../../src/lib/pdf/embedded-letter';
import { letterAttachment } from '../../../src/lib/pdf/letter-attachment';
import { letterFromPdf, pdfMessages } from '../../../src/lib/backup/letter-from-pdf';
import { backupMessages } from '../../../src/lib/backup/parse';
import { planImport, storedById } from '../../../src/lib/backup/plan';
import { summarise } from '../../../src/lib/backup/summary';
import { combinedPdf } from '../../../src/lib/bulk/pdf-files';
import { isPdfFile } from '../../../src/lib/files/pdf-file';
import { knownModelIds, unknownModelLines } from '../../../src/lib/backup/models';
import { modelsOfLetter } from '../../../src/lib/models/backup';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { makeLetter } from '../../fixtures/make-letter';
import { zephyr } from '../models/fixture';
import { rates } from '../document/fixture';
import { filledLetter } from '../support/filled-letters';

const NOW = new Date('2026-12-08T10:00:00Z');
const letter = filledLetter('coordonnateur-rep');

/** A `File` double over bytes. */
export const fileOf = (bytes: Uint8Array) => ({
  size: bytes.length,
  arrayBuffer: async () => bytes.slice().buffer,
});

async function pdfOf(attach: boolean): Promise<Uint8Array> {
  const attachments = attach ? [letterAttachment(letter, NOW)] : [];
  const result = await exportPdf(toDocument(letter, rates), undefined, attachments);
  if (!result.ok) throw new Error('missing characters');
  return new Uint8Array(await result.blob.arrayBuffer());
}

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);

describe('the letter of a PDF made by the site', () => {
  test('comes back whole, and the preview says it will be added', async () => {
    const parsed = await letterFromPdf(fileOf(await pdfOf(true)));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.letters).toEqual([letter]);
    const plan = planImport(storedById([], []), parsed.backup);
    expect(summarise(plan)).toBe('1 lettre sera ajoutée.');
    // Here already, the same: nothing to write; older here: the replacement question.
    const here = parsed.backup.letters;
    expect(summarise(planImport(storedById(here, []), parsed.backup))).toMatch(/déjà ici/);
    const older = { ...letter, revision: letter.revision - 1 };
    expect(planImport(storedById([older], []), parsed.backup).newer).toEqual([letter]);
  });

  test('every letter of a combined PDF comes back', async () => {
    const letters = [letter, filledLetter('coordonnateur-devoirs-faits')];
    const outcome = await combinedPdf(letters, rates);
    if (!outcome.ok) throw new Error('a PDF expected');
    const parsed = await letterFromPdf(fileOf(new Uint8Array(await outcome.blob.arrayBuffer())));
    expect(parsed.ok && parsed.backup.letters).toEqual(letters);
  });
});

describe('a PDF or file that holds no letter of ours', () => {
  test('a PDF without an embedded letter', async () => {
    expect(await letterFromPdf(fileOf(await pdfOf(false)))).toEqual({
      ok: false,
      message: pdfMessages.noLetter,
      details: [],
    });
  });

  test('a file that is no PDF', async () => {
    const parsed = await letterFromPdf(fileOf(bytesOf('{"format":"lettres-de-mission"}')));
    expect(parsed.ok || parsed.message).toBe(pdfMessages.notPdf);
  });

  test('another tool’s JSON attachment', async () => {
    const pdf = embedJsonFiles(await pdfOf(false), [{ name: 'x.json', json: '{"a":1}' }]);
    const parsed = await letterFromPdf(fileOf(pdf));
    expect(parsed.ok || parsed.message).toBe(pdfMessages.noLetter);
  });

  test('a forged letter is refused as a backup would be, naming the field', async () => {
    const json = letterAttachment({ ...letter, id: '<script>alert(1)</script>' }, NOW).json;
    const pdf = embedJsonFiles(await pdfOf(false), [{ name: 'x.json', json }]);
    const parsed = await letterFromPdf(fileOf(pdf));
    expect(parsed.ok || parsed.message).toBe(backupMessages.invalid);
    expect(parsed.ok || parsed.details.length).toBeGreaterThan(0);
  });

  test('a PDF cut before its end', async () => {
    const pdf = await pdfOf(true);
    for (const keep of [pdf.length - 10, pdf.length - 400, Math.floor(pdf.length / 2)]) {
      const parsed = await letterFromPdf(fileOf(pdf.subarray(0, keep)));
      expect(parsed.ok).toBe(false);
    }
    const cut = await letterFromPdf(fileOf(pdf.subarray(0, pdf.length - 10)));
    expect(cut.ok || cut.message).toBe(pdfMessages.damaged);
  });

  test('a stream announcing another size, or a huge one, is refused before inflating', async () => {
    const text = latin1(await pdfOf(true));
    const size = /\/Params << \/Size (\d+) >>/.exec(text)?.[1] ?? '';
    for (const lie of [String(Number(size) - 1), String(Number(size) + 1), '999999999']) {
      const forged = bytesOf(text.replace(`/Size ${size} >>`, `/Size ${lie} >>`));
      const parsed = await letterFromPdf(fileOf(forged));
      expect(parsed.ok || parsed.message).toBe(pdfMessages.damaged);
    }
  });

  test('a file announcing more than 100 Mo is not read', async () => {
    const parsed = await letterFromPdf({
      size: 100_000_001,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    });
    expect(parsed.ok || parsed.message).toBe(backupMessages.tooBig);
  });
});

describe('which file the import reads as a PDF', () => {
  test('by its type, else its name', () => {
    expect(isPdfFile({ name: 'x', type: 'application/pdf' })).toBe(true);
    expect(isPdfFile({ name: 'Lettre.PDF', type: '' })).toBe(true);
    expect(isPdfFile({ name: 'sauvegarde.json', type: 'application/json' })).toBe(false);
  });
});

describe('a letter written from one of the user’s models', () => {
  test('its PDF carries the model too, so a browser without it takes the letter', async () => {
    const model = zephyr('zephyr-1');
    const own = makeLetter('z', { typeId: 'zephyr-1', title: 'Lettre Zéphyr' });
    const repo = new LetterRepository(new MemoryStore(), () => NOW);
    await repo.models.add(model);
    const models = await modelsOfLetter(repo.models, own);
    expect(models).toEqual([model]);
    expect(await modelsOfLetter(repo.models, letter)).toEqual([]);
    const others = [...models, zephyr('autre')];
    const attachment = letterAttachment(own, NOW, 'z.json', others);
    const pdf = embedJsonFiles(await pdfOf(false), [attachment]);
    const parsed = await letterFromPdf(fileOf(pdf));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.models).toEqual([model]);
    // A fresh browser: only the ready models are known, and the PDF brings the user's one.
    const known = knownModelIds(new Map(), parsed.backup);
    expect(unknownModelLines(parsed.backup, known)).toEqual([]);
    const plan = planImport(storedById([], []), parsed.backup, 0, new Map());
    expect(summarise(plan)).toBe(
      '1 lettre sera ajoutée. 1 modèle sera ajouté à «\u00a0Mes modèles\u00a0».',
    );
  });
});
