/**
 * Random ids for letters and their parts. `crypto.randomUUID` exists only in secure contexts,
 * and the site may be served over plain http on a school network: `getRandomValues` works there.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 20);
}

/**
 * Whether `id` is one `newId` made (20 lower-case letters and digits, at least one digit), not
 * a model's slug (« referent-decrochage-scolaire »): a letter written from a user's own model
 * names it by such an id, which says nothing to whoever reads a file name.
 */
export const isGeneratedId = (id: string): boolean => /^(?=.*\d)[0-9a-z]{20}$/.test(id);
