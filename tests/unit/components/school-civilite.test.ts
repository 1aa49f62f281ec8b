// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import SchoolForm from '../../../src/components/school/SchoolForm.svelte';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { ChannelBus } from '../support/channel-bus';

const probe = async () => ({ ok: true }) as const;

describe('« Mon établissement » and the head’s civilité', () => {
  it('offers « Madame » or « Monsieur » under its label, and keeps the choice', async () => {
    const bus = new ChannelBus();
    const repo = new LetterRepository(new MemoryStore());
    render(SchoolForm, {
      props: {
        listHref: '/mes-lettres/',
        services: { store: { probe }, repo, channel: createLetterChannel(bus.factory) },
        options: { delayMs: 5, saveOnLeave: false },
      },
    });
    const select = await screen.findByLabelText('Civilité du chef d’établissement');
    expect(select.tagName).toBe('SELECT');
    const options = [...select.querySelectorAll('option')].map((option) => option.value);
    expect(options).toEqual(['', 'Madame', 'Monsieur']);
    expect(select.getAttribute('aria-describedby')).toBe('school-chefCivilite-hint');
    await fireEvent.change(select, { target: { value: 'Madame' } });
    await waitFor(async () => expect((await repo.getSchool()).chefCivilite).toBe('Madame'));
  });
});
