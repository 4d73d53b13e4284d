import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PersonalInformationPage, type PersonEntry } from './pages/personal-information.page';
import { WorkspacePage } from './pages/workspace.page';
import { chromiumArgs, resolveChromiumPath } from './support/chromium';

// Synthetic people: numbers from the 139/158 ranges, invented names.
const people: readonly PersonEntry[] = [
  { phone: '13900139001', name: '欧阳测试甲', source: '门店登记表' },
  { phone: '13900139002', name: '司马测试乙', source: '门店登记表' },
  { phone: '15800158003', name: '诸葛测试丙', source: '小程序注册页' },
];
const evidenceMarker = 'CONSENT-EVIDENCE-PLAINTEXT-7731';
// Stored in clear on purpose (the workspace label): proves the scan can see what IndexedDB holds.
const controlLabel = 'SCANCONTROL门店';

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

async function filesContaining(directory: string, text: string): Promise<string[]> {
  const hits: string[] = [];
  for await (const file of filesUnder(directory)) {
    const content = await readFile(file);
    if (encodings(text).some((needle) => content.includes(needle))) hits.push(path.relative(directory, file));
  }
  return hits;
}

test('after storing phone numbers, names and evidence, none of them is readable in the browser profile', async ({ playwright, baseURL }) => {
  const profile = await mkdtemp(path.join(tmpdir(), 'sms-ca-profile-'));
  const executablePath = resolveChromiumPath();
  const context = await playwright.chromium.launchPersistentContext(profile, {
    args: chromiumArgs,
    ...(executablePath ? { executablePath } : {}),
    ...(baseURL ? { baseURL } : {}),
  });
  try {
    const page = await context.newPage();
    await new WorkspacePage(page).create(controlLabel);
    const ledger = new PersonalInformationPage(page);
    await ledger.open();
    for (const person of people) await ledger.add(person);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '选择文件…' }).click();
    await (await chooser).setFiles({ name: '同意书.pdf', mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n${evidenceMarker}\n%%EOF\n`) });
    await ledger.add({ phone: '15800158004', name: '上官测试丁', source: '书面同意书' });
    await expect(page.getByTestId('pi-table').locator('tbody tr')).toHaveCount(4);
  } finally {
    await context.close();
  }

  try {
    expect(await filesContaining(profile, controlLabel)).not.toEqual([]);
    const leaks: Record<string, string[]> = {};
    for (const secret of [...people.flatMap((person) => [person.phone, person.name]), '15800158004', '上官测试丁', evidenceMarker]) {
      const hits = await filesContaining(profile, secret);
      if (hits.length > 0) leaks[secret] = hits;
    }
    expect(leaks).toEqual({});
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
