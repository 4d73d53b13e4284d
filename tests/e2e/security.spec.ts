import { crc32, deflateSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { MarksPage } from './pages/marks.page';
import { SigningPage, testOperator } from './pages/signing.page';
import { testPassphrase, WorkspacePage } from './pages/workspace.page';

// A real decompression bomb: a valid 8,000 x 8,000 one-bit PNG of about
// 10 KB that would take 256 MB once decoded to RGBA (64 megapixels).
function pngBomb(side = 8_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.byteLength);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale
  const row = Buffer.alloc(1 + side / 8, 0xff);
  row[0] = 0;
  const raw = Buffer.concat(Array.from({ length: side }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

test('a new passphrase: an empty form asks for one; a poem line is refused with the reasons in Chinese', async ({ page }) => {
  await page.goto('/workspaces/new');
  await page.getByLabel('工作区名称').fill('诗句门店');
  await page.getByRole('button', { name: '创建工作区' }).click();
  await expect(page.getByText('请输入密码。')).toBeVisible();
  await expect(page.getByText(/太弱|太容易被猜到/)).toHaveCount(0);

  for (const [passphrase, reason] of [
    ['床前明月光疑是地上霜', '包含有名的诗句'],
    ['Zhangsan1988', '包含姓名或姓名拼音'],
    ['一二三四五六七八九十', '包含常见的口号、歌词、俗语或顺序'],
  ] as const) {
    await page.getByLabel('密码', { exact: true }).fill(passphrase);
    await expect(page.getByTestId('strength')).toContainText(reason);
    await expect(page.getByTestId('strength')).toContainText('建议：');
  }
  await page.getByLabel('密码', { exact: true }).fill('床前明月光疑是地上霜');
  await page.getByLabel('再输入一次密码').fill('床前明月光疑是地上霜');
  await page.getByRole('button', { name: '创建工作区' }).click();
  await expect(page.getByText('密码太容易被猜到，请按上面的提示加强。')).toBeVisible();
  await expect(page.getByTestId('recovery-code')).toHaveCount(0);

  await page.getByLabel('密码', { exact: true }).fill(testPassphrase);
  await expect(page.getByTestId('strength-label')).toHaveText('密码强度：够强');
});

test('a decompression bomb is refused before decoding, with a Chinese reason, and the next image still works', async ({ page }) => {
  test.setTimeout(120_000);
  await new WorkspacePage(page).create(`炸弹门店${Date.now() % 10_000}`);
  const signing = new SigningPage(page);
  await signing.open();
  await signing.fillOperator({ ...testOperator, type: '企业' });
  await signing.readToEnd();
  await page.getByRole('button', { name: '下一步' }).click();
  const marks = new MarksPage(page);
  await marks.importImage('seal', '公章.png', pngBomb());
  await expect(marks.status('seal')).toHaveText(/^这张图片太大（超过 5000 万像素），没有打开。/, { timeout: 15_000 });
  await expect(page.getByTestId('mark-capture-seal').getByRole('button', { name: '导入照片或扫描件…' })).toBeEnabled();
  await marks.importImage('seal', '不是图片.png', Buffer.from('MZ\x90\x00this is no image'));
  await expect(marks.status('seal')).toHaveText(/^这张图片打不开。/);
});

test('every unlock asks the browser to keep the data, and 设置 shows its answer', async ({ page }) => {
  // Counted in sessionStorage: the page object reloads the app between lock and unlock.
  await page.addInitScript(() => {
    navigator.storage.persist = () => {
      sessionStorage.setItem('persistCalls', String(Number(sessionStorage.getItem('persistCalls') ?? '0') + 1));
      return Promise.resolve(false);
    };
  });
  const workspace = new WorkspacePage(page);
  await workspace.create('存储门店');
  const persistCalls = () => page.evaluate(() => Number(sessionStorage.getItem('persistCalls') ?? '0'));
  expect(await persistCalls()).toBe(1);
  await workspace.lock();
  await workspace.unlock('存储门店');
  expect(await persistCalls()).toBe(2);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
  await expect(page.getByTestId('storage-persisted')).toHaveText('本次解锁时已请求长期保存数据：浏览器没有同意，磁盘紧张时数据可能被清除。请务必定期备份。');
});
