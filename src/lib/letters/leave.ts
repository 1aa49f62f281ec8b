import type { Flushable } from '../storage/debounced-saver';

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
 * Saves the last edits when the user leaves (tldraw #10102): flushes on `visibilitychange` to
 * hidden (the last moment mobile browsers reliably give) and on `pagehide`, and asks the
 * browser to confirm closing while a write is still pending. Returns the cleanup function.
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
    // Shows the browser's own « Quitter le site ? » prompt, which leaves the write time to end.
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
