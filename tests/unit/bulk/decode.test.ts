import { describe, expect, it } from 'vitest';
import { decodeListFile } from '../../../src/lib/bulk/decode';

describe('an imported list file', () => {
  it('is read as UTF-8 when it is', () => {
    expect(decodeListFile(new TextEncoder().encode('Mme;Lefèvre;Zoé'))).toBe('Mme;Lefèvre;Zoé');
  });

  it('is read as Windows-1252 when saved so by a spreadsheet', () => {
    // « Lefèvre » in Windows-1252: è is the single byte 0xE8, invalid on its own in UTF-8.
    const bytes = new Uint8Array([0x4c, 0x65, 0x66, 0xe8, 0x76, 0x72, 0x65]);
    expect(decodeListFile(bytes)).toBe('Lefèvre');
  });
});
