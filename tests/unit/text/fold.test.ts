import { describe, expect, test } from 'vitest';
import { fold, foldChar, foldCompact } from '../../../src/lib/text/fold';

describe('fold', () => {
  test('removes accents and case, as a reader typing without accents expects', () => {
    expect(fold('Décrochage')).toBe('decrochage');
    expect(fold('HARCÈLEMENT')).toBe('harcelement');
    expect(fold('Laïcité, Égalité, garçons')).toBe('laicite, egalite, garcons');
  });

  test('spells out the ligatures NFD keeps whole', () => {
    expect(fold('Cœur, Œuvre, ex æquo, Straße')).toBe('coeur, oeuvre, ex aequo, strasse');
  });

  test('keeps the text already decomposed the same', () => {
    expect(fold('de\u0301crochage')).toBe('decrochage');
  });

  test('gives what folding each character gives (the search marks terms character by character)', () => {
    const text = 'Œuvre de l’Élève N’Diaye, Straße, de\u0301crochage — 2025-2026';
    expect(fold(text)).toBe(Array.from(text, foldChar).join(''));
  });
});

describe('foldCompact', () => {
  test('keeps letters and digits only: apostrophes, hyphens and spaces do not count', () => {
    expect(foldCompact('N’Diaye')).toBe('ndiaye');
    expect(foldCompact("N'Diaye")).toBe('ndiaye');
    expect(foldCompact('Marie-Hélène\u00a0Le Goff')).toBe('mariehelenelegoff');
    expect(foldCompact('2025-2026')).toBe('20252026');
    expect(foldCompact(' « ; » ')).toBe('');
  });
});
