/**
 * Resolves once the page is idle (the first cards painted), or after `timeoutMs` at most where
 * the browser has `requestIdleCallback`; elsewhere (tests) on the next task.
 */
export function whenIdle(timeoutMs = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 0);
  });
}
