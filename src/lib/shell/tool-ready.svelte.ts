/**
 * The tool pages' ready marker: an attribute on `<html>`, set once the page's tool is usable (its
 * data read and its form shown, or why it cannot be said). Nothing in the site reads it: the
 * end-to-end tests wait for it (tests/e2e/support/ready.ts) instead of for an idle network.
 * A page has one tool; the marker is never removed (a new page is a new document).
 */
export const TOOL_READY_ATTRIBUTE = 'data-tool-ready';

/**
 * Sets the marker once `isReady()` holds. An effect: it runs after the DOM shows the state it
 * reads, and only in the browser. Call it while the tool's component initialises.
 */
export function readyWhen(isReady: () => boolean): void {
  $effect(() => {
    if (isReady()) document.documentElement.setAttribute(TOOL_READY_ATTRIBUTE, '');
  });
}
