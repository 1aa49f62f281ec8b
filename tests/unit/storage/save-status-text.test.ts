import { describe, expect, it } from 'vitest';
import { saveStatusText } from '../../../src/lib/storage/save-status-text';

describe('the saving status line', () => {
  it('says « Enregistré » only for a write that resolved', () => {
    const idle = 'Pas encore enregistrée.';
    for (const state of ['loading', 'idle', 'pending', 'saving', 'error', 'conflict'] as const) {
      expect(saveStatusText({ state }, idle)).not.toMatch(/^Enregistré/);
    }
    expect(saveStatusText({ state: 'saved', at: new Date('2026-11-22T13:05:00') }, idle)).toMatch(
      /^Enregistré dans ce navigateur \(22 nov\. 2026 à 13:05\)\.$/,
    );
  });

  it('tells what happens before the first change', () => {
    expect(saveStatusText({ state: 'idle' }, 'Rien à enregistrer.')).toBe('Rien à enregistrer.');
  });
});
