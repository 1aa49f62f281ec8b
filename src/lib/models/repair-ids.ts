import { isRecord } from '../schemas/is-record';
import { repairList, type RepairCounter } from '../schemas/unique-ids';

/**
 * Repeated ids inside a model (two IMP columns, two fields, two sections with the same id) are
 * repaired as a letter's are (`letters/repair-ids.ts`, same `repairList`): a letter made from
 * such a model would repeat the ids, and its editor, which keys each list by id, would never
 * open. The second and later copies are renamed `<id>2`, `<id>3`… (a model's ids are camelCase,
 * `fieldIdSchema`); a text naming `{id}` keeps naming the first. Only ids change, never text.
 * Pure: returns new objects, never changes the one given.
 */

const rename = (id: string, n: number) => `${id}${n}`;

/** The model (`letterTypeSchema`'s input) with its repeated ids renamed, and how many were. */
export function repairModelIds(raw: Record<string, unknown>): {
  model: Record<string, unknown>;
  repaired: number;
} {
  const counter: RepairCounter = { repaired: 0 };
  const model: Record<string, unknown> = { ...raw };
  for (const key of ['fields', 'sections'] as const)
    if (Array.isArray(raw[key])) model[key] = repairList(raw[key], counter, rename);
  const imp = raw['imp'];
  if (isRecord(imp) && Array.isArray(imp['columns']))
    model['imp'] = { ...imp, columns: repairList(imp['columns'], counter, rename) };
  return counter.repaired === 0
    ? { model: raw, repaired: 0 }
    : { model, repaired: counter.repaired };
}

/**
 * A user model record (stored, in a backup or a file) with its model's repeated ids renamed.
 * Anything that is not a record holding a model object is given back as it is.
 */
export function repairUserModelIds(raw: unknown): { record: unknown; repaired: number } {
  if (!isRecord(raw) || !isRecord(raw['model'])) return { record: raw, repaired: 0 };
  const { model, repaired } = repairModelIds(raw['model']);
  return repaired === 0 ? { record: raw, repaired } : { record: { ...raw, model }, repaired };
}
