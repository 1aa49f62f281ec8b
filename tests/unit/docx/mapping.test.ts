import { describe, expect, it } from 'vitest';
import type { DocBlock, LetterDocument } from '../../../src/lib/document/model';
import { columnWidths } from '../../../src/lib/docx/imp-table';
import { PAGE } from '../../../src/lib/docx/styles';
import { docOf, fixtureDocument } from '../pdf/support';
import { dataUrlOf, pngBytes } from '../support/images';
import { paragraphsOf } from './docx-text';
import { docxOf } from './support';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const LOGO = pngBytes(40, 20);

/** The XML of each `w:p`, in order, to look at its style and numbering with its text. */
const paragraphXml = (xml: string) =>
  [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map((match) => match[0]);

const styled = (xml: string, style: string) =>
  paragraphXml(xml)
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .flatMap((p) => paragraphsOf(p));

/** The fixture letter (every kind of block), with a logo and a paragraph of French typography. */
function fixtureWithLogo(): LetterDocument {
  const doc = fixtureDocument();
  const head = doc.blocks[0];
  if (head?.kind === 'letterhead') {
    head.logo = { dataUrl: dataUrlOf(LOGO), width: 40, height: 20 };
  }
  const at = doc.blocks.findIndex((block) => block.kind === 'signatures');
  const text = `Au cœur de l’œuvre${NNBSP}; Œdipe${NNBSP}! Objet${NBSP}: « vœux ».\nDeuxième ligne`;
  doc.blocks.splice(at, 0, { kind: 'paragraph', text });
  return doc;
}

describe('the DOCX of the fixture letter', async () => {
  const doc = fixtureWithLogo();
  const docx = await docxOf(doc);
  const blocks = <K extends DocBlock['kind']>(kind: K) =>
    doc.blocks.filter((block): block is Extract<DocBlock, { kind: K }> => block.kind === kind);

  it('makes the title a « Titre 1 » and each section heading a « Titre 2 »', () => {
    expect(styled(docx.document, 'Heading1')).toEqual(blocks('title').map((b) => b.text));
    expect(styled(docx.document, 'Heading2')).toEqual(blocks('heading').map((b) => b.text));
    expect(blocks('heading').length).toBeGreaterThan(0);
  });

  it('writes the mission items as a real bulleted list', () => {
    const items = paragraphXml(docx.document)
      .filter((p) => p.includes('<w:numPr>'))
      .flatMap((p) => paragraphsOf(p));
    expect(items).toEqual(blocks('list').flatMap((b) => b.items));
    const numbering = docx.parts['word/numbering.xml'] ?? '';
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain('<w:lvlText w:val="•"/>');
  });

  it('writes the IMP table as a Word table whose header row repeats, rows kept whole', () => {
    const [table] = blocks('table');
    const xml = /<w:tbl>(?:(?!<w:tbl>)[\s\S])*?<w:tblHeader\/>[\s\S]*?<\/w:tbl>/.exec(
      docx.document,
    )?.[0];
    expect(xml, 'a table with a header row').toBeDefined();
    const rows = [...(xml ?? '').matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows.map((row) => paragraphsOf(row))).toEqual([table?.columns, ...(table?.rows ?? [])]);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    const caption = docx.paragraphs.indexOf(table?.caption ?? '?');
    expect(caption, 'caption just before the header cells').toBe(
      docx.paragraphs.indexOf(table?.columns[0] ?? '?') - 1,
    );
  });

  it('keeps ’ œ « » and both no-break spaces as those code points, and the line break', () => {
    expect(docx.paragraphs).toContain(
      `Au cœur de l’œuvre${NNBSP}; Œdipe${NNBSP}! Objet${NBSP}: « vœux ».\nDeuxième ligne`,
    );
    expect(docx.paragraphs).toContain(
      `Lettre de mission du référent «${NBSP}Décrochage scolaire${NBSP}»`,
    );
    expect(docx.document).toContain('<w:br/>');
  });

  it('numbers the pages in the footer: « Page n sur N », as fields Word keeps right', () => {
    const footer = docx.parts['word/footer1.xml'] ?? '';
    expect(paragraphsOf(footer)).toEqual(['Page  sur ']);
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*NUMPAGES/);
  });

  it('holds the school’s logo, its very bytes, described for screen readers', () => {
    const media = Object.keys(docx.parts).filter((path) => path.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(docx.files[media[0] ?? '?']).toEqual(LOGO);
    expect(docx.document).toMatch(
      /<wp:docPr [^>]*descr="Logo de l’établissement\u00a0: Collège Jean Moulin"/,
    );
  });

  it('carries the title, the school as author, and French as its language', () => {
    const core = docx.parts['docProps/core.xml'] ?? '';
    expect(core).toContain(`<dc:title>${doc.meta.title}</dc:title>`);
    expect(core).toContain('<dc:creator>Collège Jean Moulin</dc:creator>');
    expect(core).toContain(`<dc:subject>${doc.meta.subject}</dc:subject>`);
    expect(docx.parts['word/styles.xml']).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="fr-FR"\/>/);
  });

  it('is A4 with margins of 2 cm', () => {
    expect(docx.document).toContain(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"`);
    expect(docx.document).toMatch(
      /<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/,
    );
  });

  it('puts the signature areas side by side, the stamp in a frame, in the PDF’s order', () => {
    const [signatures] = blocks('signatures');
    const expected = (signatures?.blocks ?? []).flatMap((area) => [
      area.caption,
      ...area.lines,
      ...(area.stamp === null ? [] : [area.stamp]),
      ...(area.name === null ? [] : [area.name]),
    ]);
    const start = docx.paragraphs.indexOf(expected[0] ?? '?');
    const found = docx.paragraphs.slice(start).filter((text) => text !== '');
    expect(found.slice(0, expected.length)).toEqual(expected);
    // The paragraph before them keeps them company: they never open a page alone.
    const before = paragraphXml(docx.document).find((p) =>
      paragraphsOf(p).includes(docx.paragraphs[start - 1] ?? '?'),
    );
    expect(before).toContain('<w:keepNext/>');
  });
});

describe('a letter without a logo or a school', () => {
  it('has no image, and names the application as its author', async () => {
    const docx = await docxOf({
      ...docOf([{ kind: 'title', text: 'Lettre' }]),
      meta: { ...docOf([]).meta, author: '' },
    });
    expect(Object.keys(docx.parts).some((path) => path.startsWith('word/media/'))).toBe(false);
    expect(docx.parts['docProps/core.xml']).toContain(
      '<dc:creator>Lettres de mission</dc:creator>',
    );
  });
});

describe('the IMP table’s columns', () => {
  it('fill the text width, the mission’s twice as wide as the others', () => {
    for (const count of [1, 5, 6]) {
      const widths = columnWidths(count);
      expect(widths).toHaveLength(count);
      expect(widths.reduce((sum, width) => sum + width, 0)).toBe(PAGE.body);
      for (const width of widths.slice(1)) expect(widths[0]).toBeGreaterThanOrEqual(2 * width);
    }
  });
});

describe('a letter with the head’s signature and the stamp placed', () => {
  it('holds both images in her signing space, each described for screen readers', async () => {
    const doc = fixtureDocument();
    const signature = pngBytes(300, 100, [10, 10, 10]);
    const stamp = pngBytes(160, 160, [20, 20, 90]);
    for (const block of doc.blocks)
      if (block.kind === 'signatures') {
        const head = block.blocks.find((area) => area.stamp !== null);
        if (!head) continue;
        head.signatureImage = {
          dataUrl: dataUrlOf(signature),
          width: 300,
          height: 100,
          alt: 'Signature de Mme\u00a0Nadia Benali',
        };
        head.stampImage = {
          dataUrl: dataUrlOf(stamp),
          width: 160,
          height: 160,
          alt: 'Cachet de l’établissement, Collège Jean Moulin',
        };
      }
    const docx = await docxOf(doc);
    const media = Object.keys(docx.parts).filter((path) => path.startsWith('word/media/'));
    expect(media.map((path) => docx.files[path])).toEqual(
      expect.arrayContaining([signature, stamp]),
    );
    expect(docx.document).toMatch(/<wp:docPr [^>]*descr="Signature de Mme\u00a0Nadia Benali"/);
    expect(docx.document).toMatch(
      /<wp:docPr [^>]*descr="Cachet de l’établissement, Collège Jean Moulin"/,
    );
    // The stamp's image stands in its frame instead of its label.
    expect(paragraphsOf(docx.document)).not.toContain('Cachet de l’établissement');
  });
});
