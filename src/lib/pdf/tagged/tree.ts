import type { StructRole, StructStep } from './roles';

/** A marked-content sequence of a page: the MCID its `BDC` carries. */
export interface MarkedContent {
  page: number;
  mcid: number;
}

/** A box in PDF points, origin at the bottom left: [left, bottom, right, top]. */
export type Box = readonly [number, number, number, number];

/** A structure element being built: its kids in reading order, elements and marked content. */
export interface StructNode {
  role: StructRole | 'Part' | 'Document';
  kids: (StructNode | MarkedContent)[];
  /** Alternative text (a figure's). */
  alt?: string;
  /** Where a figure is painted (its `/BBox` layout attribute). */
  bbox?: Box;
  /** Kids that are elements, by `role#key`, to find them again. */
  byKey: Map<string, StructNode>;
}

/** What a figure adds to its element. */
export interface FigureAttributes {
  alt: string;
  bbox: Box;
}

export const node = (role: StructNode['role']): StructNode => ({
  role,
  kids: [],
  byKey: new Map(),
});

export const isElement = (kid: StructNode | MarkedContent): kid is StructNode => 'role' in kid;

/**
 * The structure tree as the drawing goes: each drawn text or image is marked under the element
 * its steps name, elements are made the first time they are met, so the tree's order is the
 * drawing order, the layout's reading order. One `Part` per letter of the PDF.
 */
export class StructTree {
  readonly parts: StructNode[] = [];
  /** Per page, the element of each MCID, in MCID order (the page's ParentTree entry). */
  private readonly pages = new Map<number, StructNode[]>();

  /** Opens the part of the next letter. */
  startPart(): void {
    this.parts.push(node('Part'));
  }

  /** Marks content drawn on `page` under the element `path` leads to; gives its MCID. */
  mark(page: number, path: readonly StructStep[], figure?: FigureAttributes): number {
    if (this.parts.length === 0) this.startPart();
    let element = this.parts[this.parts.length - 1] as StructNode;
    for (const step of path) {
      const key = `${step.role}#${step.key}`;
      let kid = element.byKey.get(key);
      if (!kid) {
        kid = node(step.role);
        element.byKey.set(key, kid);
        element.kids.push(kid);
      }
      element = kid;
    }
    if (figure) Object.assign(element, figure);
    const marks = this.pages.get(page) ?? [];
    this.pages.set(page, marks);
    const mcid = marks.length;
    marks.push(element);
    element.kids.push({ page, mcid });
    return mcid;
  }

  /** The elements of a page's marked content, indexed by MCID (empty for an unmarked page). */
  marksOn(page: number): readonly StructNode[] {
    return this.pages.get(page) ?? [];
  }
}
