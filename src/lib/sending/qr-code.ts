/**
 * The link as a QR code to scan with a phone, an SVG image as a data URL (shown by `<img>`: an
 * SVG there runs no script). `qrcode` (1.5.4) loads here, on the click that asks for it. Level L
 * (7 % of recovery): the densest code, so a link of 500 characters stays easy to scan on screen.
 */
export async function qrCodeDataUrl(link: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 });
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}
