import { zlibSync } from 'fflate';

/** A JSON file to embed in a PDF: its name (shown by viewers, `pdfdetach -list`) and text. */
export interface JsonAttachment {
  name: string;
  json: string;
}

/**
 * The fixed header of every embedded JSON stream this module writes. `backup/letter-from-pdf`
 * reads exactly this line back, so both sides change together.
 */
export const EMBEDDED_JSON_HEADER =
  '/Type /EmbeddedFile /Subtype /application#2Fjson /Filter /FlateDecode';

/** A file name safe to write in a PDF string as is (ASCII, no parenthesis nor backslash). */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(-120);
  return /^[A-Za-z0-9]/.test(cleaned) && cleaned.endsWith('.json') ? cleaned : 'lettre.json';
}

/** What the end of jsPDF's output says: where the last xref is, and the trailer's entries. */
function readTrailer(text: string) {
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  const trailerAt = text.lastIndexOf('trailer');
  const trailer = trailerAt >= 0 ? text.slice(trailerAt) : '';
  const size = /\/Size (\d+)/.exec(trailer);
  const root = /\/Root (\d+) 0 R/.exec(trailer);
  if (!startxref?.[1] || !size?.[1] || !root?.[1]) throw new Error('PDF trailer not found');
  const info = /\/Info \d+ 0 R/.exec(trailer)?.[0] ?? '';
  const id = /\/ID \[[^\]]*\]/.exec(trailer)?.[0] ?? '';
  return { prev: Number(startxref[1]), size: Number(size[1]), root: Number(root[1]), info, id };
}

/** The entries of the catalog object `root` (between its outer `<<` and `>>`). */
function catalogEntries(text: string, root: number): string {
  const start = text.lastIndexOf(`\n${root} 0 obj`);
  const end = text.indexOf('endobj', start);
  const body = start >= 0 && end > start ? text.slice(start, end) : '';
  const open = body.indexOf('<<');
  const close = body.lastIndexOf('>>');
  if (open < 0 || close <= open) throw new Error('PDF catalog not found');
  const entries = body.slice(open + 2, close).trim();
  // jsPDF never writes these: a second embedding would need a merge this module does not do.
  if (/\/(Names|AF)\b/.test(entries)) throw new Error('PDF catalog already has /Names or /AF');
  return entries;
}

/**
 * Embeds JSON files in a PDF written by jsPDF, as hybrid PDFs do (PDF 2.0 §7.11.4, §14.13):
 * each file a FlateDecode `/EmbeddedFile` stream of subtype application/json with its
 * `/Params /Size`, a `/Filespec` with `/F`, `/UF` and `/AFRelationship /Data`, listed in the
 * catalog's `/Names /EmbeddedFiles` tree and its `/AF` array. jsPDF has no API for it, so this
 * is a PDF incremental update (§7.5.6) appended to jsPDF's bytes, which stay untouched: new
 * objects, an xref section, and a trailer whose `/Prev` is the old xref and whose `/Root` is a
 * new catalog copying every entry of the old one (pages, structure tree, MarkInfo, Lang,
 * Metadata…) plus `/Names` and `/AF`. Names must be unique.
 */
export function embedJsonFiles(
  pdf: Uint8Array,
  files: readonly JsonAttachment[],
): Uint8Array<ArrayBuffer> {
  // One character per byte: offsets in the text are offsets in the file.
  const text = new TextDecoder('latin1').decode(pdf);
  const { prev, size, root, info, id } = readTrailer(text);
  const catalog = catalogEntries(text, root);
  const named = files.map((file) => ({ ...file, name: safeFileName(file.name) }));
  // The name tree's keys must be unique (§7.9.6).
  if (new Set(named.map((file) => file.name)).size !== named.length) {
    throw new Error('embedded file names must be unique');
  }
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = pdf.length;
  const push = (chunk: Uint8Array | string) => {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (body: string | (() => void)) => {
    offsets.push(length);
    const number = size + offsets.length - 1;
    if (typeof body === 'string') push(`${number} 0 obj\n${body}\nendobj\n`);
    else {
      push(`${number} 0 obj\n`);
      body();
      push('\nendobj\n');
    }
    return number;
  };
  push('\n');
  const specs = named.map((file) => {
    const raw = encoder.encode(file.json);
    const packed = zlibSync(raw, { level: 9 });
    const stream = object(() => {
      push(
        `<< ${EMBEDDED_JSON_HEADER} /Length ${packed.length} /Params << /Size ${raw.length} >> >>\n`,
      );
      push('stream\n');
      push(packed);
      push('\nendstream');
    });
    const spec = object(
      `<< /Type /Filespec /F (${file.name}) /UF (${file.name}) ` +
        `/EF << /F ${stream} 0 R /UF ${stream} 0 R >> /AFRelationship /Data >>`,
    );
    return { name: file.name, spec };
  });
  // The name tree's keys are sorted (§7.9.6); the streams stay in the order given, which is
  // the order a reader scanning the file meets the letters in.
  const sorted = [...specs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = sorted.map(({ name, spec }) => `(${name}) ${spec} 0 R`).join(' ');
  const refs = specs.map(({ spec }) => `${spec} 0 R`).join(' ');
  const newRoot = object(
    `<<\n${catalog}\n/Names << /EmbeddedFiles << /Names [${names}] >> >>\n/AF [${refs}]\n>>`,
  );
  const xref = length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
  push(`xref\n${size} ${offsets.length}\n${entries.join('')}`);
  push(
    `trailer\n<<\n/Size ${size + offsets.length}\n/Root ${newRoot} 0 R\n${info}\n${id}\n` +
      `/Prev ${prev}\n>>\nstartxref\n${xref}\n%%EOF\n`,
  );
  const out = new Uint8Array(length);
  out.set(pdf, 0);
  let at = pdf.length;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
