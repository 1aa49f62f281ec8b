import { describe, expect, it } from 'vitest';
import {
  JOURNAL_PREFIX,
  WriteAheadJournal,
  type JournalEntry,
} from '../../../src/lib/storage/journal';
import { MemorySyncStorage } from '../../../src/lib/storage/memory-sync-storage';
import { BlockedSyncStorage, FullSyncStorage } from '../support/failing-sync-storage';

/** A record the journal knows nothing about: it is generic over what it keeps. */
interface Note {
  text: string;
}
const parseNote = (_key: string, raw: unknown): Note | null =>
  typeof raw === 'object' && raw !== null && typeof (raw as Note).text === 'string'
    ? { text: (raw as Note).text }
    : null;

const entry = (text: string, base = 0, writer = 'page-a'): JournalEntry<Note> => ({
  record: { text },
  base,
  at: '2026-11-23T08:30:00.000Z',
  writer,
});

describe('the write-ahead journal', () => {
  it('keeps only the latest pending value of each record, and reads it back', () => {
    const storage = new MemorySyncStorage();
    const journal = new WriteAheadJournal(storage, parseNote);
    const written = { state: 'written' };
    expect(journal.write('note:1', entry('a'))).toEqual(written);
    expect(journal.write('note:1', entry('ab', 2))).toEqual(written);
    expect(journal.write('note:2', entry('z'))).toEqual(written);
    expect(journal.read('note:1')).toEqual(entry('ab', 2));
    expect(storage.length).toBe(2);
    expect(journal.entries('note:').map(([key, found]) => [key, found.record.text])).toEqual([
      ['note:1', 'ab'],
      ['note:2', 'z'],
    ]);
    expect(journal.entries('other:')).toEqual([]);
  });

  it('is read back by a new journal over the same storage (the next page)', () => {
    const storage = new MemorySyncStorage();
    new WriteAheadJournal(storage, parseNote).write('note:1', entry('typed'));
    expect(new WriteAheadJournal(storage, parseNote).read('note:1')?.record.text).toBe('typed');
  });

  it('clears an entry only for the page that wrote it', () => {
    const journal = new WriteAheadJournal(new MemorySyncStorage(), parseNote);
    journal.write('note:1', entry('from b', 0, 'page-b'));
    journal.clear('note:1', 'page-a');
    expect(journal.read('note:1')?.record.text).toBe('from b');
    journal.clear('note:1', 'page-b');
    expect(journal.read('note:1')).toBeNull();
  });

  it('leaves the rest of the storage alone', () => {
    const storage = new MemorySyncStorage();
    storage.setItem('note:1', 'not the journal');
    const journal = new WriteAheadJournal(storage, parseNote);
    expect(journal.entries('')).toEqual([]);
    journal.write('note:1', entry('a'));
    expect(storage.getItem('note:1')).toBe('not the journal');
    expect(storage.getItem(`${JOURNAL_PREFIX}note:1`)).not.toBeNull();
  });

  it('drops an unreadable entry instead of handing it on', () => {
    const storage = new MemorySyncStorage();
    storage.setItem(`${JOURNAL_PREFIX}note:1`, '{not json');
    storage.setItem(`${JOURNAL_PREFIX}note:2`, JSON.stringify({ ...entry('x'), base: -1 }));
    storage.setItem(`${JOURNAL_PREFIX}note:3`, JSON.stringify({ ...entry('x'), record: 42 }));
    const journal = new WriteAheadJournal(storage, parseNote);
    expect(journal.entries('note:')).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('full storage: says the write failed, never throws, and drops the stale entry', () => {
    const storage = new FullSyncStorage();
    MemorySyncStorage.prototype.setItem.call(
      storage,
      `${JOURNAL_PREFIX}note:1`,
      JSON.stringify(entry('old')),
    );
    const journal = new WriteAheadJournal(storage, parseNote);
    expect(journal.write('note:1', entry('newer'))).toMatchObject({
      state: 'failed',
      error: { name: 'QuotaExceededError' },
    });
    // An older value left there would be replayed over the newer edits once they are saved.
    expect(journal.read('note:1')).toBeNull();
  });

  it('blocked or missing storage: does nothing, never throws', () => {
    const cases = [
      [new BlockedSyncStorage(), 'failed'],
      [null, 'off'],
    ] as const;
    for (const [storage, state] of cases) {
      const journal = new WriteAheadJournal(storage, parseNote);
      expect(journal.write('note:1', entry('a')).state).toBe(state);
      expect(journal.read('note:1')).toBeNull();
      expect(journal.entries('')).toEqual([]);
      expect(() => journal.clear('note:1', 'page-a')).not.toThrow();
    }
  });
});
