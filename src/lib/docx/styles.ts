import {
  AlignmentType,
  LevelFormat,
  LineRuleType,
  type INumberingOptions,
  type IStylesOptions,
} from 'docx';

/**
 * The look of the DOCX: the PDF's sizes and spacing in Word's units, in styles a secretary can
 * change once for the whole letter. Arial is on every Windows and Mac, and LibreOffice draws it
 * with its metric twin Liberation Sans: the letter keeps its length everywhere.
 */
export const FONT = 'Arial';

/** Font sizes in half-points, as Word counts them (the PDF's sizes in points, doubled). */
export const SIZE = {
  body: 21,
  sender: 19,
  placeDate: 21,
  title: 26,
  subtitle: 22,
  vu: 19,
  heading: 22,
  caption: 20,
  cell: 18,
  signature: 20,
  stamp: 16,
  copies: 17,
  footer: 16,
} as const;

/**
 * Millimetres in twips (Word's twentieths of a point), rounded: A4 is then Word's own 11906 ×
 * 16838 (docx's `convertMillimetersToTwip` truncates, a twip short).
 */
export const mm = (value: number): number => Math.round((value / 25.4) * 1440);

/** A4 with the PDF's margins of 20 mm; the footer sits in the bottom margin. */
export const PAGE = {
  width: mm(210),
  height: mm(297),
  margin: mm(20),
  footer: mm(10),
  /** Width of the text between the margins. */
  body: mm(170),
} as const;

/** The bulleted list of the mission items: the PDF's « • », the text hanging 5 mm in. */
export const BULLETS = 'missions';

export const numbering: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '•',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: mm(8), hanging: mm(5) } } },
        },
      ],
    },
  ],
};

/**
 * Word's own styles, set to the letter's look: the text in French (spelling, hyphenation and
 * the reader's voice follow), the title a « Titre 1 », section headings « Titre 2 », both in
 * the navigation pane and the outline, in black like the PDF rather than Word's blue.
 */
export const styles: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body, language: { value: 'fr-FR' } },
      // 1.2 lines, as a rule said out loud: LibreOffice reads a `w:line` without `w:lineRule`
      // as an exact height, which clips the logo (an inline image) to a 5 mm strip.
      paragraph: { spacing: { after: 0, line: 288, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font: FONT, size: SIZE.title, bold: true, color: '000000' },
      paragraph: {
        alignment: AlignmentType.CENTER,
        spacing: { before: mm(8), after: 0 },
        keepNext: true,
        keepLines: true,
        outlineLevel: 0,
      },
    },
    heading2: {
      run: { font: FONT, size: SIZE.heading, bold: true, color: '000000' },
      paragraph: {
        spacing: { before: mm(6), after: 0 },
        keepNext: true,
        keepLines: true,
        outlineLevel: 1,
      },
    },
  },
};
