// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { classifyStorageError } from '../../../src/lib/storage/failure';
import { openBuilder } from './builder-setup';
import { downloadsOf } from '../support/downloads';

// Storage refused (private browsing) or never answering, as the letter editor meets it.
const refused = {
  probe: async () => ({
    ok: false as const,
    failure: classifyStorageError(new DOMException('blocked', 'SecurityError'), 'storage'),
  }),
};
const hanging = { probe: () => new Promise<never>(() => {}), timeoutMs: 50 };
const alertText = () =>
  screen
    .getAllByRole('alert')
    .map((alert) => alert.textContent)
    .join(' ');

describe('« Créer un modèle » when storage cannot be used', () => {
  it('says so, still opens the model in memory and offers its export', async () => {
    openBuilder({ store: refused });
    await fireEvent.click(await screen.findByRole('button', { name: 'Partir de zéro' }));
    const mission = screen.getByLabelText<HTMLInputElement>(/^Nom de la mission/);
    expect(mission.value).toBe('Nouvelle mission');
    expect(alertText()).toContain('Le navigateur ne permet pas d’enregistrer sur cet appareil');
    expect(alertText()).toContain('vos modèles');

    await fireEvent.input(mission, { target: { value: 'Référent Zéphyr' } });
    const files = await downloadsOf(() =>
      fireEvent.click(screen.getByRole('button', { name: 'Exporter le modèle' })),
    );
    expect(files).toHaveLength(1);
    const file = JSON.parse(await (files[0] as Blob).text()) as {
      model: { model: { mission: string } };
    };
    expect(file.model.model.mission).toBe('Référent Zéphyr');
  });

  it('says a storage that never answers, on the start screen and for a stored model', async () => {
    const first = openBuilder({ store: hanging });
    expect(await screen.findByRole('button', { name: 'Partir de zéro' })).toBeTruthy();
    expect(alertText()).toContain('Le stockage du navigateur ne répond pas');
    first.view.unmount();

    openBuilder({ search: '?id=zephyr-1', store: hanging });
    await waitFor(() => expect(alertText()).toContain('Ce modèle n’a pas pu être lu'));
    expect(alertText()).toContain('Il n’a pas été supprimé pour autant');
  });
});
