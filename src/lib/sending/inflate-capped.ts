/** The most a link may inflate to: a letter is a few kB; a forged link must not fill memory. */
export const MAX_INFLATED = 1_000_000;

/** Compressed bytes given to the inflater at a time: one push can grow at most ~1 000 times. */
const STEP = 512;

/**
 * Raw DEFLATE data inflated (with `dictionary` when given), or null when it is damaged or
 * inflates past `max`: the output is counted as it comes, before anything is parsed.
 */
export async function inflateCapped(
  packed: Uint8Array,
  dictionary?: Uint8Array,
  max = MAX_INFLATED,
): Promise<Uint8Array | null> {
  const { Inflate } = await import('fflate');
  const chunks: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  const inflater = new Inflate(dictionary ? { dictionary } : {}, (chunk, final) => {
    size += chunk.length;
    if (size > max) throw new RangeError('too large');
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    for (let at = 0; at < packed.length; at += STEP) {
      const last = at + STEP >= packed.length;
      inflater.push(packed.subarray(at, at + STEP), last);
    }
    if (packed.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    return null;
  }
  if (!ended) return null;
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
