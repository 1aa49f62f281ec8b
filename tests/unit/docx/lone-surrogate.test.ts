// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { brokenTextDocument, mended } from './broken-text';
import { docxOf } from './support';

/** Whether a text is well-formed XML, as Word or LibreOffice would parse it (jsdom's parser). */
const isXml = (text: string) =>
  new DOMParser().parseFromString(text, 'application/xml').getElementsByTagName('parsererror')
    .length === 0;

describe('a lone surrogate in the letter’s text', async () => {
  const docx = await docxOf(brokenTextDocument());
  const xmlParts = Object.keys(docx.files).filter((path) => /\.(xml|rels)$/.test(path));

  it('leaves every XML part of the DOCX valid UTF-8 and well-formed XML', () => {
    expect(xmlParts).toContain('word/document.xml');
    for (const path of xmlParts) {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(docx.files[path]);
      expect(isXml(text), path).toBe(true);
    }
  });

  it('is dropped: the texts read whole, with no replacement character « � »', () => {
    for (const text of mended) expect(docx.paragraphs.join('\n')).toContain(text);
    for (const path of xmlParts) expect(docx.parts[path], path).not.toMatch(/\ufffd/);
    expect(docx.parts['docProps/core.xml']).toContain('<dc:creator>Collège Pasteur</dc:creator>');
    expect(docx.parts['docProps/core.xml']).toContain('<dc:title>Lettre</dc:title>');
  });
});

describe('the XML check', () => {
  it('refuses what is not well-formed', () => {
    expect(isXml('<a><b></a>')).toBe(false);
    expect(isXml('<a>\u0001</a>')).toBe(false);
    expect(isXml('<a>b</a>')).toBe(true);
  });
});
