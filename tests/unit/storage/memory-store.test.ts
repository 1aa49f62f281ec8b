import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/lib/storage/memory-store';

describe('the memory store', () => {
  it('reads every record under a prefix at once, as copies, and nothing else', async () => {
    const store = new MemoryStore();
    await store.set('letter:a', { id: 'a' });
    await store.set('school', { etablissement: 'Collège' });
    await store.set('quarantine:letter:b', { id: 'b' });
    const entries = await store.entries('letter:');
    expect(entries).toEqual([['letter:a', { id: 'a' }]]);
    (entries[0]?.[1] as { id: string }).id = 'changé';
    expect(await store.get('letter:a')).toEqual({ id: 'a' });
  });
});
