import type { BrowserContext } from 'playwright-core';

/** What went wrong while the pages were used: each entry says where. */
export interface CspWatch {
  readonly problems: string[];
}

/**
 * Records, for the whole context, every CSP violation (the event, reported by an init script
 * through a binding so that navigations lose none), every console message about the policy,
 * and every request to another origin than `origin` (data: and blob: URLs are the page's own).
 */
export async function watchCsp(context: BrowserContext, origin: string): Promise<CspWatch> {
  const problems: string[] = [];
  await context.exposeBinding('__cspViolation', ({ page }, text: string) => {
    problems.push(`${page.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        report(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
        );
      },
      true,
    );
  });
  context.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) {
      problems.push(`${message.page()?.url() ?? '?'}: console: ${message.text()}`);
    }
  });
  const own = new URL(origin).origin;
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== own) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  return { problems };
}
