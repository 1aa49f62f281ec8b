import { expect } from 'vitest';

/** The value, asserted to be there (tests read parts by index). */
export function must<T>(value: T | null | undefined): T {
  expect(value).toBeDefined();
  expect(value).not.toBeNull();
  return value as T;
}
