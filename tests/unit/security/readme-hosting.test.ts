import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headerPolicy, securityHeaders } from '../../../src/lib/security/policy';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The text of the README's first fenced block in `language` after `heading`. */
function block(heading: string, language: string): string {
  const section = readme.slice(readme.indexOf(heading));
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section);
  return match?.[1] ?? '';
}

describe('the README’s server settings', () => {
  test('nginx sends the policy and headers the build writes to _headers', () => {
    const nginx = block('### nginx', 'nginx');
    expect(nginx).toContain(`add_header Content-Security-Policy "${headerPolicy()}" always;`);
    for (const [name, value] of securityHeaders) {
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
    }
  });

  test('Apache sends the same', () => {
    const apache = block('### Apache', 'apache');
    expect(apache).toContain(`Header always set Content-Security-Policy "${headerPolicy()}"`);
    for (const [name, value] of securityHeaders) {
      expect(apache).toContain(`Header always set ${name} "${value}"`);
    }
  });
});
