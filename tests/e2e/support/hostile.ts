import type { Page } from 'playwright-core';

/** Text that would run a script if it were ever rendered as HTML. */
export const HOSTILE = '<img src=x onerror=alert(1)>';

/** Records every dialog the page opens (an `alert` would prove a script ran), dismissing it. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}
