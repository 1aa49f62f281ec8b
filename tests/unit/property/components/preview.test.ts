// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanup, render } from '@testing-library/svelte';
import LetterPreview from '../../../../src/components/editor/LetterPreview.svelte';
import { toDocument } from '../../../../src/lib/document/to-document';
import { blockTexts } from '../../../../src/lib/pdf/coverage';
import { anyLetter, rates } from '../arbitraries';
import { counted, runs } from '../runs';

describe('any letter the schema accepts renders in the preview', () => {
  it('shows every block of its document, every text as text, never as markup', ({ task }) => {
    fc.assert(
      fc.property(
        anyLetter,
        counted(task, (letter) => {
          const doc = toDocument(letter, rates);
          const { container } = render(LetterPreview, { props: { doc } });
          try {
            expect(container.querySelectorAll('[data-block]')).toHaveLength(doc.blocks.length);
            const shown = container.textContent;
            for (const text of doc.blocks.flatMap(blockTexts)) expect(shown).toContain(text);
            // User text such as « <script> » or « <b> » stays text: no element comes from it.
            expect(container.querySelector('script, b, iframe')).toBeNull();
          } finally {
            cleanup();
          }
        }),
      ),
      { numRuns: runs(40) },
    );
  }, 300_000);
});
