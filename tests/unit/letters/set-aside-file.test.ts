import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { SET_ASIDE_FORMAT, setAsideFileText } from '../../../src/lib/persistence/set-aside-file';

const now = new Date('2026-11-23T08:30:00.000Z');
const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

describe('the « données mises de côté » file', () => {
  it('keeps a Blob record as its bytes and type, not as {}', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255, 10, 13]);
    const store = new MemoryStore();
    await store.set('letter:image-1', new Blob([png], { type: 'image/png' }));
    const repo = new LetterRepository(store);
    const { rejected } = await repo.list();
    expect(rejected.map(({ key }) => key)).toEqual(['letter:image-1']);

    const file = JSON.parse(await setAsideFileText(await repo.quarantined(), now)) as {
      format: string;
      exportedAt: string;
      records: {
        key: string;
        raw: { $binary: string; type: string; size: number; base64: string };
      }[];
    };
    expect(file.format).toBe(SET_ASIDE_FORMAT);
    expect(file.exportedAt).toBe('2026-11-23T08:30:00.000Z');
    const [record] = file.records;
    expect(record).toMatchObject({
      key: 'quarantine:letter:image-1',
      raw: { $binary: 'blob', type: 'image/png', size: 8 },
    });
    expect(bytesOf(record?.raw.base64 ?? '')).toEqual(png);
  });

  it('keeps JSON records as they are, and bytes nested anywhere', async () => {
    const records = [
      { key: 'quarantine:letter:a', raw: { title: 42, __proto__x: 'y', list: [1, 'deux'] } },
      { key: 'quarantine:letter:b', raw: { logo: { data: new Uint8Array([1, 2, 3]).buffer } } },
    ];
    const file = JSON.parse(await setAsideFileText(records, now)) as {
      records: { key: string; raw: unknown }[];
    };
    expect(file.records[0]).toEqual(records[0]);
    expect(file.records[1]?.raw).toEqual({
      logo: { data: { $binary: 'bytes', type: '', size: 3, base64: 'AQID' } },
    });
  });
});

describe('setting aside a Blob record', () => {
  it('a different image under the same key replaces the copy kept aside', async () => {
    const store = new MemoryStore();
    const repo = new LetterRepository(store);
    await store.set('letter:image-1', new Blob([new Uint8Array([1, 2])], { type: 'image/png' }));
    await repo.list();
    await store.set('letter:image-1', new Blob([new Uint8Array([3, 4])], { type: 'image/png' }));
    await repo.list();
    const [record] = JSON.parse(await setAsideFileText(await repo.quarantined(), now)).records;
    expect(record.raw.base64).toBe('AwQ=');
  });
});
