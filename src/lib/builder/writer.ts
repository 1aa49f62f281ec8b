import type { ModelBuilder } from './model-builder.svelte';
import type { ModelCommand, Direction } from './commands/command';

/** What a part of the builder's form needs: the builder's writers, never the model itself. */
export type ModelWriter = Pick<ModelBuilder, 'apply' | 'remove'>;

/** The commands of one list of texts (« Vu » lines, missions of a list, copies…). */
export interface TextListCommands {
  set(index: number, text: string): ModelCommand;
  insert(text: string, index?: number): ModelCommand;
  move(index: number, direction: Direction): ModelCommand;
  remove(index: number): ModelCommand;
}
