import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A node of pdf.js's structure tree of a page (`page.getStructTree()`). */
interface TreeNode {
  role?: string;
  alt?: string;
  bbox?: number[];
  children?: TreeNode[];
  type?: string;
  id?: string;
}

/** An element as a reader reaches it: its roles from `Document` down, its text, its alt text. */
export interface TaggedText {
  path: string;
  text: string;
  alt?: string;
  bbox?: number[];
}

/** A text item of a page and the marked content around it, innermost last. */
export interface MarkedItem {
  text: string;
  marks: { tag: string; id: string | null }[];
}

export interface TagReading {
  /** Every element holding content, in the tree's order, page after page. */
  elements: TaggedText[];
  /** Every non-empty text item of every page, in the content's order. */
  items: MarkedItem[];
  markInfo: { Marked?: boolean } | null;
  language: unknown;
  displayDocTitle: unknown;
  metadata: Map<string, unknown>;
}

/** Reads a PDF's tags back with pdf.js (the copy is pdf.js's: it detaches what it is given). */
export async function readTags(bytes: Uint8Array): Promise<TagReading> {
  const pdf = await getDocument({ data: bytes.slice(0), verbosity: 0 }).promise;
  const elements: TaggedText[] = [];
  const items: MarkedItem[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const texts = new Map<string, string>();
    const stack: MarkedItem['marks'] = [];
    for (const item of content.items) {
      if ('str' in item) {
        const id = stack.at(-1)?.id;
        if (id) texts.set(id, `${texts.get(id) ?? ''}${item.str}${item.hasEOL ? ' ' : ''}`);
        if (item.str.trim() !== '') items.push({ text: item.str, marks: [...stack] });
      } else if (item.type === 'endMarkedContent') stack.pop();
      else {
        // pdf.js gives the tag (`P`, `Artifact`) though its types leave it out.
        const tag = 'tag' in item && typeof item.tag === 'string' ? item.tag : '';
        stack.push({ tag, id: item.id ?? null });
      }
    }
    const tree = (await page.getStructTree()) as TreeNode | null;
    walk(tree?.children ?? [], [], texts, elements);
  }
  const { info, metadata } = await pdf.getMetadata();
  const markInfo = await pdf.getMarkInfo();
  const preferences = (await pdf.getViewerPreferences()) as Record<string, unknown> | null;
  await pdf.destroy();
  return {
    elements,
    items,
    markInfo,
    language: (info as Record<string, unknown>)['Language'],
    displayDocTitle: preferences?.['DisplayDocTitle'],
    metadata: new Map(metadata ? [...metadata] : []),
  };
}

/** Elements with content, depth first; the text of each is that of its own marked content. */
function walk(
  nodes: readonly TreeNode[],
  path: readonly string[],
  texts: ReadonlyMap<string, string>,
  out: TaggedText[],
): void {
  for (const node of nodes) {
    if (node.type === 'content') continue;
    const here = [...path, node.role ?? '?'];
    const own = (node.children ?? []).filter((kid) => kid.type === 'content');
    if (own.length > 0) {
      const text = own.map((kid) => texts.get(kid.id ?? '') ?? '').join(' ');
      out.push({
        path: here.join('/'),
        text: text.replace(/\s+/g, ' ').trim(),
        ...(node.alt === undefined ? {} : { alt: node.alt }),
        ...(node.bbox === undefined ? {} : { bbox: node.bbox }),
      });
    }
    walk(node.children ?? [], here, texts, out);
  }
}

/** The last role of a path. */
export const roleOf = (element: TaggedText) => element.path.split('/').at(-1);
