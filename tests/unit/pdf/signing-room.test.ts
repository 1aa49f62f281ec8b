/**
 * Room to sign: each signatory's title (the caption) and the name under it are about 25 mm apart
 * in the PDF, as a French letter leaves room for the signature (the stamp's frame beside it).
 * Checked on the layout, then on the PDF itself as poppler reads its lines back.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import { exportPdf } from '../../../src/lib/pdf/export';
import { layoutDocument } from '../../../src/lib/pdf/layout';
import { STYLES, baseline, lineHeight } from '../../../src/lib/pdf/page';
import { rates } from '../document/fixture';
import { filledLetter } from '../support/filled-letters';
import { fakeMeasure, fixtureDocument, textOps } from './support';
import { gapBetween, popplerLines, type PopplerLine } from './poppler-lines';

describe('the layout of the signatures', () => {
  const doc = fixtureDocument();
  const page = layoutDocument(doc, fakeMeasure).find((candidate) =>
    textOps(candidate).some((op) => op.text === 'Mme Martin'),
  );
  const ops = textOps(page);
  const at = (text: string) => ops.find((op) => op.text === text);

  it('leaves 25 mm between the head’s title and name, the stamp’s frame in that room', () => {
    const title = at('La principale du collège Jean Moulin');
    const name = at('Mme Martin');
    if (!title || !name) throw new Error('the fixture is signed by the head');
    const titleBottom =
      title.y - baseline(STYLES.signatureCaption) + lineHeight(STYLES.signatureCaption);
    const nameTop = name.y - baseline(STYLES.signature);
    expect(nameTop - titleBottom).toBeGreaterThanOrEqual(25);
    // The stamp's frame: the rectangle that is not a cell of the IMP table.
    const frame = page?.ops.find((op) => op.kind === 'rect' && op.y > title.y);
    expect(frame?.kind === 'rect' && frame.y).toBeGreaterThanOrEqual(titleBottom);
    expect(frame?.kind === 'rect' && frame.y + frame.h).toBeLessThanOrEqual(nameTop);
  });

  it('leaves the same room under « Vu et pris connaissance », above the person’s name', () => {
    const seen = at('Vu et pris connaissance, le …………………………');
    const name = at('Jeanne Dupont');
    if (!seen || !name) throw new Error('the fixture is acknowledged by the person');
    expect(name.y - seen.y - lineHeight(STYLES.signature)).toBeGreaterThanOrEqual(25);
  });
});

describe('the PDF of a letter, as poppler reads it', () => {
  let dir = '';
  const lines = new Map<string, PopplerLine[]>();

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'signing-room-'));
    for (const slug of ['referent-decrochage-scolaire', 'coordonnateur-mlds-bassin']) {
      const pdf = await exportPdf(toDocument(filledLetter(slug), rates));
      if (!pdf.ok) throw new Error(`missing characters: ${pdf.missing.join(' ')}`);
      const file = path.join(dir, `${slug}.pdf`);
      await writeFile(file, new Uint8Array(await pdf.blob.arrayBuffer()));
      lines.set(slug, await popplerLines(file));
    }
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['referent-decrochage-scolaire', 'La principale du collège Pablo-Neruda', 'Nadia Benali'],
    ['referent-decrochage-scolaire', 'L’intéressée', 'Claire Dubois'],
    ['coordonnateur-mlds-bassin', 'Le CSAIO', /^…+$/u],
  ])('%s: « %s » stands at least 20 mm above « %s »', (slug, title, name) => {
    const gap = gapBetween(lines.get(slug) ?? [], title, name);
    expect(gap, 'both lines are printed').not.toBeNull();
    expect(gap).toBeGreaterThanOrEqual(20);
  });
});
