import { describe, expect, it } from 'vitest';
import { pdfString } from '../../../../src/lib/pdf/tagged/pdf-string';
import { utf8Binary, xmpPacket } from '../../../../src/lib/pdf/tagged/xmp';

describe('pdfString', () => {
  it('writes printable ASCII as a literal, escaping what PDF syntax needs', () => {
    expect(pdfString('Logo (1) \\ a')).toBe('(Logo \\(1\\) \\\\ a)');
  });

  it('writes any other text as UTF-16BE with its byte order mark', () => {
    expect(pdfString('l’É\u202f!')).toBe('<FEFF006C201900C9202F0021>');
    expect(pdfString('😀')).toBe('<FEFFD83DDE00>');
  });
});

describe('xmpPacket', () => {
  const xmp = xmpPacket({
    title: 'Lettre « A & B »',
    author: 'Collège <Jean>',
    subject: 'Mission',
    language: 'fr-FR',
  });

  it('declares PDF/UA-1 and gives title, author and subject, escaped for XML', () => {
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Lettre « A &amp; B »</rdf:li>');
    expect(xmp).toContain('<rdf:li>Collège &lt;Jean&gt;</rdf:li>');
    expect(xmp).toContain('<dc:description><rdf:Alt><rdf:li xml:lang="x-default">Mission<');
  });

  it('is written as UTF-8 bytes', () => {
    expect(utf8Binary('é«')).toBe('\u00c3\u00a9\u00c2\u00ab');
  });
});
