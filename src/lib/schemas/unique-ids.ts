import { z } from 'zod';
import { formatPath } from './field-path';
import { isRecord } from './is-record';

/** Anything with an id, as the letter's lists hold. */
interface WithId {
  id: string;
}

/** The parts of a letter whose entries must not repeat an id (the editor keys them by id). */
interface LetterLists {
  fields: WithId[];
  vu: WithId[];
  preamble: WithId[];
  closing: WithId[];
  copies: WithId[];
  signatures: WithId[];
  sections: (WithId & { blocks: (WithId & { items?: WithId[] })[] })[];
  imp: { lines: WithId[] } | null;
}

/** Reports each entry of `list` whose id an earlier entry already has. */
function checkList(list: readonly WithId[], path: (string | number)[], ctx: z.RefinementCtx) {
  const first = new Map<string, number>();
  list.forEach(({ id }, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) return void first.set(id, index);
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: [...path, index, 'id'],
      message: `identifiant «\u00a0${id}\u00a0» déjà utilisé par ${formatPath([...path, earlier])}`,
    });
  });
}

/**
 * Refuses a letter repeating an id within one of its lists: such a letter would never open.
 * Records read from storage or a backup are repaired before this (`letters/repair-ids.ts`).
 */
export function refuseDuplicateIds(letter: LetterLists, ctx: z.RefinementCtx): void {
  for (const key of ['fields', 'vu', 'preamble', 'closing', 'copies', 'signatures'] as const)
    checkList(letter[key], [key], ctx);
  checkList(letter.sections, ['sections'], ctx);
  letter.sections.forEach((section, s) => {
    checkList(section.blocks, ['sections', s, 'blocks'], ctx);
    section.blocks.forEach((block, b) => {
      if (block.items) checkList(block.items, ['sections', s, 'blocks', b, 'items'], ctx);
    });
  });
  if (letter.imp) checkList(letter.imp.lines, ['imp', 'lines'], ctx);
}

/** Counts the ids `repairList` renamed, over all the lists of one record. */
export interface RepairCounter {
  repaired: number;
}

/**
 * The list with repeated ids renamed, for a record brought by a file or from storage: the first
 * entry keeps its id, the second and later ones get `rename(id, n)` for the smallest n ≥ 2 not
 * already used in the list (deterministic, so reading the record twice gives the same result).
 * Only ids change; entries that are not objects with a string id are kept as they are. Pure.
 */
export function repairList(
  list: unknown,
  counter: RepairCounter,
  rename: (id: string, n: number) => string,
): unknown {
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
    let n = 2;
    while (used.has(rename(id, n))) n += 1;
    const fresh = rename(id, n);
    used.add(fresh);
    seen.add(fresh);
    counter.repaired += 1;
    return { ...entry, id: fresh };
  });
}
