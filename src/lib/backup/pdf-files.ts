import { unzlibSync } from 'fflate';
import { EMBEDDED_JSON_HEADER } from '../pdf/embedded-letter';
import { BACKUP_MAX_BYTES, BACKUP_MAX_LETTERS } from '../schemas/backup';

/** The JSON texts embedded in a PDF made by the site, or why there are none. */
export type EmbeddedJson =
  { ok: true; texts: string[] } | { ok: false; reason: 'none' | 'damaged' };

const escaped = EMBEDDED_JSON_HEADER.replace(/[/#]/g, '\\$&');
/**
 * The head of an embedded JSON stream exactly as `pdf/embedded-letter.ts` writes it. Bounded
 * digits and no nested repetition: the scan stays linear on any input.
 */
const STREAM = new RegExp(
  `${escaped} /Length (\\d{1,9}) /Params << /Size (\\d{1,9}) >> >>\\r?\\nstream\\r?\\n`,
  'g',
);
/** The end of the file as the site's update writes it: where its xref section starts. */
const END = /startxref\s+(\d{1,10})\s+%%EOF\s*$/;

/** Adler-32 of the data (RFC 1950): fflate does not check the zlib stream's own checksum. */
function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let start = 0; start < data.length; start += 5552) {
    const end = Math.min(start + 5552, data.length);
    for (let index = start; index < end; index += 1) {
      a += data[index] ?? 0;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** The stream's text, or null when it does not inflate to exactly `size` checked bytes. */
function inflate(packed: Uint8Array, size: number): string | null {
  try {
    // One byte more than announced: a stream inflating to more is caught, never grown.
    const out = unzlibSync(packed, { out: new Uint8Array(size + 1) });
    if (out.length !== size || packed.length < 6) return null;
    const tail = packed.subarray(-4);
    const sum =
      (((tail[0] ?? 0) << 24) | ((tail[1] ?? 0) << 16) | ((tail[2] ?? 0) << 8) | (tail[3] ?? 0)) >>>
      0;
    if (sum !== adler32(out)) return null;
    return new TextDecoder('utf-8', { fatal: true }).decode(out);
  } catch {
    return null;
  }
}

/**
 * Finds the JSON files the site embeds in its PDFs (`pdf/embedded-letter.ts`), by a direct scan
 * for the streams it writes, then reads `/Length` bytes and inflates them. The bytes are hostile:
 * sizes are capped (each file and all together under a backup's largest size, at most as many
 * files as a backup has letters), a stream must lie whole before the final xref the site's update
 * ends with (a PDF cut anywhere after its start is `damaged`), must inflate to exactly its
 * announced size and checksum, and must be UTF-8. `none`: the PDF holds no such file.
 */
export function embeddedJson(bytes: Uint8Array): EmbeddedJson {
  // One character per byte: offsets in the text are offsets in the file.
  const text = new TextDecoder('latin1').decode(bytes);
  const found: { start: number; length: number; size: number }[] = [];
  let total = 0;
  for (const match of text.matchAll(STREAM)) {
    const length = Number(match[1]);
    const size = Number(match[2]);
    total += size;
    if (found.length >= BACKUP_MAX_LETTERS || total > BACKUP_MAX_BYTES) {
      return { ok: false, reason: 'damaged' };
    }
    found.push({ start: match.index + match[0].length, length, size });
  }
  if (found.length === 0) return { ok: false, reason: 'none' };
  const xref = Number(END.exec(text.slice(-64))?.[1] ?? -1);
  const last = found.at(-1);
  if (!last || xref < last.start + last.length || !text.startsWith('xref', xref)) {
    return { ok: false, reason: 'damaged' };
  }
  const texts: string[] = [];
  for (const { start, length, size } of found) {
    const json = inflate(bytes.subarray(start, start + length), size);
    if (json === null) return { ok: false, reason: 'damaged' };
    texts.push(json);
  }
  return { ok: true, texts };
}
