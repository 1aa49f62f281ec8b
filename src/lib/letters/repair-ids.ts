import { isRecord } from '../schemas/is-record';
import { repairList, type RepairCounter } from '../schemas/unique-ids';

/**
 * Repeated ids inside a letter (two sections, two items of one list… with the same id) cannot
 * be edited: the editor keys each list by id. A record brought by a hand-edited backup or an
 * old bug is repaired here, before validation, by renaming the second and later copies
 * `<id>-2`, `<id>-3`… (deterministic, so reading the record twice gives the same letter).
 * Only ids change, never text. Pure: returns new objects, never changes the one given.
 */

/** Longest id kept before the `-n` suffix, so the result fits `idSchema` (64 characters). */
const BASE_LENGTH = 56;

/** The lists of a letter whose entries carry an id unique within the list. */
const topLists = ['vu', 'preamble', 'closing', 'copies', 'signatures'] as const;

/** A repeated letter id renamed `<id>-2`, cut so the result fits `idSchema` (64 characters). */
const rename = (id: string, n: number) => `${id.slice(0, BASE_LENGTH)}-${n}`;

/** One list of the letter with its repeated ids renamed. */
const repair = (list: unknown, counter: RepairCounter): unknown =>
  repairList(list, counter, rename);

function repairSection(section: unknown, counter: RepairCounter): unknown {
  if (!isRecord(section) || !Array.isArray(section['blocks'])) return section;
  const blocks = repair(section['blocks'], counter) as unknown[];
  return {
    ...section,
    blocks: blocks.map((block) =>
      isRecord(block) && Array.isArray(block['items'])
        ? { ...block, items: repair(block['items'], counter) }
        : block,
    ),
  };
}

/** The record with its repeated ids renamed, and how many ids were renamed (0: unchanged). */
export function repairDuplicateIds(raw: Record<string, unknown>): {
  record: Record<string, unknown>;
  repaired: number;
} {
  const counter: RepairCounter = { repaired: 0 };
  const record: Record<string, unknown> = { ...raw };
  for (const key of topLists) if (Object.hasOwn(raw, key)) record[key] = repair(raw[key], counter);
  if (Array.isArray(raw['sections'])) {
    const sections = repair(raw['sections'], counter) as unknown[];
    record['sections'] = sections.map((section) => repairSection(section, counter));
  }
  const imp = raw['imp'];
  if (isRecord(imp) && Array.isArray(imp['lines']))
    record['imp'] = { ...imp, lines: repair(imp['lines'], counter) };
  return counter.repaired === 0
    ? { record: raw, repaired: 0 }
    : { record, repaired: counter.repaired };
}
