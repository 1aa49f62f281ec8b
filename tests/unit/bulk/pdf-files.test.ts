import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { combinedPdf, zipOfPdfs } from '../../../src/lib/bulk/pdf-files';
import { goodPeople, parseList } from '../../../src/lib/bulk/parse-list';
import { letterForPerson } from '../../../src/lib/bulk/to-letter';
import { emptySchool } from '../../../src/lib/schemas/school';
import { readPdf } from '../pdf/pdf-text';
import { letterFromPdf } from '../../../src/lib/backup/letter-from-pdf';
import { rates, readyModel } from './support';

const model = readyModel('referent-culture');
const now = new Date('2026-06-02T10:00:00.000Z');
const list = ['Mme;Dupont;Claire;;2;', 'M.;Dupont;Jean;;2;', 'Mme;Nowak;Łucja;;;1'].join('\n');
const letters = goodPeople(parseList(list, rates)).map(({ person }) =>
  letterForPerson('referent-culture', model, emptySchool, {}, person, now),
);
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('a ZIP of one PDF per person', () => {
  it('holds a valid PDF per letter, named after its person, each naming them', async () => {
    const progress: number[] = [];
    const outcome = await zipOfPdfs(letters, rates, { onProgress: (done) => progress.push(done) });
    if (!outcome.ok) throw new Error('a ZIP expected');
    expect(outcome.fileName).toBe('lettres-referent-culture-2026-2027.zip');
    expect(progress).toEqual([1, 2, 3]);
    const files = unzipSync(await bytesOf(outcome.blob));
    const names = Object.keys(files);
    expect(names).toEqual([
      'lettre-de-mission-referent-culture-dupont-claire-2026-2027.pdf',
      'lettre-de-mission-referent-culture-dupont-jean-2026-2027.pdf',
      // slugify drops « ł » (no decomposition): the last name still names the file.
      expect.stringMatching(/^lettre-de-mission-referent-culture-nowak-.*2026-2027\.pdf$/),
    ]);
    const people = ['Claire Dupont', 'Jean Dupont', 'Łucja Nowak'];
    for (const [index, name] of names.entries()) {
      const bytes = files[name] ?? new Uint8Array();
      const pdf = await readPdf(bytes);
      expect(pdf.pages.join('\n')).toContain(people[index]);
      // Each PDF carries its own letter, as one letter's PDF does.
      const parsed = await letterFromPdf({
        size: bytes.length,
        arrayBuffer: async () => bytes.slice().buffer,
      });
      expect(parsed.ok && parsed.backup.letters.map((letter) => letter.id)).toEqual([
        letters[index]?.id,
      ]);
    }
  });

  it('stops between two letters when cancelled, offering nothing', async () => {
    const controller = new AbortController();
    const outcome = await zipOfPdfs(letters, rates, {
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 1) controller.abort();
      },
    });
    expect(outcome).toEqual({ ok: false, cancelled: true });
  });
});

describe('one PDF for every person', () => {
  it('holds each letter on its own pages, numbered within the letter', async () => {
    const outcome = await combinedPdf(letters, rates);
    if (!outcome.ok) throw new Error('a PDF expected');
    expect(outcome.fileName).toBe('lettres-referent-culture-2026-2027.pdf');
    const pdf = await readPdf(await bytesOf(outcome.blob));
    const single = await combinedPdf(letters.slice(0, 1), rates);
    if (!single.ok) throw new Error('a PDF expected');
    const one = await readPdf(await bytesOf(single.blob));
    const perLetter = one.pages.length;
    expect(pdf.pages).toHaveLength(perLetter * 3);
    const firstPages = [0, 1, 2].map((index) => pdf.pages[index * perLetter] ?? '');
    expect(firstPages[0]).toContain('Claire Dupont');
    expect(firstPages[1]).toContain('Jean Dupont');
    expect(firstPages[2]).toContain('Łucja Nowak');
    for (const page of firstPages) expect(page).toContain(`1/${perLetter}`);
  });

  it('leaves out and names a letter holding a character no font draws', async () => {
    const [person] = goodPeople(parseList('Mme;Smile 🙂;Ana', rates));
    if (!person) throw new Error('a person expected');
    const odd = letterForPerson('referent-culture', model, emptySchool, {}, person.person, now);
    const outcome = await combinedPdf([...letters.slice(0, 1), odd], rates);
    expect(outcome.ok && outcome.count).toBe(1);
    expect(outcome.ok && outcome.leftOut).toEqual([{ person: 'Ana Smile 🙂', missing: ['🙂'] }]);
  });
});
