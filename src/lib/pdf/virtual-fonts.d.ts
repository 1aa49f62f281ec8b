/** DejaVu Sans subset to French, from `src/lib/pdf/fonts-plugin.mjs`; import it with `import()`. */
declare module 'virtual:pdf-fonts' {
  /** DejaVuSans.ttf, subset, as base64. */
  export const regular: string;
  /** DejaVuSans-Bold.ttf, subset, as base64. */
  export const bold: string;
  /** Every character both fonts draw, for the coverage check before rendering. */
  export const covered: string;
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
