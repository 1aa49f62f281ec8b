import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type axe from 'axe-core';

const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeText: string | undefined;

/** axe-core's source, read once. */
function axeSource(): string {
  axeText ??= readFileSync(axeScript, 'utf8');
  return axeText;
}

/** WCAG 2.1 levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Violation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly { readonly target: string; readonly html: string }[];
}

/**
 * Injects axe-core into the loaded page and returns the WCAG A/AA violations. axe runs through
 * the DevTools protocol: the site's Content-Security-Policy refuses an added inline <script>.
 */
export async function findViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(`${axeSource()}\n;undefined`);
  return page.evaluate(async (tags) => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const results = await engine.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target
          .map((part) => (Array.isArray(part) ? part.join(' >>> ') : part))
          .join(' '),
        html: node.html,
      })),
    }));
  }, wcagTags);
}

/** One block per rule: id, impact, help, link, then each failing element's selector and markup. */
export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.id} (${violation.impact}): ${violation.help}`,
        `  ${violation.helpUrl}`,
        ...violation.nodes.map((node) => `  - ${node.target}\n      ${truncate(node.html, 160)}`),
      ].join('\n'),
    )
    .join('\n');
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
