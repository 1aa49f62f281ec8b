import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text as pdf.js places it: its text and the height of its baseline, in points. */
export interface PlacedText {
  text: string;
  /** From the bottom of the page, as PDF measures it. */
  y: number;
}

/** The text runs of each page with their baselines, as pdf.js's text layer gives them. */
export async function readBaselines(bytes: Uint8Array): Promise<PlacedText[][]> {
  // pdf.js detaches the buffer it is given: hand it a copy.
  const pdf = await getDocument({ data: bytes.slice(0), verbosity: 0 }).promise;
  const pages: PlacedText[][] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [{ text: item.str, y: Number(item.transform[5]) }]
          : [],
      ),
    );
  }
  await pdf.destroy();
  return pages;
}
