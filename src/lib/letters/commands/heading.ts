import type { SchoolHeadingKey } from '../../schemas/school';
import type { LetterChange } from '../change';
import { followHeading } from '../follow-heading';

/**
 * Sets a part of the letter's heading (school name, address…); the blanks pre-filled from it
 * follow while the user has not changed them (see `followHeading`).
 */
export function setHeading(key: SchoolHeadingKey, value: string): LetterChange {
  return (letter) => followHeading(letter, key, value);
}
