import { describe, expect, it } from 'vitest';
import { recordLabel } from '../../../src/lib/persistence/record-label';

describe('a stored record named in a message', () => {
  it('is a letter by its title, a model by its own, never by its key', () => {
    expect(recordLabel('letter:a1', { title: '  Lettre   du référent ' })).toBe(
      'La lettre «\u00a0Lettre du référent\u00a0»',
    );
    expect(recordLabel('model:m1', { model: { title: 'Zéphyr' } })).toBe(
      'Le modèle «\u00a0Zéphyr\u00a0»',
    );
    expect(recordLabel('school', {})).toBe('«\u00a0Mon établissement\u00a0»');
    expect(recordLabel('team', null)).toBe('«\u00a0Mon équipe\u00a0»');
  });

  it('falls back on the reference when the title is damaged or missing', () => {
    expect(recordLabel('letter:a1', { title: 42 })).toBe(
      'Une lettre sans titre lisible (réf.\u00a0a1)',
    );
    expect(recordLabel('model:m1', 'texte')).toBe('Un modèle sans titre lisible (réf.\u00a0m1)');
  });

  it('cuts a hostile title to a readable length', () => {
    const label = recordLabel('letter:a1', { title: 'A'.repeat(100_000) });
    expect(label).toBe(`La lettre «\u00a0${'A'.repeat(80)}…\u00a0»`);
  });
});
