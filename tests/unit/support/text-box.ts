import { fireEvent } from '@testing-library/svelte';
import { readBox } from '../../../src/lib/editor/template-box';

/**
 * Replaces what a text box of the letter holds with `text`, as a user selecting all and typing
 * would, and tells the box: a text area by its value, a box of the letter's text (blanks and
 * agreements as pieces) by its content.
 */
export async function typeInBox(box: Element, text: string): Promise<void> {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
    await fireEvent.input(box, { target: { value: text } });
    return;
  }
  box.textContent = text;
  await fireEvent.input(box);
}

/** The stored text a box shows (pieces by their source, typed text as it will be stored). */
export function boxText(box: Element): string {
  if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) return box.value;
  return readBox(box as HTMLElement);
}
