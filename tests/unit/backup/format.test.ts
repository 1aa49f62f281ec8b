import { describe, expect, it } from 'vitest';
import { backupFileName, serializeBackup } from '../../../src/lib/backup/format';
import { slugify } from '../../../src/lib/text/slug';
import { makeLetter } from '../../fixtures/make-letter';

// Local time, so the file name's date is the day the user sees wherever the tests run.
const now = new Date(2026, 10, 22, 12, 0, 0);

describe('the backup file', () => {
  it('is pretty JSON with the format, the version and the date', () => {
    const text = serializeBackup([], null, new Date('2026-11-22T15:00:00.000Z'));
    expect(text).toBe(
      '{\n  "format": "lettres-de-mission",\n  "version": 1,\n  "exportedAt": "2026-11-22T15:00:00.000Z",\n  "letters": []\n}\n',
    );
  });
});

describe('the file name', () => {
  it('for everything', () => {
    expect(backupFileName(now)).toBe('lettres-de-mission-sauvegarde-2026-11-22.json');
  });

  it('for one letter, the person it is for', () => {
    const letter = makeLetter('a');
    letter.values['prenom'] = 'Zoé';
    letter.values['nom'] = 'Lefèvre-Œuvray';
    expect(backupFileName(now, letter)).toBe(
      'lettre-de-mission-zoe-lefevre-oeuvray-2026-11-22.json',
    );
  });

  it('for one letter without a name, its title', () => {
    const letter = makeLetter('a', { title: 'Référent « décrochage » : 2025/2026 !' });
    expect(backupFileName(now, letter)).toBe(
      'lettre-de-mission-referent-decrochage-2025-2026-2026-11-22.json',
    );
  });

  it('never contains characters a file system refuses', () => {
    expect(slugify('../../etc/passwd <script>')).toBe('etc-passwd-script');
    expect(backupFileName(now, makeLetter('a', { title: '***' }))).toBe(
      'lettre-de-mission-lettre-2026-11-22.json',
    );
  });
});
