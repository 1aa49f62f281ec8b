import { describe, expect, test } from 'vitest';
import {
  allState,
  allToggled,
  inOrder,
  kept,
  selectionSentence,
  toggled,
} from '../../../src/lib/campaign/selection';

describe('the campaign’s selection', () => {
  test('a checkbox adds or removes its letter', () => {
    const one = toggled(new Set(), 'a', true);
    expect([...one]).toEqual(['a']);
    expect([...toggled(one, 'a', false)]).toEqual([]);
  });

  test('« Tout sélectionner » acts on the rows shown only, and says mixed when some are', () => {
    const elsewhere = new Set(['hidden']);
    const all = allToggled(elsewhere, ['a', 'b'], true);
    expect([...all].sort()).toEqual(['a', 'b', 'hidden']);
    expect(allState(all, ['a', 'b'])).toBe('all');
    expect(allState(toggled(all, 'b', false), ['a', 'b'])).toBe('some');
    expect(allState(new Set(), ['a'])).toBe('none');
    expect([...allToggled(all, ['a', 'b'], false)]).toEqual(['hidden']);
  });

  test('letters gone leave the selection; the rest keeps the rows’ order', () => {
    const selected = new Set(['c', 'a', 'gone']);
    expect([...kept(selected, ['a', 'b', 'c'])].sort()).toEqual(['a', 'c']);
    expect(inOrder(selected, ['a', 'b', 'c'])).toEqual(['a', 'c']);
  });

  test('the count is announced in French', () => {
    expect(selectionSentence(0)).toBe('Aucune lettre sélectionnée.');
    expect(selectionSentence(1)).toBe('1 lettre sélectionnée.');
    expect(selectionSentence(10)).toBe('10 lettres sélectionnées.');
  });
});
