/**
 * When the list is read again as the user types in it. Reading a list of 5 000 people takes
 * tens of milliseconds: done at every key, typing in a long list lags. A short list is read at
 * each key (its preview follows the typing); a longer one once typing pauses; a list given
 * whole (a file read, a paste, a drop) at once.
 */

/** A list shorter than this, in characters (about 300 people), is read at each key. */
export const READ_AT_ONCE = 20_000;

/** How long typing pauses, in milliseconds, before a longer list is read again. */
export const READ_PAUSE_MS = 300;

/** Whether the list's new text is read now rather than after the pause. */
export const readsAtOnce = (text: string, whole: boolean): boolean =>
  whole || text.length < READ_AT_ONCE;
