import { pdfString } from './pdf-string';
import {
  isElement,
  node as element,
  type MarkedContent,
  type StructNode,
  type StructTree,
} from './tree';

/** The part of jsPDF's low-level API that writes whole objects while the file is built. */
export interface ObjectWriter {
  /** A new object number, its object written later with `begin`. */
  reserve(): number;
  /** Starts writing the object `id` (`id 0 obj`). */
  begin(id: number): void;
  out(line: string): void;
}

/** An element with the numbers of its object and of its parent's. */
interface Placed {
  node: StructNode;
  id: number;
  parent: number;
}

const ref = (id: number) => `${id} 0 R`;

/**
 * Writes the structure tree: the `StructTreeRoot`, a `Document` element holding the letter's
 * elements (or one `Part` per letter when the PDF holds several), every element with its
 * parent, its page and its kids, and the `ParentTree` that maps each page's MCIDs back to their
 * elements (key: the page's `StructParents`, its index from 0). Gives the root's number.
 */
export function writeStructTree(
  tree: StructTree,
  pageCount: number,
  pageId: (page: number) => number,
  writer: ObjectWriter,
): number {
  const root = writer.reserve();
  const parentTree = writer.reserve();
  // One letter: its elements right under `Document`, unless content hangs on the part itself.
  const [only, ...more] = tree.parts;
  const top = only && more.length === 0 && only.kids.every(isElement) ? only.kids : tree.parts;
  const placed: Placed[] = [];
  const ids = new Map<StructNode, number>();
  const place = (node: Placed['node'], parent: number) => {
    const id = writer.reserve();
    placed.push({ node, id, parent });
    ids.set(node, id);
    for (const kid of node.kids) if (isElement(kid)) place(kid, id);
  };
  place({ ...element('Document'), kids: [...top] }, root);

  for (const { node, id, parent } of placed) writeElement(node, id, parent, ids, pageId, writer);

  writer.begin(parentTree);
  const nums: string[] = [];
  for (let page = 1; page <= pageCount; page += 1) {
    const marks = tree.marksOn(page).map((node) => ref(ids.get(node) ?? 0));
    nums.push(`${page - 1} [${marks.join(' ')}]`);
  }
  writer.out(`<< /Nums [${nums.join(' ')}] >>`);
  writer.out('endobj');

  writer.begin(root);
  const document = placed[0]?.id ?? 0;
  writer.out(`<< /Type /StructTreeRoot /K [${ref(document)}] /ParentTree ${ref(parentTree)}`);
  writer.out(`/ParentTreeNextKey ${pageCount} >>`);
  writer.out('endobj');
  return root;
}

function writeElement(
  node: Placed['node'],
  id: number,
  parent: number,
  ids: ReadonlyMap<StructNode, number>,
  pageId: (page: number) => number,
  writer: ObjectWriter,
): void {
  const first = node.kids.find((kid): kid is MarkedContent => !isElement(kid));
  const kids = node.kids.map((kid) => {
    if (isElement(kid)) return ref(ids.get(kid) ?? 0);
    if (kid.page === first?.page) return String(kid.mcid);
    return `<< /Type /MCR /Pg ${ref(pageId(kid.page))} /MCID ${kid.mcid} >>`;
  });
  const entries = [`/Type /StructElem /S /${node.role} /P ${ref(parent)}`];
  if (first) entries.push(`/Pg ${ref(pageId(first.page))}`);
  entries.push(`/K [${kids.join(' ')}]`);
  if (node.alt !== undefined) entries.push(`/Alt ${pdfString(node.alt)}`);
  if (node.bbox) {
    const box = node.bbox.map((value) => value.toFixed(2)).join(' ');
    entries.push(`/A << /O /Layout /Placement /Block /BBox [${box}] >>`);
  }
  if (node.role === 'TH') entries.push('/A << /O /Table /Scope /Column >>');
  writer.begin(id);
  writer.out(`<< ${entries.join('\n')} >>`);
  writer.out('endobj');
}
