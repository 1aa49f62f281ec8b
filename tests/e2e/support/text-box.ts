import type { Locator } from 'playwright-core';

/**
 * What a text box of the letter holds, as the user typed it: typed text as is, each named piece
 * (a blank, an agreement) by the syntax the letter stores (`{nom}`). A text area gives its value.
 */
export function boxSource(box: Locator): Promise<string> {
  return box.evaluate((element) => {
    if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
      return element.value;
    }
    let text = '';
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
      else if (node instanceof Element && node.hasAttribute('data-source')) {
        text += node.getAttribute('data-source') ?? '';
      } else node.childNodes.forEach(walk);
    };
    element.childNodes.forEach(walk);
    return text;
  });
}
