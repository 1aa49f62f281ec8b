/**
 * A text string as PDF syntax for the objects written by hand (structure tree): a literal
 * `( … )` when it is printable ASCII, else a hex string of its UTF-16BE code units after the byte
 * order mark `FEFF` (ISO 32000-1, 7.9.2.2), so « ’ », U+00A0 and U+202F survive any reader and
 * nothing needs escaping.
 */
export function pdfString(text: string): string {
  if (/^[\u0020-\u007e]*$/.test(text)) return `(${text.replace(/[\\()]/g, '\\$&')})`;
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index += 1) {
    hex += text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${hex}>`;
}
