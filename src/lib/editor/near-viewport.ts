/**
 * Svelte action: calls `onnear` whenever `node` comes within `margin` of the viewport, and again
 * while it stays there (the list grew but not past it). « Mes lettres » puts it on its
 * « Afficher les lettres suivantes » button, so scrolling down shows the next cards; the button
 * stays for the keyboard. Does nothing where IntersectionObserver is missing (tests).
 */
export function nearViewport(node: HTMLElement, onnear: () => void) {
  if (typeof IntersectionObserver === 'undefined') return {};
  let callback = onnear;
  let frame = 0;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      callback();
      // Observing anew reports the position after the new cards are drawn.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        observer.unobserve(node);
        observer.observe(node);
      });
    },
    { rootMargin: '0px 0px 600px 0px' },
  );
  observer.observe(node);
  return {
    update(next: () => void) {
      callback = next;
    },
    destroy() {
      cancelAnimationFrame(frame);
      observer.disconnect();
    },
  };
}
