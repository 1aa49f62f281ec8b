/**
 * The builder's text box the user last typed or clicked in, where « Insérer un champ » and
 * « Insérer un accord » write. Not the last one focused: a keyboard user tabs through other
 * boxes on the way to these controls. The boxes that take blanks (the texts the letter prints)
 * carry `data-blanks`; any other input is ignored.
 */

type TextBox = HTMLTextAreaElement | HTMLInputElement;

/** Keys that move the focus to a box without choosing it. */
const passingKeys = new Set(['Tab', 'Shift', 'Escape']);

function textBox(target: EventTarget | null): TextBox | null {
  if (!(target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement)) return null;
  return target.hasAttribute('data-blanks') ? target : null;
}

/** A box's name as its label says it: « Mission 2 », « Titre de la section 1 ». */
function nameOf(box: TextBox): string {
  return box.labels?.[0]?.textContent?.trim() ?? '';
}

export class TextTarget {
  /** The chosen box's label, or '' while none is chosen. */
  name = $state('');
  #box: TextBox | null = null;

  /** Follows typing, clicks and cursor moves in the page's boxes; returns the way to stop. */
  follow(root: Document): () => void {
    const choose = (event: Event) => {
      if (event instanceof KeyboardEvent && passingKeys.has(event.key)) return;
      const box = textBox(event.target);
      if (!box) return;
      this.#box = box;
      this.name = nameOf(box);
    };
    const events = ['input', 'pointerup', 'keyup'] as const;
    for (const type of events) root.addEventListener(type, choose);
    return () => {
      for (const type of events) root.removeEventListener(type, choose);
    };
  }

  /** Whether a box is chosen and still on the page. */
  get chosen(): boolean {
    return this.#box?.isConnected ?? false;
  }

  /**
   * Writes `text` at the chosen box's cursor, as the user would type it: the box's own input
   * handler then records the change like a keystroke, and the cursor follows the text. Returns
   * the box's name, or null when no box is chosen (or it has left the page).
   */
  insert(text: string): string | null {
    const box = this.#box;
    if (!box?.isConnected) {
      this.#box = null;
      this.name = '';
      return null;
    }
    box.focus();
    const end = box.value.length;
    box.setRangeText(text, box.selectionStart ?? end, box.selectionEnd ?? end, 'end');
    box.dispatchEvent(new Event('input', { bubbles: true }));
    this.name = nameOf(box);
    return this.name;
  }
}
