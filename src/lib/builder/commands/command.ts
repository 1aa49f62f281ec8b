import type { LetterType } from '../../schemas/letter-type';

/**
 * One change to a model being built: takes the model and returns a new one, never mutating it.
 * The builder's state class runs them through its one writer, `apply`.
 */
export type ModelCommand = (model: LetterType) => LetterType;

/** Up (−1) or down (+1) in a list. */
export type Direction = -1 | 1;
