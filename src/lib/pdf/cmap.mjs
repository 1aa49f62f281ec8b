// @ts-check
/**
 * Reads which characters a TrueType font maps to a glyph, from its `cmap` table (format 4, the
 * Basic Multilingual Plane: every character a French letter uses). Written out here, a few
 * dozen lines, rather than relying on a transitive dependency (harfbuzzjs) of subset-font.
 */

/**
 * The characters of the Basic Multilingual Plane the font draws (glyph other than .notdef),
 * in code point order.
 * @param {Uint8Array} font  an SFNT (TrueType) file
 * @returns {string}
 */
export function mappedCharacters(font) {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = tableOffset(view, 'cmap');
  const subtable = unicodeSubtable(view, cmap);
  const segments = view.getUint16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  /** @type {number[]} */
  const codes = [];
  for (let segment = 0; segment < segments; segment += 1) {
    const end = view.getUint16(ends + segment * 2);
    const start = view.getUint16(starts + segment * 2);
    const delta = view.getUint16(deltas + segment * 2);
    const rangeAt = rangeOffsets + segment * 2;
    const rangeOffset = view.getUint16(rangeAt);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      // Format 4 maps either by a plain delta or through the glyph id array (spec: "cmap").
      const raw =
        rangeOffset === 0 ? code : view.getUint16(rangeAt + rangeOffset + (code - start) * 2);
      const glyph = rangeOffset !== 0 && raw === 0 ? 0 : (raw + delta) & 0xffff;
      if (glyph !== 0) codes.push(code);
    }
  }
  return String.fromCodePoint(...codes);
}

/**
 * Offset of a table in the file, from the table directory.
 * @param {DataView} view
 * @param {string} tag
 */
function tableOffset(view, tag) {
  const count = view.getUint16(4);
  for (let index = 0; index < count; index += 1) {
    const record = 12 + index * 16;
    const name = String.fromCharCode(...[0, 1, 2, 3].map((byte) => view.getUint8(record + byte)));
    if (name === tag) return view.getUint32(record + 8);
  }
  throw new Error(`font without a "${tag}" table`);
}

/**
 * Offset of the Windows Unicode BMP (3, 1) or Unicode (0, *) subtable in format 4.
 * @param {DataView} view
 * @param {number} cmap
 */
function unicodeSubtable(view, cmap) {
  const count = view.getUint16(cmap + 2);
  for (let index = 0; index < count; index += 1) {
    const record = cmap + 4 + index * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const subtable = cmap + view.getUint32(record + 4);
    const unicode = platform === 0 || (platform === 3 && encoding === 1);
    if (unicode && view.getUint16(subtable) === 4) return subtable;
  }
  throw new Error('font without a Unicode cmap subtable in format 4');
}
