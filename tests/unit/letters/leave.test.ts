import { describe, expect, it, vi } from 'vitest';
import { saveOnLeave } from '../../../src/lib/letters/leave';

/** A window and a document the test can fire events on. */
function page() {
  const win = new EventTarget();
  const doc = Object.assign(new EventTarget(), {
    visibilityState: 'visible' as DocumentVisibilityState,
  });
  return { win, doc };
}

const saverDouble = (hasUnsavedChanges: boolean) => ({
  flush: vi.fn(async () => undefined),
  hasUnsavedChanges,
});

describe('leaving the editor', () => {
  it('switching tab or closing saves the last edits', () => {
    const { win, doc } = page();
    const saver = saverDouble(true);
    saveOnLeave(saver, win, doc);
    doc.dispatchEvent(new Event('visibilitychange')); // still visible: nothing
    expect(saver.flush).not.toHaveBeenCalled();
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    win.dispatchEvent(new Event('pagehide'));
    expect(saver.flush).toHaveBeenCalledTimes(2);
  });

  it('asks for confirmation only while edits are not written', () => {
    const { win, doc } = page();
    saveOnLeave(saverDouble(true), win, doc);
    const unsaved = new Event('beforeunload', { cancelable: true });
    win.dispatchEvent(unsaved);
    expect(unsaved.defaultPrevented).toBe(true);

    const other = page();
    saveOnLeave(saverDouble(false), other.win, other.doc);
    const saved = new Event('beforeunload', { cancelable: true });
    other.win.dispatchEvent(saved);
    expect(saved.defaultPrevented).toBe(false);
  });

  it('cleanup removes every listener', () => {
    const { win, doc } = page();
    const saver = saverDouble(true);
    saveOnLeave(saver, win, doc)();
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    win.dispatchEvent(new Event('pagehide'));
    expect(saver.flush).not.toHaveBeenCalled();
  });
});
