import type { DocBlock } from '../document/model';
import type { Letter } from '../schemas/letter';

/**
 * Which part of the form a control belongs to, as its `data-preview` attribute says: the
 * letterhead, the title, the blanks, the « Vu » lines, the introduction, a section
 * (`section:<id>`), the conclusion, the IMP block or the copies.
 */
export type PreviewRegion = string;

const filled = (text: string) => text.trim() !== '';

/** Compares texts as typed and as typeset: no-break spaces, ’ and case do not matter. */
function fold(text: string): string {
  return text
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Every text a block prints, in one string. */
function textOf(block: DocBlock): string {
  switch (block.kind) {
    case 'letterhead':
      return [...block.sender, block.placeDate].join(' ');
    case 'vu':
    case 'copies':
      return block.lines.join(' ');
    case 'list':
      return block.items.join(' ');
    case 'table':
      return [block.caption, ...block.columns, ...block.rows.flat()].join(' ');
    case 'signatures':
      return block.blocks
        .flatMap((signature) => [signature.caption, ...signature.lines, signature.name ?? ''])
        .join(' ');
    default:
      return block.text;
  }
}

/** The first block of the first of `kinds` the letter prints (fallbacks in order). */
function preferred(blocks: readonly DocBlock[], kinds: readonly DocBlock['kind'][]) {
  for (const kind of kinds) {
    const index = firstOf(blocks, [kind]);
    if (index !== null) return index;
  }
  return null;
}

/** The first block of any of `kinds`. */
const firstOf = (blocks: readonly DocBlock[], kinds: readonly DocBlock['kind'][]) => {
  const index = blocks.findIndex((block) => kinds.includes(block.kind));
  return index === -1 ? null : index;
};

/**
 * The heading printed for the section `sectionId`: sections print a heading when they have a
 * title and some text, so it is the n-th heading, n counting such sections before it.
 */
function sectionHeading(blocks: readonly DocBlock[], letter: Letter, sectionId: string) {
  const printsHeading = (section: Letter['sections'][number]) =>
    filled(section.title) &&
    section.blocks.some((block) =>
      block.type === 'paragraph' ? filled(block.text) : block.items.some((i) => filled(i.text)),
    );
  const position = letter.sections.findIndex((section) => section.id === sectionId);
  const section = letter.sections[position];
  if (!section || !printsHeading(section)) return null;
  const before = letter.sections.slice(0, position).filter(printsHeading).length;
  const headings = blocks.flatMap((block, index) => (block.kind === 'heading' ? [index] : []));
  return headings[before] ?? null;
}

/** The first paragraph of the conclusion: the last paragraphs before the IMP table and below. */
function closingStart(blocks: readonly DocBlock[], letter: Letter): number | null {
  const end = firstOf(blocks, ['table', 'signatures', 'copies']) ?? blocks.length;
  const count = letter.closing.filter((item) => filled(item.text)).length;
  if (count === 0) return end < blocks.length ? end : null;
  return end - count;
}

/**
 * The index of the preview block to show while the user edits a control of `region` holding
 * `value`, or null to leave the preview where it is. Blocks are matched by kind and order, as
 * `toDocument` lays them out; a blank's value is found by its text, wherever it is printed.
 */
export function previewBlockIndex(
  blocks: readonly DocBlock[],
  letter: Letter,
  region: PreviewRegion,
  value: string,
): number | null {
  if (region.startsWith('section:')) {
    return sectionHeading(blocks, letter, region.slice('section:'.length));
  }
  switch (region) {
    case 'letterhead':
      return firstOf(blocks, ['letterhead']);
    case 'title':
      return firstOf(blocks, ['title']);
    case 'vu':
      return preferred(blocks, ['vu', 'subtitle', 'title']);
    case 'preamble':
      return firstOf(blocks, ['paragraph', 'heading', 'list']);
    case 'closing':
      return closingStart(blocks, letter);
    case 'imp':
      return firstOf(blocks, ['table']);
    case 'copies':
      return firstOf(blocks, ['copies']);
    case 'fields': {
      const wanted = fold(value);
      if (wanted === '') return null;
      const index = blocks.findIndex((block) => fold(textOf(block)).includes(wanted));
      return index === -1 ? null : index;
    }
    default:
      return null;
  }
}
