import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, PlaywrightWorkerArgs } from '@playwright/test';
import { chromiumArgs, resolveChromiumPath } from './chromium';

async function* filesUnder(directory: string): AsyncGenerator<string> {
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) yield* filesUnder(full);
    else if (entry.isFile()) yield full;
  }
}

function encodings(text: string): Buffer[] {
  return [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
}

/** The profile's files (relative paths) that hold the text, as UTF-8 or UTF-16. */
export async function filesContaining(directory: string, text: string): Promise<string[]> {
  const hits: string[] = [];
  for await (const file of filesUnder(directory)) {
    const content = await readFile(file);
    if (encodings(text).some((needle) => content.includes(needle))) hits.push(path.relative(directory, file));
  }
  return hits;
}

/**
 * A browser with a real profile on disk (IndexedDB as the user's would be),
 * for `use`, then a scan of that profile with `scan`; the profile is removed after.
 */
export async function withPersistentProfile(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string | undefined,
  use: (context: BrowserContext) => Promise<void>,
  scan: (profile: string) => Promise<void>,
): Promise<void> {
  const profile = await mkdtemp(path.join(tmpdir(), 'sms-ca-profile-'));
  try {
    const executablePath = resolveChromiumPath();
    const context = await playwright.chromium.launchPersistentContext(profile, { args: chromiumArgs, ...(executablePath ? { executablePath } : {}), ...(baseURL ? { baseURL } : {}) });
    try {
      await use(context);
    } finally {
      await context.close();
    }
    await scan(profile);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
