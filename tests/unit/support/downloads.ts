import { vi } from 'vitest';

/**
 * The files a click downloads, as Blobs: `URL.createObjectURL` is caught for the click only
 * (jsdom has none), so what the page would save is read back as the user would open it.
 */
export async function downloadsOf(click: () => Promise<unknown>): Promise<Blob[]> {
  const files: Blob[] = [];
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push(blob as Blob);
    return '#download';
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  try {
    await click();
  } finally {
    create.mockRestore();
    revoke.mockRestore();
  }
  return files;
}
