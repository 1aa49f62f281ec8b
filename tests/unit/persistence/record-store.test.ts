import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RecordStore } from '../../../src/lib/persistence/record-store';
import type { RecordKind, Revisioned } from '../../../src/lib/persistence/record-kind';
import { JournalledSaver } from '../../../src/lib/persistence/journalled-saver';
import { WriteAheadJournal } from '../../../src/lib/storage/journal';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { MemorySyncStorage } from '../../../src/lib/storage/memory-sync-storage';
import { SelectiveFailStore } from '../support/failing-store';

// A record kind the app does not have (a team member), declared as the next kinds will be:
// a schema and two descriptors, no store or saver of its own. Every guarantee comes with them.

const memberSchema = z.object({ id: z.string().min(1), nom: z.string().max(20) }).strict();
type Member = z.output<typeof memberSchema>;
type StoredMember = Member & Revisioned & { updatedAt: string; version: 2 };
const storedSchema = memberSchema.extend({
  revision: z.number().int().min(0),
  updatedAt: z.string(),
  version: z.literal(2),
});

class MemberConflict extends Error {
  constructor(readonly theirs: StoredMember) {
    super('conflict');
  }
}

const members: RecordKind<Member, StoredMember> = {
  keyOf: (member) => `member:${member.id}`,
  read: (_key, raw) => {
    // Version 1 had `name`: migrated to `nom` on reading.
    const old = z.object({ name: z.string() }).passthrough().safeParse(raw);
    const { name, ...rest } = old.success ? old.data : { name: undefined };
    const value = old.success ? { ...rest, nom: name, version: 2 } : raw;
    const result = storedSchema.safeParse(value);
    if (!result.success) return { ok: false, problems: ['illisible'] };
    return { ok: true, record: result.data as StoredMember, migrated: old.success };
  },
  validate: (member) => {
    const result = memberSchema.safeParse(member);
    if (!result.success) throw new Error('invalide');
    return result.data;
  },
  stamp: (member, revision, updatedAt) => ({ ...member, revision, updatedAt, version: 2 }),
  conflict: (theirs) => new MemberConflict(theirs),
  invalidRevision: () => new Error('révision hors limites'),
  besides: (member) => [[`member-initial:${member.id}`, member.nom.slice(0, 1)]],
  besideKeys: (key) => [key.replace('member:', 'member-initial:')],
};

class Members extends RecordStore<Member, StoredMember> {
  open(id: string) {
    return this.openKey(`member:${id}`);
  }
  list() {
    return this.listKeyed('member:');
  }
  remove(id: string) {
    return this.removeKey(`member:${id}`);
  }
}

const at = new Date('2027-04-12T08:00:00.000Z');
const nadia: Member = { id: 'm1', nom: 'Benali' };

describe('a new kind of record, declared as a descriptor only', () => {
  it('is saved with revisions, and a save based on an older one is refused as a conflict', async () => {
    const repo = new Members(new MemoryStore(), members, () => at);
    expect(await repo.save(nadia, 0)).toMatchObject({ revision: 1, updatedAt: at.toISOString() });
    await repo.save({ ...nadia, nom: 'Benali-Roux' }, 1); // another tab
    const error = await repo.save({ ...nadia, nom: 'Roux' }, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MemberConflict);
    expect(await repo.open('m1')).toMatchObject({ record: { nom: 'Benali-Roux', revision: 2 } });
  });

  it('writes what derives from it in the same transaction, and removes it with it', async () => {
    const store = new SelectiveFailStore((key) => key.startsWith('member-initial:'));
    const repo = new Members(store, members, () => at);
    // The derived write fails: the transaction writes neither.
    await expect(repo.save(nadia, 0)).rejects.toThrow();
    expect(await store.get('member:m1')).toBeNull();
    store.failOn = () => false;
    await repo.save(nadia, 0);
    expect(await store.get('member-initial:m1')).toBe('B');
    expect(await repo.remove('m1')).toMatchObject({ nom: 'Benali' });
    expect(await store.keys()).toEqual([]);
  });

  it('sets an unreadable record aside before replacing it, and lists it as rejected', async () => {
    const store = new MemoryStore();
    await store.set('member:m2', { id: 'm2', nom: 42 });
    const repo = new Members(store, members, () => at);
    expect(await repo.list()).toEqual({
      records: [],
      rejected: [{ key: 'member:m2', problems: ['illisible'] }],
    });
    expect(await store.get('quarantine:member:m2')).toEqual({ id: 'm2', nom: 42 });
    await repo.save({ id: 'm2', nom: 'Martin' }, 0);
    expect(await store.get('quarantine:member:m2')).toEqual({ id: 'm2', nom: 42 });
  });

  it('writes an old format back in the current one when it is read', async () => {
    const store = new MemoryStore();
    const old = { id: 'm3', name: 'Durand', revision: 4, updatedAt: at.toISOString() };
    await store.set('member:m3', old);
    const repo = new Members(store, members, () => at);
    expect(await repo.open('m3')).toMatchObject({ kind: 'found', record: { nom: 'Durand' } });
    expect(await store.get('member:m3')).toEqual({
      id: 'm3',
      nom: 'Durand',
      revision: 4,
      updatedAt: at.toISOString(),
      version: 2,
    });
  });

  it('is saved by the one saver, its edit safe in the journal before the write', async () => {
    const store = new MemoryStore();
    const repo = new Members(store, members, () => at);
    const journal = new WriteAheadJournal<Member>(
      new MemorySyncStorage(),
      (_key, raw) => memberSchema.safeParse(raw).data ?? null,
    );
    const saver = new JournalledSaver<Member, StoredMember>(
      {
        subject: 'model',
        delayMs: 0,
        keyOf: members.keyOf,
        baseOf: () => 0,
        save: (member, base) => repo.save(member, base),
        theirsOf: (error) => (error instanceof MemberConflict ? error.theirs : null),
        holds: (stored, member) => stored.nom === member.nom,
        revisionOf: (stored) => stored.revision,
        savedAt: (stored) => new Date(stored.updatedAt),
      },
      { onStatus: () => undefined, journal, writer: 'this-page' },
    );
    saver.change(nadia);
    expect(journal.read('member:m1')?.record).toEqual(nadia);
    await saver.flush();
    expect(saver.status).toMatchObject({ state: 'saved', revision: 1 });
    expect(journal.read('member:m1')).toBeNull();
    expect(await repo.open('m1')).toMatchObject({ record: { nom: 'Benali', revision: 1 } });
  });
});
