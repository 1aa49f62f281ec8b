import { describe, expect, test } from 'vitest';
import { createLetterChannel, type LetterMessage } from '../../../src/lib/persistence/channel';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { CampaignState } from '../../../src/lib/campaign/campaign-state.svelte';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { ChannelBus } from '../support/channel-bus';
import { letterOf, models, rates } from '../summary/support';

const YEAR = '2027-2028';
const now = () => new Date('2027-03-01T10:00:00.000Z');
const campaignModels = models.map((model) => ({ ...model, title: model.mission }));

/** A campaign over three letters of the year, and what another tab hears. */
async function campaignOf() {
  const store = new MemoryStore();
  const repo = new LetterRepository(store, now);
  for (const [id, prenom] of [
    ['a', 'Alice'],
    ['b', 'Bruno'],
    ['c', 'Chloé'],
  ] as const)
    await repo.restore(
      letterOf({ id, prenom, nom: 'Test', year: YEAR, lines: [{ count: 1, taux: 3 }] }),
    );
  const bus = new ChannelBus();
  const heard: LetterMessage[] = [];
  createLetterChannel(bus.factory).subscribe((message) => heard.push(message));
  const services = {
    store: { probe: async () => ({ ok: true }) as const },
    repo,
    channel: createLetterChannel(bus.factory),
  };
  const campaign = new CampaignState(campaignModels, rates, services, { now });
  await campaign.start();
  return { campaign, repo, heard };
}

describe('the campaign’s actions on a selection', () => {
  test('« Signée » is saved on each selected letter with its history, and other tabs are told', async () => {
    const { campaign, repo, heard } = await campaignOf();
    expect(campaign.rows.map((row) => row.person)).toEqual([
      'Alice Test',
      'Bruno Test',
      'Chloé Test',
    ]);
    campaign.select('a', true);
    campaign.select('c', true);
    await campaign.setStatus('signee');
    expect(campaign.notice).toBe('2 lettres passées à «\u00a0Signée\u00a0».');
    expect((await repo.get('a'))?.status).toBe('signee');
    expect((await repo.get('a'))?.statusHistory.at(-1)?.at).toBe(now().toISOString());
    expect((await repo.get('b'))?.status).toBe('brouillon');
    expect(campaign.rows.map((row) => row.statusLabel)).toEqual(['Signée', 'Brouillon', 'Signée']);
    expect(heard.filter((message) => message.kind === 'saved')).toHaveLength(2);
    // The IMP summary's figures are there once the letters are read.
    expect(campaign.rows[0]?.imp?.annualCents).toBe(125000);
  });

  test('deletes the selection, and « Annuler » brings every letter back', async () => {
    const { campaign, repo } = await campaignOf();
    campaign.selectShown(true);
    expect(await campaign.remove()).toBe(true);
    expect(campaign.rows).toHaveLength(0);
    expect(campaign.chosen).toEqual([]);
    expect(await repo.get('b')).toBeNull();
    await campaign.undo();
    expect(campaign.notice).toBe('3 lettres rétablies.');
    expect(campaign.rows).toHaveLength(3);
  });
});

describe('the campaign’s IMP figures', () => {
  /** A store that counts the letters read whole (not their summaries). */
  class CountingStore extends MemoryStore {
    lettersRead = 0;
    override async getMany(keys: readonly string[]) {
      this.lettersRead += keys.filter((key) => key.startsWith('letter:')).length;
      return super.getMany(keys);
    }
    override async entries(prefix: string) {
      const found = await super.entries(prefix);
      if (prefix === 'letter:') this.lettersRead += found.length;
      return found;
    }
  }

  test('read only the shown year’s letters, and follow the year and new letters', async () => {
    const store = new CountingStore();
    const repo = new LetterRepository(store, now);
    const years = ['2027-2028', '2026-2027', '2025-2026'];
    for (let i = 0; i < 9; i += 1) {
      const year = years[i % 3] ?? YEAR;
      await repo.restore(
        letterOf({
          id: `l${i}`,
          prenom: `P${i}`,
          nom: 'Test',
          year,
          lines: [{ count: 1, taux: 3 }],
        }),
      );
    }
    const bus = new ChannelBus();
    const services = {
      store: { probe: async () => ({ ok: true }) as const },
      repo,
      channel: createLetterChannel(bus.factory),
    };
    const campaign = new CampaignState(campaignModels, rates, services, { now });
    store.lettersRead = 0;
    await campaign.start();
    // Three letters of 2027-2028 read for their IMP, not the nine.
    expect(store.lettersRead).toBeLessThanOrEqual(3);
    expect(campaign.impReady).toBe(true);
    expect(campaign.imp?.summary.fromAllocation.annualCents).toBe(3 * 125000);

    campaign.setYear('2026-2027');
    expect(campaign.impReady).toBe(false); // the 2027-2028 figures are not shown as 2026-2027's
    await expect.poll(() => campaign.impReady).toBe(true);
    expect(campaign.rows.map((row) => row.imp?.annualCents)).toEqual([125000, 125000, 125000]);

    // A letter written in another tab: listed, then its IMP counted.
    await repo.restore(
      letterOf({
        id: 'new',
        prenom: 'Zoé',
        nom: 'Test',
        year: '2026-2027',
        lines: [{ count: 2, taux: 3 }],
      }),
    );
    createLetterChannel(bus.factory).announce({ kind: 'saved', id: 'new', revision: 1 });
    await expect.poll(() => campaign.imp?.summary.fromAllocation.annualCents).toBe(5 * 125000);
    campaign.stop();
  });
});
