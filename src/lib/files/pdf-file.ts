/**
 * Whether a chosen or dropped file is to be read as a PDF (by its type, else its name): the
 * import reads it for the letter it carries, a backup otherwise. Its bytes are checked after.
 */
export function isPdfFile(file: { readonly name: string; readonly type: string }): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}
