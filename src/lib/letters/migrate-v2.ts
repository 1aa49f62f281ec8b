/**
 * Version 2 → 3 of a stored letter. Version 3 adds where the letter stands in the campaign: a
 * letter written before is a draft with no history, linked to no one of « Mon équipe ». Pure:
 * returns a new record, never changes the one given.
 */
export function fromV2(raw: Record<string, unknown>): Record<string, unknown> {
  return { ...raw, schemaVersion: 3, status: 'brouillon', statusHistory: [], teamPersonId: null };
}
