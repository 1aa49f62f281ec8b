import { describe, expect, it } from 'vitest';
import { toDocument } from '../../../src/lib/document/to-document';
import { exportPdf } from '../../../src/lib/pdf/export';
import { makeLetter } from '../../fixtures/make-letter';
import { rates } from '../document/fixture';
import { readPdf } from './pdf-text';

describe('a letter holding half a character (a lone surrogate, from a cut paste)', () => {
  it('gives its PDF, the half dropped, rather than refusing a character nobody sees', async () => {
    const letter = makeLetter('demi');
    const withHalf = { ...letter, values: { ...letter.values, nom: 'Dupont\ud83d' } };
    const result = await exportPdf(toDocument(withHalf, rates));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pdf = await readPdf(new Uint8Array(await result.blob.arrayBuffer()));
    expect(pdf.pages.join('\n')).toContain('Dupont');
    expect(pdf.pages.join('\n')).not.toMatch(/[\ud800-\udfff\ufffd]/u);
  });
});
