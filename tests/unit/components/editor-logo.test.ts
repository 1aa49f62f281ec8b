// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import Editor from '../../../src/components/editor/Editor.svelte';
import { letterTypeSchema } from '../../../src/lib/schemas/letter-type';
import { impRateSchema } from '../../../src/lib/schemas/imp-rate';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { emptySchool } from '../../../src/lib/schemas/school';
import { ChannelBus } from '../support/channel-bus';
import { readYaml } from '../support/content';
import { dataUrlOf, pngBytes } from '../support/images';
import { typeInBox } from '../support/text-box';

const model = letterTypeSchema.parse(readYaml('lettres/referent-decrochage-scolaire.yaml'));
const rates = Object.values(readYaml('taux-imp.yaml') as Record<string, unknown>).map((rate) =>
  impRateSchema.parse(rate),
);
const logo = { dataUrl: dataUrlOf(pngBytes(40, 20)), width: 40, height: 20 };
const school = { ...emptySchool, etablissement: 'Collège Jean Moulin', logo };

beforeEach(() =>
  window.history.replaceState(null, '', '/lettres/referent-decrochage-scolaire/rediger/'),
);

/** The editor over a store holding `school`; `other` is another tab's channel. */
async function open() {
  const bus = new ChannelBus();
  const repo = new LetterRepository(new MemoryStore());
  await repo.school.save(school, 0);
  render(Editor, {
    props: {
      typeId: 'referent-decrochage-scolaire',
      model,
      rates,
      listHref: '/mes-lettres/',
      services: {
        store: { probe: async () => ({ ok: true }) as const },
        repo,
        channel: createLetterChannel(bus.factory),
      },
    },
  });
  await screen.findByLabelText(/^Nom du référent/, {}, { timeout: 5000 });
  return { repo, other: createLetterChannel(bus.factory) };
}

const previewLogo = () =>
  document.querySelector('.letter-page')?.querySelector('img[alt="Logo de l’établissement"]');

describe('the school’s logo in the editor', () => {
  it('heads the preview, read from « Mon établissement », not copied into the letter', async () => {
    const { repo } = await open();
    expect(previewLogo()?.getAttribute('src')).toBe(logo.dataUrl);
    const sender = document.querySelector('.lp-sender');
    expect(previewLogo()?.compareDocumentPosition(sender as Node)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    await typeInBox(screen.getByLabelText('Titre de la lettre'), 'Lettre de mission');
    await waitFor(async () => expect((await repo.list()).letters).toHaveLength(1), {
      timeout: 3000,
    });
    const [letter] = (await repo.list()).letters;
    expect(letter?.school.etablissement).toBe('Collège Jean Moulin');
    expect(JSON.stringify(letter)).not.toContain('base64');
  });

  it('follows « Mon établissement » saved in another tab', async () => {
    const { repo, other } = await open();
    await repo.school.save({ ...school, logo: undefined }, 1);
    other.announce({ kind: 'school-saved' });
    await waitFor(() => expect(previewLogo()).toBeNull());
    const wider = { ...logo, width: 80 };
    await repo.school.save({ ...school, logo: wider }, 2);
    other.announce({ kind: 'school-saved' });
    await waitFor(() => expect(previewLogo()).toBeTruthy());
  });
});
