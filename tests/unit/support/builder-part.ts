import { onTestFinished } from 'vitest';
import { render } from '@testing-library/svelte';
import { tick } from 'svelte';
import BuilderIssues from '../../../src/components/builder/BuilderIssues.svelte';
import UndoBar from '../../../src/components/letters/UndoBar.svelte';
import { ModelBuilder } from '../../../src/lib/builder/model-builder.svelte';
import { blankModel } from '../../../src/lib/builder/start';
import { MemoryModels } from './memory-models';

/**
 * The builder's state on a blank model (« Partir de zéro »), over memory storage, for a test of
 * one part of the form (`FieldsBuilder`…) without the whole tool; stopped after the test.
 */
export function blankBuilder(models = new MemoryModels()) {
  const builder = new ModelBuilder(models);
  builder.begin(blankModel());
  onTestFinished(() => builder.stop());
  return builder;
}

/**
 * The builder's undo bar for `builder`'s removals, wired as `ModelForm` wires it: « Annuler »
 * puts back the last removal and focuses the control it names, « Fermer » lets it stand. (The
 * form's own wiring stays tested on the whole tool, in builder.test.ts.)
 */
export function renderUndoBar(builder: ModelBuilder) {
  return render(UndoBar, {
    props: {
      get message() {
        return builder.removal?.message ?? null;
      },
      onundo: async () => {
        const removal = builder.undo();
        if (!removal) return;
        await tick();
        document.getElementById(removal.focusAfterUndo)?.focus();
      },
      ondismiss: () => builder.dismissUndo(),
    },
  });
}

/** What is left to correct in `builder`'s model (`.builder-issues`), as the form shows it. */
export function renderIssues(builder: ModelBuilder) {
  return render(BuilderIssues, {
    props: {
      get issues() {
        return builder.issues;
      },
    },
  });
}
