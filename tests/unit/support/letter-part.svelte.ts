import { render } from '@testing-library/svelte';
import ImpEditor from '../../../src/components/editor/ImpEditor.svelte';
import LetterPreview from '../../../src/components/editor/LetterPreview.svelte';
import { toDocument } from '../../../src/lib/document/to-document';
import type { LetterChange } from '../../../src/lib/letters/change';
import type { ImpRate } from '../../../src/lib/schemas/imp-rate';
import type { Letter } from '../../../src/lib/schemas/letter';

/**
 * A letter held as the editor holds it (a deep `$state`, changed in place by the commands given
 * to `apply`), to mount one part of the editor (`ImpEditor`, `FieldsEditor`…) and the preview
 * without the whole tool. Pass the part its props through getters (`get imp() { … }`) so that
 * it follows the letter, as `EditorView` passes them.
 */
export class LetterState {
  letter = $state<Letter>() as Letter;
  readonly rates: ImpRate[] = [];
  /** What the preview shows: the letter's document, as `EditorView` makes it. */
  readonly doc = $derived(toDocument(this.letter, this.rates));

  constructor(letter: Letter, rates: ImpRate[] = []) {
    this.letter = letter;
    this.rates = rates;
  }

  /** The editor's one way to change the letter (`LetterEditor.apply`, without the save). */
  readonly apply = (change: LetterChange): void => change(this.letter);
}

/** The preview of `state`'s letter (`.letter-page`), following each change, as beside the form. */
export function renderPreview(state: LetterState) {
  return render(LetterPreview, {
    props: {
      get doc() {
        return state.doc;
      },
    },
  });
}

/** The IMP block of `state`'s letter (`ImpEditor`), as the editor shows it. */
export function renderImpEditor(state: LetterState) {
  return render(ImpEditor, {
    props: {
      get imp() {
        const imp = state.letter.imp;
        if (!imp) throw new Error('the letter has no IMP block');
        return imp;
      },
      rates: state.rates,
      apply: state.apply,
    },
  });
}
