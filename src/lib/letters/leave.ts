import type { Flushable } from '../persistence/journalled-saver';

/** The part of `window` / `document` used here (doubles in tests). */
export interface PageEventTarget {
  addEventListener(type: string, listener: (event: Event) => void): void;
  removeEventListener(type: string, listener: (event: Event) => void): void;
}

/** The part of `document` used here. */
export interface PageDocument extends PageEventTarget {
  readonly visibilityState: DocumentVisibilityState;
}

/**
 * Saves the last edits when the user leaves (tldraw #10102): starts the write on
 * `visibilitychange` to hidden (the last moment mobile browsers reliably give) and on
 * `pagehide`. A write started there is not waited for: the page may be gone before IndexedDB
 * commits, even after the user confirmed the prompt, so it cannot be what keeps the edits safe.
 * The letters' journal does that (written synchronously at each change, replayed on the next
 * open); `saver.hasUnsavedChanges` should therefore say whether closing would lose edits that
 * nothing else holds. Only then is the browser's « Quitter le site ? » prompt shown: it lets
 * the user stay and keep the page open. Where the journal cannot be written, the letter's saver
 * writes each change at once, so the prompt covers only that write; for records without a
 * journal, it covers the debounce too. Returns the cleanup function.
 */
export function saveOnLeave(
  saver: Flushable,
  win: PageEventTarget = window,
  doc: PageDocument = document,
): () => void {
  const flush = () => void saver.flush();
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') flush();
  };
  const onBeforeUnload = (event: Event) => {
    if (!saver.hasUnsavedChanges) return;
    flush();
    // The browser's own « Quitter le site ? » prompt: staying is the only way to keep edits
    // that are neither written nor journalled. Leaving at once does not wait for the write.
    event.preventDefault();
  };
  doc.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('pagehide', flush);
  win.addEventListener('beforeunload', onBeforeUnload);
  return () => {
    doc.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('pagehide', flush);
    win.removeEventListener('beforeunload', onBeforeUnload);
  };
}
