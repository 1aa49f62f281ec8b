// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import TextControl from '../../../src/components/editor/TextControl.svelte';

/** A « Ville » field limited to 10 characters, holding `value`, that keeps what is typed. */
function field(value: string) {
  const typed: string[] = [];
  const view = render(TextControl, {
    props: {
      id: 'ville',
      label: 'Ville',
      value,
      maxlength: 10,
      oninput: (v: string) => typed.push(v),
    },
  });
  const input = screen.getByLabelText('Ville');
  if (!(input instanceof HTMLInputElement)) throw new Error('a text input');
  return { input, typed, view };
}

/** The polite live regions of the control, and what they say. */
const spoken = () =>
  [...document.querySelectorAll('[aria-live="polite"]')]
    .map((region) => region.textContent?.trim() ?? '')
    .filter(Boolean);

describe('a field with a length limit', () => {
  it('sets maxlength and shows the count, tied to the field', () => {
    const { input } = field('Melun');
    expect(input.maxLength).toBe(10);
    const counter = document.getElementById('ville-count');
    expect(counter?.textContent).toBe('5 / 10 caractères');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain('ville-count');
    expect(spoken()).toEqual([]);
  });

  it('follows the text and speaks only at the limit', async () => {
    const { input, view } = field('Melun');
    await fireEvent.input(input, { target: { value: 'Fontainebl' } });
    await view.rerender({ value: 'Fontainebl' });
    expect(document.getElementById('ville-count')?.textContent).toBe('10 / 10 caractères');
    expect(spoken()).toEqual(['Limite atteinte\u00a0: 10\u00a0caractères.']);
  });

  it('keeps a longer text stored before the limit, marked invalid and announced', () => {
    const { input } = field('Saint-Germain');
    expect(input.value).toBe('Saint-Germain');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('ville-count')?.textContent).toBe(
      '13 / 10 caractères (3 de trop)',
    );
    expect(spoken()).toEqual([
      'Texte trop long de 3\u00a0caractères\u00a0: raccourcissez-le à 10\u00a0caractères au plus.',
    ]);
  });
});
