import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** LibreOffice's command: `SOFFICE_PATH`, or Debian's (package « libreoffice-writer-nogui »). */
export const soffice = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';

/**
 * Opens each DOCX in LibreOffice Writer and prints it to PDF, as a secretary's « Exporter au
 * format PDF » would: all files in one headless run (LibreOffice's start is the slow part), with
 * a profile of its own in a temporary folder, so that neither a user's profile nor another run
 * (a lock, a restore prompt) is involved. Returns each file's PDF by the same name.
 */
export async function printWithLibreOffice(
  files: Readonly<Record<string, Uint8Array>>,
  timeoutMs: number,
): Promise<Record<string, Uint8Array>> {
  if (!existsSync(soffice)) {
    throw new Error(
      `LibreOffice not found at ${soffice}: install it (Debian: apt-get install --no-install-recommends libreoffice-writer-nogui) or set SOFFICE_PATH`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'docx-libreoffice-'));
  try {
    const names = Object.keys(files);
    const inputs = await Promise.all(
      names.map(async (name) => {
        const path = join(dir, `${name}.docx`);
        await writeFile(path, files[name] ?? new Uint8Array());
        return path;
      }),
    );
    const out = join(dir, 'pdf');
    await run(
      soffice,
      [
        '--headless',
        '--norestore',
        '--nolockcheck',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        ...inputs,
      ],
      { timeout: timeoutMs, killSignal: 'SIGKILL' },
    );
    const pdfs = await Promise.all(
      names.map(async (name) => [name, new Uint8Array(await readFile(join(out, `${name}.pdf`)))]),
    );
    return Object.fromEntries(pdfs) as Record<string, Uint8Array>;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
