import type { jsPDF } from 'jspdf';
import type { DocMeta } from '../../document/model';
import type { DrawOp } from '../page';
import { lowLevel, PDF_17_CATALOG_ENTRY, type LowLevel } from './low-level';
import { taggingEnabled } from './switch';
import { StructTree, type Box } from './tree';
import { writeStructTree } from './write-tree';
import { utf8Binary, xmpPacket } from './xmp';

/** What the renderer tells the tagger while it draws. */
export interface Tagger {
  /** The next ops belong to a new letter. */
  startPart(): void;
  /** Paints an op inside its marked content: tagged content, or an artifact. */
  draw(op: DrawOp, paint: () => void): void;
  /** The PDF's bytes, the structure and metadata written into it. */
  output(meta: Omit<DocMeta, 'fileName'>): ArrayBuffer;
}

/**
 * Tags what a jsPDF document draws, with nothing but jsPDF's low-level API: `BDC … EMC` around
 * each op (`/Artifact` for page furniture: page numbers, repeated table headers, borders and
 * frames, a draft's « BROUILLON »), then, while jsPDF builds the file, `/StructParents` on each page, the structure
 * tree and the XMP metadata as new objects, and their entries in the catalog.
 */
export function createTagger(pdf: jsPDF, enabled = taggingEnabled()): Tagger {
  if (!enabled) {
    return {
      startPart() {},
      draw: (_op, paint) => paint(),
      output: () => pdf.output('arraybuffer'),
    };
  }
  const internal = lowLevel(pdf);
  const tree = new StructTree();
  let meta: Omit<DocMeta, 'fileName'> | undefined;
  let written = { root: 0, metadata: 0 };
  // jsPDF's events swallow exceptions (logged only): keep the first, throw it after the output.
  let failure: unknown;
  const on = (topic: string, handler: (...args: never[]) => void) =>
    internal.events.subscribe(topic, (...args: never[]) => {
      try {
        handler(...args);
      } catch (error) {
        failure ??= error;
      }
    });

  on('putPage', (page: { pageNumber: number }) => {
    internal.write(`/StructParents ${page.pageNumber - 1} /Tabs /S`);
  });
  on('postPutResources', () => {
    written = { root: writeTree(internal, tree), metadata: writeMetadata(internal, meta) };
  });
  on('putCatalog', () => {
    internal.write(`/StructTreeRoot ${written.root} 0 R /Metadata ${written.metadata} 0 R`);
    internal.write('/MarkInfo << /Marked true >>');
    internal.write(PDF_17_CATALOG_ENTRY);
  });

  return {
    startPart: () => tree.startPart(),
    draw(op, paint) {
      const { pageNumber } = internal.getCurrentPageInfo();
      if (op.kind === 'text' && op.tag) {
        const mcid = tree.mark(pageNumber, op.tag);
        internal.write(`/${op.tag.at(-1)?.role ?? 'P'} <</MCID ${mcid}>> BDC`);
      } else if (op.kind === 'image' && op.tag) {
        const figure = { alt: op.alt ?? '', bbox: boxOf(op, internal) };
        const mcid = tree.mark(pageNumber, op.tag, figure);
        internal.write(`/Figure <</MCID ${mcid}>> BDC`);
      } else if (op.kind === 'mark') {
        // A draft's « BROUILLON »: a watermark (ISO 32000-1, 14.8.2.2.2), never read.
        internal.write('/Artifact <</Type /Pagination /Subtype /Watermark>> BDC');
      } else {
        const type = op.kind === 'text' ? 'Pagination' : 'Layout';
        internal.write(`/Artifact <</Type /${type}>> BDC`);
      }
      paint();
      internal.write('EMC');
    },
    output(properties) {
      meta = properties;
      const bytes = pdf.output('arraybuffer');
      if (failure !== undefined) throw failure;
      return bytes;
    },
  };
}

function writeTree(internal: LowLevel, tree: StructTree): number {
  return writeStructTree(
    tree,
    internal.getNumberOfPages(),
    (page) => internal.getPageInfo(page).objId,
    {
      reserve: () => internal.newObjectDeferred(),
      begin: (id) => internal.newObjectDeferredBegin(id, true),
      out: (line) => internal.write(line),
    },
  );
}

/** The XMP stream, left uncompressed as PDF/A and PDF/UA readers expect. */
function writeMetadata(internal: LowLevel, meta: Omit<DocMeta, 'fileName'> | undefined): number {
  const xmp = utf8Binary(xmpPacket(meta ?? { title: '', author: '', subject: '', language: '' }));
  const id = internal.newObjectDeferred();
  internal.newObjectDeferredBegin(id, true);
  internal.write(`<< /Type /Metadata /Subtype /XML /Length ${xmp.length} >>`);
  internal.write('stream');
  internal.write(xmp);
  internal.write('endstream');
  internal.write('endobj');
  return id;
}

/** An image op's box in PDF points, from its millimetres measured from the top left. */
function boxOf(op: Extract<DrawOp, { kind: 'image' }>, internal: LowLevel): Box {
  const k = internal.scaleFactor;
  const height = internal.pageSize.getHeight();
  return [op.x * k, (height - op.y - op.h) * k, (op.x + op.w) * k, (height - op.y) * k];
}
