/** The PDF's font sets, from `src/lib/pdf/fonts-plugin.mjs`; import them with `import()`. */
declare module 'virtual:pdf-fonts' {
  /** The font sets, smallest first: French only, then more scripts. */
  export const fontSets: readonly {
    /** « french », « latin », « greek-cyrillic », « european ». */
    name: string;
    /** Every character both faces of the set draw, for the coverage check before rendering. */
    covered: string;
    /** The set's two faces, in a chunk of their own, loaded on the first call. */
    load: () => Promise<{ regular: string; bold: string }>;
  }[];
}

/** One font set: DejaVu Sans regular and bold, subset, as base64 TrueType. */
declare module 'virtual:pdf-fonts/*' {
  /** DejaVuSans.ttf, subset, as base64. */
  export const regular: string;
  /** DejaVuSans-Bold.ttf, subset, as base64. */
  export const bold: string;
}

/** subset-font ships no types: the part the fonts plugin uses. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: {
      targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
      noHinting?: boolean;
      keepFeatures?: string[];
      dropTables?: string[];
    },
  ): Promise<Buffer>;
}
