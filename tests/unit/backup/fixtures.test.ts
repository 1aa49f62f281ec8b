import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/lib/backup/parse';
import { planImport, storedById, toWrite } from '../../../src/lib/backup/plan';
import { summarise } from '../../../src/lib/backup/summary';
import { runImport } from '../../../src/lib/backup/run';
import { LetterRepository } from '../../../src/lib/letters/repository';
import { createLetterChannel } from '../../../src/lib/persistence/channel';
import { MemoryStore } from '../../../src/lib/storage/memory-store';
import { overLimitTexts } from '../../../src/lib/checks/over-limit';

/**
 * A kept backup file (see `tests/fixtures/backups/README.md`), as the browser gives it, with
 * `change` applied to its JSON.
 */
function fixture(name: string, change: (data: Record<string, unknown>) => void = () => {}) {
  const kept = readFileSync(new URL(`../../fixtures/backups/${name}`, import.meta.url), 'utf8');
  const data = JSON.parse(kept) as Record<string, unknown>;
  change(data);
  const text = JSON.stringify(data);
  return { size: new TextEncoder().encode(text).length, text: async () => text };
}

/** What the page does: parse, preview, then « Confirmer » into an empty browser. */
async function previewThenConfirm(name: string, change?: (data: Record<string, unknown>) => void) {
  const store = new MemoryStore();
  const repo = new LetterRepository(store);
  const parsed = await parseBackup(fixture(name, change));
  if (!parsed.ok) throw new Error(`${parsed.message} ${parsed.details.join(' ')}`);
  const plan = planImport(storedById([], []), parsed.backup);
  const preview = summarise(plan);
  const channel = createLetterChannel(() => null);
  const report = await runImport(
    { repo, channel },
    plan,
    'keep-both',
    parsed.backup.school ?? null,
  );
  return { repo, plan, preview, report };
}

describe('a backup written before the limits (old-long-texts.json)', () => {
  it('writes what its preview announces, every text whole', async () => {
    const { repo, plan, preview, report } = await previewThenConfirm('old-long-texts.json');
    expect(preview).toBe('1 lettre sera ajoutée.');
    expect(toWrite(plan)).toBe(1);
    expect(report).toMatchObject({ ok: true });
    expect(report.ok && report.notice).toBe(
      'Import terminé\u00a0: 1 lettre ajoutée. L’établissement de la sauvegarde a rempli ' +
        '«\u00a0Mon établissement\u00a0».',
    );
    const [letter, ...others] = (await repo.list()).letters;
    expect(others).toEqual([]);
    expect(letter?.id).toBe('ancienne-1');
    expect(letter?.title).toHaveLength(250);
    const mission = letter?.sections[0]?.blocks[0];
    expect(mission?.type === 'list' && mission.items[0]?.text).toHaveLength(12_000);
    expect((await repo.getSchool()).etablissement).toHaveLength(150);
  });

  it('without its school, still writes the letter « Confirmer » was asked for', async () => {
    const { preview, report, repo } = await previewThenConfirm('old-long-texts.json', (data) => {
      delete data['school'];
    });
    expect(preview).toBe('1 lettre sera ajoutée.');
    expect(report.ok && report.notice).toBe('Import terminé\u00a0: 1 lettre ajoutée.');
    expect((await repo.list()).letters.map((letter) => letter.title.length)).toEqual([250]);
  });

  it('leaves the texts over today’s limits marked, as for a letter stored before them', async () => {
    const { repo } = await previewThenConfirm('old-long-texts.json');
    const [letter] = (await repo.list()).letters;
    const over = (letter ? overLimitTexts(letter) : []).map(({ length, max }) => [length, max]);
    expect(over).toEqual([
      [250, 200],
      [12_000, 10_000],
    ]);
  });
});
