// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import TeamTable from '../../../src/components/team/TeamTable.svelte';
import type { TeamEditor } from '../../../src/lib/team-form/team-state.svelte';
import { REVEAL_FIRST } from '../../../src/lib/idle/reveal.svelte';
import { person } from '../team/people';

/** The table over a team of `n` people, as « Mon équipe » shows it once read. */
function tableOf(n: number) {
  const visible = Array.from({ length: n }, (_, i) => person(i + 1));
  // The table reads the people the search keeps and ticks « A quitté » through the editor.
  const editor = { visible, setGone: () => undefined } as unknown as TeamEditor;
  const props = { editor, byPerson: null, year: '2027-2028', onedit: () => {}, onremove: () => {} };
  return render(TeamTable, { props });
}

const rows = () => screen.getAllByRole('row').length - 1; // the heading row

describe('« Mon équipe »’s table with a large team', () => {
  it('shows its first rows at once and the others at idle moments, busy meanwhile', async () => {
    tableOf(120);
    expect(rows()).toBe(REVEAL_FIRST);
    expect(screen.getByRole('table').getAttribute('aria-busy')).toBe('true');
    // Generous: on a loaded machine jsdom draws slowly; the rows still come, a slice at a time.
    await waitFor(() => expect(rows()).toBe(120), { timeout: 20_000 });
    expect(screen.getByRole('table').hasAttribute('aria-busy')).toBe(false);
    expect(screen.getByRole('rowheader', { name: 'Madame Prénom120 Nom120' })).toBeTruthy();
  });

  it('shows a small team whole at once', () => {
    tableOf(12);
    expect(rows()).toBe(12);
    expect(screen.getByRole('table').hasAttribute('aria-busy')).toBe(false);
  });
});
