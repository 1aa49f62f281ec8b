/**
 * Brings `block` into view within the preview `pane` when it is out of sight. Only the pane
 * scrolls, never the page: the user keeps the field they type in where it is. On narrow screens
 * the preview is not a scrolling pane (it sits under the form) and nothing moves.
 */
export function scrollPreview(pane: HTMLElement, block: HTMLElement): void {
  if (pane.scrollHeight <= pane.clientHeight) return;
  const paneBox = pane.getBoundingClientRect();
  const box = block.getBoundingClientRect();
  // Already in sight, with a line of it at least: typing must not make the preview jump.
  if (box.top >= paneBox.top && box.top <= paneBox.bottom - 48) return;
  const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  pane.scrollTo({
    top: pane.scrollTop + box.top - paneBox.top - 16,
    behavior: reduce ? 'auto' : 'smooth',
  });
}
