import { TextRun, type IRunOptions } from 'docx';

/** Run properties (size, bold) without the text, which `runs` gives. */
export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/**
 * A text as runs: the user's line breaks (`\n`) kept as Word line breaks, within the paragraph,
 * as the PDF keeps them. The text goes in as it is: ’ « » and the no-break spaces U+00A0 and
 * U+202F reach Word untouched (docx only escapes XML).
 */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text
    .split('\n')
    .map(
      (line, index) => new TextRun({ ...style, text: line, ...(index > 0 ? { break: 1 } : {}) }),
    );
}
