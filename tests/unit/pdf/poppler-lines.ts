import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One line of a page as poppler's `pdftotext -bbox-layout` finds it, in millimetres. */
export interface PopplerLine {
  /** 1-based page number. */
  page: number;
  text: string;
  /** Top and bottom of the line's box, from the top of the page. */
  top: number;
  bottom: number;
}

const MM_PER_PT = 25.4 / 72;

/**
 * The lines of a PDF file as poppler (not pdf.js) lays them out, with their boxes: how far apart
 * two printed lines really are, whatever drew them (our PDF, Chromium's print, LibreOffice's).
 */
export async function popplerLines(file: string): Promise<PopplerLine[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', file, '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines: PopplerLine[] = [];
  stdout
    .split(/<page\b/u)
    .slice(1)
    .forEach((page, index) => {
      for (const match of page.matchAll(
        /<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/gu,
      )) {
        const words = [...(match[3] ?? '').matchAll(/<word[^>]*>([^<]*)<\/word>/gu)].map((word) =>
          decode(word[1] ?? ''),
        );
        lines.push({
          page: index + 1,
          text: words.join(' '),
          top: Number(match[1]) * MM_PER_PT,
          bottom: Number(match[2]) * MM_PER_PT,
        });
      }
    });
  return lines;
}

/** The few XML entities pdftotext writes. */
function decode(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/**
 * The blank between the line that reads `title` and the first line below it, on the same page,
 * that reads `name` (a string: exactly; a pattern: matching), in millimetres; null when either is
 * missing. Whole lines are compared: « La principale du collège … à Madame Claire Dubois », the
 * addressee, is not the signature's title.
 */
export function gapBetween(
  lines: readonly PopplerLine[],
  title: string,
  name: string | RegExp,
): number | null {
  const reads = (line: PopplerLine, text: string | RegExp) =>
    typeof text === 'string' ? line.text === text : text.test(line.text);
  const above = lines.find((line) => reads(line, title));
  if (!above) return null;
  const below = lines.find(
    (line) => line.page === above.page && line.top > above.bottom && reads(line, name),
  );
  return below ? below.top - above.bottom : null;
}
