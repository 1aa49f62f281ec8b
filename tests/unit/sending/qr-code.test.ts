import { describe, expect, it } from 'vitest';
import { qrCodeDataUrl } from '../../../src/lib/sending/qr-code';

const svgOf = (dataUrl: string) => atob(dataUrl.slice('data:image/svg+xml;base64,'.length));

describe('the link as a QR code', () => {
  it('is an SVG image with no script, larger for a longer link', async () => {
    const short = await qrCodeDataUrl('https://exemple.fr/lettre-recue/#l1.x.abc');
    const long = await qrCodeDataUrl(`https://exemple.fr/lettre-recue/#l1.x.${'A'.repeat(500)}`);
    expect(short).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(svgOf(short)).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) \1"/);
    expect(svgOf(long)).not.toMatch(/<script|on\w+=/i);
    const side = (svg: string) => Number(/viewBox="0 0 (\d+)/.exec(svg)?.[1]);
    expect(side(svgOf(long))).toBeGreaterThan(side(svgOf(short)));
  });
});
