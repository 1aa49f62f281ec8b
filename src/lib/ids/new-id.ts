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
