import { wrapText } from './wrap';
import type { StructStep } from './tagged/roles';
import { baseline, lineHeight, type DrawOp, type Measure, type TextStyle } from './page';

/**
 * A horizontal slice of the flow that pagination never cuts: a line of text, a table row, the
 * signatures. Its ops are placed with `y` relative to the slice's top.
 */
export interface Row {
  height: number;
  /** Space above the row, dropped when the row opens a page. */
  spaceBefore: number;
  ops: DrawOp[];
  /** How many following rows must share this row's page (headings, orphans, table header). */
  keepWithNext: number;
  /**
   * How many following rows share this row's page as long as that costs no page (a table kept
   * whole): the first rule given up.
   */
  keepIfRoom?: number;
  /** Rows drawn again above this one when it opens a page (a table's header). */
  repeat?: Row[];
  /**
   * What the row holds, for what a page may not hold alone: a line of text, or a part of the
   * letter's foot (the signatures, the copy list).
   */
  part?: 'line' | 'signatures' | 'copies';
  /** The row opens a unit of text: a paragraph, a list item, a table row. */
  opens?: true;
}

/** Where and how a run of text lines goes. */
export interface LineSpec {
  style: TextStyle;
  /** Left edge of the text column. */
  x: number;
  width: number;
  align?: 'left' | 'right' | 'center';
  /** Space above the first line. */
  spaceBefore?: number;
  /** Elements of the lines below their block's (none: the block's own text). */
  tag?: readonly StructStep[];
}

/** The text op of one line, `top` being the top of its line box. */
export function lineOp(line: string, top: number, spec: LineSpec): DrawOp {
  const { style, x, width, align = 'left', tag = [] } = spec;
  const anchor = align === 'left' ? x : align === 'right' ? x + width : x + width / 2;
  const op: DrawOp = {
    kind: 'text',
    x: anchor,
    y: top + baseline(style),
    text: line,
    font: style.font,
    size: style.size,
    tag,
  };
  return align === 'left' ? op : { ...op, align };
}

/**
 * One row per wrapped line. Keeps the first two lines together and the last two (no orphan,
 * no widow), so a paragraph of two lines never splits.
 */
export function textRows(text: string, spec: LineSpec, measure: Measure): Row[] {
  const lines = wrapText(text, spec.width, spec.style, measure);
  const height = lineHeight(spec.style);
  return lines.map((line, index) => ({
    height,
    spaceBefore: index === 0 ? (spec.spaceBefore ?? 0) : 0,
    ops: line === '' ? [] : [lineOp(line, 0, spec)],
    keepWithNext: lines.length > 1 && (index === 0 || index === lines.length - 2) ? 1 : 0,
    part: 'line' as const,
    ...(index === 0 ? { opens: true as const } : {}),
  }));
}

/** The same ops moved down by `dy` millimetres. */
export function shiftOps(ops: readonly DrawOp[], dy: number): DrawOp[] {
  return ops.map((op) => {
    if (op.kind === 'line') return { ...op, y1: op.y1 + dy, y2: op.y2 + dy };
    return { ...op, y: op.y + dy };
  });
}

/** Rows that stay on one page together: each one keeps all the rows after it. */
export function keepTogether(rows: Row[]): Row[] {
  return rows.map((row, index) => ({ ...row, keepWithNext: rows.length - 1 - index }));
}

/**
 * The rows' ops inside the element `step` (a block's): every tagged op gets it as its outermost
 * element; furniture stays untagged.
 */
export function withinElement(rows: readonly Row[], step: StructStep): Row[] {
  return rows.map((row) => ({
    ...row,
    ops: row.ops.map((op) =>
      (op.kind === 'text' || op.kind === 'image') && op.tag
        ? { ...op, tag: [step, ...op.tag] }
        : op,
    ),
  }));
}

/** The same rows as page furniture, drawn again but read once (a table's repeated header). */
export function asArtifacts(rows: readonly Row[]): Row[] {
  return rows.map((row) => ({
    ...row,
    ops: row.ops.map((op) => {
      if (op.kind !== 'text') return op;
      const { tag, ...furniture } = op;
      return tag ? furniture : op;
    }),
  }));
}
