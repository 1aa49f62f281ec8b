// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import LazyView from '../../../src/components/shell/LazyView.svelte';
import UndoBar from '../../../src/components/letters/UndoBar.svelte';
import type { ComponentProps } from 'svelte';

/** The island, typed for the tool that stands in for a real one. */
const Island = LazyView<ComponentProps<typeof UndoBar>>;

/** A tool page's island whose tool loads with `load` (UndoBar stands for the tool). */
function openIsland(load: () => Promise<{ default: typeof UndoBar }>, heading?: string) {
  render(Island, {
    props: {
      heading,
      load,
      props: { message: 'Mission 3 supprimée', onundo: () => {}, ondismiss: () => {} },
      loading: 'Chargement de la lettre…',
      storage: false,
    },
  });
}

describe('a tool page whose tool loads after the page', () => {
  it('says it is loading, then shows the tool with its props', async () => {
    let arrive: (module: { default: typeof UndoBar }) => void = () => {};
    openIsland(() => new Promise((resolve) => (arrive = resolve)));
    expect(screen.getByRole('status').textContent).toBe('Chargement de la lettre…');

    arrive({ default: UndoBar });
    expect(await screen.findByText('Mission 3 supprimée.')).toBeTruthy();
    expect(screen.queryByText('Chargement de la lettre…')).toBeNull();
  });

  it('says in French that the page did not load, and offers to reload it, when the tool cannot be fetched', async () => {
    openIsland(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    // As read on screen: HTML shows runs of white space as one.
    const alert = (await screen.findByRole('alert')).textContent?.replace(/\s+/g, ' ');
    expect(alert).toContain('Cette page n’a pas pu se charger entièrement');
    expect(alert).toContain('Ce qui est enregistré dans ce navigateur n’est pas touché.');
    expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeTruthy();
    expect(screen.queryByText('Chargement de la lettre…')).toBeNull();
  });

  it('keeps the page’s title above the loading line when the tool writes it', async () => {
    openIsland(() => new Promise(() => {}), 'Guide de votre modèle');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Guide de votre modèle');
    expect(screen.getByRole('status').textContent).toBe('Chargement de la lettre…');
  });
});
