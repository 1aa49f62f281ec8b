/** The bytes of list files as spreadsheets write them, for the list readers' tests. */

/** `text` as Excel's « Texte Unicode » writes it: UTF-16 with its byte order mark. */
export function utf16(text: string, endian: 'le' | 'be'): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let index = 0; index < text.length; index += 1)
    view.setUint16(2 + index * 2, text.charCodeAt(index), endian === 'le');
  return bytes;
}

/** The first bytes of an `.xlsx` or `.ods` file (a ZIP archive), then some of its content. */
export const zipped = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);

/** The first bytes of an old `.xls` file (an OLE compound file). */
export const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00, 0x00]);
