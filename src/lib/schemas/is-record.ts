/** Whether untrusted data (parsed JSON, a stored record) is a plain object, not null or an array. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
