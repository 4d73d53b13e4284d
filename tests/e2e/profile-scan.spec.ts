import { expect, test } from '@playwright/test';
import { PersonalInformationPage, type PersonEntry } from './pages/personal-information.page';
import { WorkspacePage } from './pages/workspace.page';
import { filesContaining, withPersistentProfile } from './support/profile-scan';

// Synthetic people: numbers from the 139/158 ranges, invented names.
const people: readonly PersonEntry[] = [
  { phone: '13900139001', name: '欧阳测试甲', source: '门店登记表' },
  { phone: '13900139002', name: '司马测试乙', source: '门店登记表' },
  { phone: '15800158003', name: '诸葛测试丙', source: '小程序注册页' },
];
const evidenceMarker = 'CONSENT-EVIDENCE-PLAINTEXT-7731';
// Stored in clear on purpose (the workspace label): proves the scan can see what IndexedDB holds.
const controlLabel = 'SCANCONTROL门店';

test('after storing phone numbers, names and evidence, none of them is readable in the browser profile', async ({ playwright, baseURL }) => {
  await withPersistentProfile(
    playwright,
    baseURL,
    async (context) => {
      const page = await context.newPage();
      await new WorkspacePage(page).create(controlLabel);
      const ledger = new PersonalInformationPage(page);
      await ledger.open();
      for (const person of people) await ledger.add(person);
      await ledger.startAdding('登记一个手机号');
      await page.getByLabel('手机号', { exact: true }).fill('15800158004');
      await page.getByLabel('姓名或称呼（选填）').fill('上官测试丁');
      await page.getByLabel('信息来源').fill('书面同意书');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: '选择文件…' }).click();
      await (await chooser).setFiles({ name: '同意书.pdf', mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n${evidenceMarker}\n%%EOF\n`) });
      await ledger.save();
      await expect(page.getByTestId('attachments')).toContainText('同意书.pdf');
      await ledger.backToList();
      await expect(ledger.rows()).toHaveCount(4);
    },
    async (profile) => {
      expect(await filesContaining(profile, controlLabel)).not.toEqual([]);
      const leaks: Record<string, string[]> = {};
      for (const secret of [...people.flatMap((person) => [person.phone, person.name]), '15800158004', '上官测试丁', evidenceMarker]) {
        const hits = await filesContaining(profile, secret);
        if (hits.length > 0) leaks[secret] = hits;
      }
      expect(leaks).toEqual({});
    },
  );
});
