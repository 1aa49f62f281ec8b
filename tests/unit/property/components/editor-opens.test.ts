// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanup, render, screen } from '@testing-library/svelte';
import Editor from '../../../../src/components/editor/Editor.svelte';
import { toDocument } from '../../../../src/lib/document/to-document';
import { LetterRepository } from '../../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../../src/lib/storage/memory-store';
import type { Letter } from '../../../../src/lib/schemas/letter';
import { ChannelBus } from '../../support/channel-bus';
import { readBox } from '../../../../src/lib/editor/template-box';
import { parseTemplate, writeTemplate } from '../../../../src/lib/text/template';
import { anyLetter, modelOf, rates } from '../arbitraries';
import { counted, runs, timeLimit } from '../runs';

afterEach(() => window.history.replaceState(null, '', '/'));

/**
 * A text as a box of the letter's text holds it: its pieces and words, whichever way its escapes
 * were written (`\{x` and `{x` read the same).
 */
const boxValue = (text: string) => writeTemplate(parseTemplate(text));

/** What the text box `id` holds, read as the editor reads it. */
function valueOf(id: string): string | undefined {
  const box = document.getElementById(id);
  return box?.classList.contains('template-box') ? boxValue(readBox(box)) : undefined;
}

/** The editor of the letter's model opened on `?id=<letter>`, the letter stored beforehand. */
async function openStored(letter: Letter) {
  const store = new MemoryStore();
  await store.set(`letter:${letter.id}`, letter);
  const { slug, model } = modelOf(letter);
  window.history.replaceState(null, '', `/lettres/${slug}/rediger/?id=${letter.id}`);
  render(Editor, {
    props: {
      typeId: slug,
      model,
      rates,
      listHref: '/mes-lettres/',
      services: {
        store: { probe: async () => ({ ok: true }) as const },
        repo: new LetterRepository(store),
        channel: createLetterChannel(new ChannelBus().factory),
      },
    },
  });
  await screen.findByLabelText('Titre de la lettre', {}, { timeout: 10_000 });
  return store;
}

/**
 * Mounting the whole editor takes seconds in jsdom on a loaded machine: few runs (see `runs`);
 * in the full mode, fast-check stops past 200 s rather than let the test time out.
 */
describe('any letter the schema accepts opens in the editor', () => {
  it('shows its texts in their boxes and its document in the preview, and writes nothing', async ({
    task,
  }) => {
    await fc.assert(
      fc.asyncProperty(
        anyLetter,
        counted(task, async (letter) => {
          try {
            const store = await openStored(letter);
            expect(screen.queryByRole('alert')?.textContent ?? '').not.toMatch(
              /illisible|introuvable|n’a pas pu être lue/,
            );
            expect(valueOf('letter-title')).toBe(boxValue(letter.title));
            for (const [part, list] of [
              ['vu', letter.vu],
              ['preamble', letter.preamble],
              ['closing', letter.closing],
              ['copies', letter.copies],
            ] as const) {
              for (const item of list)
                expect(valueOf(`${part}-${item.id}`)).toBe(boxValue(item.text));
            }
            const preview = document.querySelector('.letter-page');
            const doc = toDocument(letter, rates);
            expect(preview?.querySelectorAll('[data-block]')).toHaveLength(doc.blocks.length);
            // Opening is not editing: the stored letter is left as it was.
            expect(await store.get(`letter:${letter.id}`)).toEqual(letter);
          } finally {
            cleanup();
          }
        }),
      ),
      { numRuns: runs(15), ...timeLimit(200_000) },
    );
  }, 300_000);
});
