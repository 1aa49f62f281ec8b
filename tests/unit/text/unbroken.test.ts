import { describe, expect, it } from 'vitest';
import { hasUnbrokenRun } from '../../../src/lib/text/unbroken';

describe('a run of characters with nowhere to break', () => {
  it('is found past the limit, in the middle of words too', () => {
    expect(hasUnbrokenRun('x'.repeat(41), 40)).toBe(true);
    expect(hasUnbrokenRun(`début ${'x'.repeat(41)} fin`, 40)).toBe(true);
  });

  it('is not found in prose, at the limit, or across spaces and line breaks', () => {
    expect(hasUnbrokenRun('Coordination du réseau d’éducation prioritaire', 40)).toBe(false);
    expect(hasUnbrokenRun('x'.repeat(40), 40)).toBe(false);
    expect(hasUnbrokenRun(`${'x'.repeat(30)} ${'x'.repeat(30)}\n${'x'.repeat(30)}`, 40)).toBe(
      false,
    );
  });
});
