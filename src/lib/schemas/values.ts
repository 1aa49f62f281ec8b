/**
 * A blank's value, by field id. A field id may also name a member of `Object.prototype`
 * (« constructor », « hasOwnProperty »: the id rule allows them, and models or backups may bring
 * them): `values[id]` would then return a function, so only the record's own keys count.
 */
export function valueOf(values: Readonly<Record<string, string>>, id: string): string {
  return Object.hasOwn(values, id) ? (values[id] ?? '') : '';
}

/** Like {@link valueOf}, but undefined when the record has no value for the blank. */
export function ownValue(values: Readonly<Record<string, string>>, id: string): string | undefined {
  return Object.hasOwn(values, id) ? values[id] : undefined;
}
