import { describe, expect, it } from 'vitest';
import { imageInfo } from '../../../src/lib/images/size';
import { jpegHeader, pngBytes } from '../support/images';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('imageInfo', () => {
  it('reads a PNG’s size from its IHDR chunk', () => {
    expect(imageInfo(pngBytes())).toEqual({ mime: 'image/png', width: 1, height: 1 });
    expect(imageInfo(pngBytes(300, 120))).toEqual({ mime: 'image/png', width: 300, height: 120 });
  });

  it('reads a JPEG’s size from its baseline or progressive frame header', () => {
    expect(imageInfo(jpegHeader(640, 480))).toEqual({
      mime: 'image/jpeg',
      width: 640,
      height: 480,
    });
    expect(imageInfo(jpegHeader(1200, 300, 0xc2))).toMatchObject({ width: 1200, height: 300 });
  });

  it('knows nothing of other files, truncated headers or empty sizes', () => {
    expect(imageInfo(bytes('Bonjour, ceci est un texte.'))).toBeNull();
    expect(imageInfo(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(imageInfo(bytes('GIF89a\u0001\u0000\u0001\u0000'))).toBeNull();
    expect(imageInfo(new Uint8Array())).toBeNull();
    expect(imageInfo(pngBytes().slice(0, 20))).toBeNull();
    expect(imageInfo(jpegHeader(640, 480).slice(0, 12))).toBeNull();
    expect(imageInfo(jpegHeader(0, 480))).toBeNull();
  });

  it('stops at a segment whose length makes no sense', () => {
    const header = jpegHeader(640, 480);
    header.set([0x00, 0x01], 4); // APP0 claiming 1 byte, less than its own length field
    expect(imageInfo(header)).toBeNull();
  });
});
