import { isRecord } from '../schemas/is-record';

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

interface Counter {
  repaired: number;
}

/** The list with repeated ids renamed; entries that are not objects with a string id are kept. */
function repairList(list: unknown, counter: Counter): unknown {
  if (!Array.isArray(list)) return list;
  const used = new Set<string>();
  for (const entry of list)
    if (isRecord(entry) && typeof entry['id'] === 'string') used.add(entry['id']);
  const seen = new Set<string>();
  return list.map((entry: unknown) => {
    if (!isRecord(entry) || typeof entry['id'] !== 'string') return entry;
    const id = entry['id'];
    if (!seen.has(id)) {
      seen.add(id);
      return entry;
    }
    const base = id.slice(0, BASE_LENGTH);
    let n = 2;
    while (used.has(`${base}-${n}`)) n += 1;
    const fresh = `${base}-${n}`;
    used.add(fresh);
    seen.add(fresh);
    counter.repaired += 1;
    return { ...entry, id: fresh };
  });
}

function repairSection(section: unknown, counter: Counter): unknown {
  if (!isRecord(section) || !Array.isArray(section['blocks'])) return section;
  const blocks = repairList(section['blocks'], counter) as unknown[];
  return {
    ...section,
    blocks: blocks.map((block) =>
      isRecord(block) && Array.isArray(block['items'])
        ? { ...block, items: repairList(block['items'], counter) }
        : block,
    ),
  };
}

/** The record with its repeated ids renamed, and how many ids were renamed (0: unchanged). */
export function repairDuplicateIds(raw: Record<string, unknown>): {
  record: Record<string, unknown>;
  repaired: number;
} {
  const counter: Counter = { repaired: 0 };
  const record: Record<string, unknown> = { ...raw };
  for (const key of topLists)
    if (Object.hasOwn(raw, key)) record[key] = repairList(raw[key], counter);
  if (Array.isArray(raw['sections'])) {
    const sections = repairList(raw['sections'], counter) as unknown[];
    record['sections'] = sections.map((section) => repairSection(section, counter));
  }
  const imp = raw['imp'];
  if (isRecord(imp) && Array.isArray(imp['lines']))
    record['imp'] = { ...imp, lines: repairList(imp['lines'], counter) };
  return counter.repaired === 0
    ? { record: raw, repaired: 0 }
    : { record, repaired: counter.repaired };
}
