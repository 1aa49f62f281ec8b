// Records set aside (quarantined) are kept exactly as they were read, whatever they hold: a
// Blob, bytes, or a value that is not JSON at all. `JSON.stringify` would write a Blob as `{}`
// and lose it, so binary values are written as their bytes in base64, with their type.

/** Marks a binary value in the downloaded file, so it can be turned back into bytes. */
export interface PortableBytes {
  /** `blob` for a Blob or File, `bytes` for an ArrayBuffer or a typed array. */
  $binary: 'blob' | 'bytes';
  /** Its MIME type (a Blob's `type`; empty when unknown). */
  type: string;
  /** Its length in bytes. */
  size: number;
  /** Its bytes, in base64. */
  base64: string;
}

/** The file's format name, so a reader knows what it holds. */
export const SET_ASIDE_FORMAT = 'lettres-de-mission-donnees-illisibles';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // By chunks: `String.fromCharCode(...bytes)` overflows the stack on large images.
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/** A Blob's bytes. */
export async function blobBytes(blob: Blob): Promise<Uint8Array> {
  // jsdom's Blob has no arrayBuffer(); Response reads any Blob.
  const buffer =
    typeof blob.arrayBuffer === 'function'
      ? await blob.arrayBuffer()
      : await new Response(blob).arrayBuffer();
  return new Uint8Array(buffer);
}

/** `value` with every Blob and byte array, however deep, replaced by its bytes in base64. */
export async function toPortable(value: unknown): Promise<unknown> {
  if (typeof Blob !== 'undefined' && value instanceof Blob) {
    const bytes = await blobBytes(value);
    const portable: PortableBytes = {
      $binary: 'blob',
      type: value.type,
      size: bytes.length,
      base64: toBase64(bytes),
    };
    return portable;
  }
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
    const bytes =
      value instanceof ArrayBuffer
        ? new Uint8Array(value)
        : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    const portable: PortableBytes = {
      $binary: 'bytes',
      type: '',
      size: bytes.length,
      base64: toBase64(bytes),
    };
    return portable;
  }
  if (Array.isArray(value)) return Promise.all(value.map(toPortable));
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const entries = await Promise.all(
      Object.entries(value).map(async ([key, inner]) => [key, await toPortable(inner)] as const),
    );
    // `fromEntries` defines properties: a `__proto__` key stays a plain data key.
    return Object.fromEntries(entries);
  }
  return value;
}

/** The text of the « données mises de côté » file: every record under its key, as it was. */
export async function setAsideFileText(
  records: readonly { key: string; raw: unknown }[],
  now: Date,
): Promise<string> {
  const portable = await Promise.all(
    records.map(async ({ key, raw }) => ({ key, raw: await toPortable(raw) })),
  );
  const file = { format: SET_ASIDE_FORMAT, exportedAt: now.toISOString(), records: portable };
  return `${JSON.stringify(file, null, 2)}\n`;
}
