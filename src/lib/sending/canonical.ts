import type { Letter } from '../schemas/letter';

/** JSON with every object's keys sorted: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}

/**
 * The letter as it is sent: what the head's saves and statuses change without changing what
 * the letter says (revision, save time, status and its history) is set to fixed values, so the
 * head's copy gives the same text, hence the same hash, for as long as its content is the
 * same. The history and the link to « Mon équipe » stay home (the head's own notes). The
 * parts' random ids (20 characters each, which no dictionary can guess) are numbered in the
 * order `createLetter` gives them (`i1`, `i2`…): a link is half as long. The letter's own id is
 * kept: the acknowledgment names it.
 */
export function sentForm(letter: Letter): Letter {
  let next = 0;
  const id = () => `i${(next += 1)}`;
  const items = <T extends { id: string }>(list: readonly T[]) =>
    list.map((item) => ({ ...item, id: id() }));
  return {
    ...letter,
    revision: 0,
    updatedAt: letter.createdAt,
    vu: items(letter.vu),
    preamble: items(letter.preamble),
    sections: letter.sections.map((section) => ({
      ...section,
      id: id(),
      blocks: section.blocks.map((block) =>
        block.type === 'paragraph'
          ? { ...block, id: id() }
          : { ...block, id: id(), items: items(block.items) },
      ),
    })),
    closing: items(letter.closing),
    signatures: items(letter.signatures),
    copies: items(letter.copies),
    status: 'remise',
    statusHistory: [],
    teamPersonId: null,
  };
}

/** The text a link holds for `letter`. */
export const sentJson = (letter: Letter): string => canonicalJson(sentForm(letter));

/** SHA-256 of `text` (UTF-8), in lower-case hex. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The hash that names the content of `letter` as sent: the return link carries it back. */
export const sentHash = (letter: Letter): Promise<string> => sha256Hex(sentJson(letter));
