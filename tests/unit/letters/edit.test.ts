import { describe, expect, it } from 'vitest';
import { insertAfter, move, removeAt } from '../../../src/lib/letters/edit';

describe('moving an item up or down', () => {
  it('moves it by one place', () => {
    const list = ['a', 'b', 'c'];
    expect(move(list, 2, -1)).toBe(true);
    expect(list).toEqual(['a', 'c', 'b']);
    expect(move(list, 0, 1)).toBe(true);
    expect(list).toEqual(['c', 'a', 'b']);
  });

  it('does nothing past either end', () => {
    const list = ['a', 'b'];
    expect(move(list, 0, -1)).toBe(false);
    expect(move(list, 1, 1)).toBe(false);
    expect(list).toEqual(['a', 'b']);
  });
});

describe('removing and adding', () => {
  it('removes and returns the element, for undo', () => {
    const list = ['a', 'b', 'c'];
    expect(removeAt(list, 1)).toBe('b');
    expect(list).toEqual(['a', 'c']);
    expect(removeAt(list, 5)).toBeUndefined();
  });

  it('inserts after a given place, or first', () => {
    const list = ['a', 'c'];
    expect(insertAfter(list, 0, 'b')).toBe(1);
    expect(insertAfter(list, -1, 'z')).toBe(0);
    expect(list).toEqual(['z', 'a', 'b', 'c']);
  });
});
