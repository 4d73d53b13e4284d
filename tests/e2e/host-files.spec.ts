import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { WorkspacePage } from './pages/workspace.page';

test('设置 reads the app info through the web host and hands it to the browser as a download, without claiming it was saved', async ({ page }) => {
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('设置测试');
  await shell.goTo('设置');
  await expect(page.getByTestId('app-runtime')).toHaveText('浏览器模式');
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+$/);

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出运行信息…' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^运行信息-\d+\.\d+\.\d+\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as Record<string, unknown>;
  expect(saved).toMatchObject({ name: '短信合规助手', runtime: 'browser', electronVersion: null });
  const status = page.getByRole('status').filter({ hasText: '运行信息-' });
  await expect(status).toContainText('已交给浏览器下载「运行信息-');
  await expect(status).toContainText('请在浏览器的下载列表里确认');
  await expect(status).not.toContainText('已保存');
  expect(shell.consoleErrors).toEqual([]);
});

test('文档 opens a file through the web host and shows its SHA-256', async ({ page }) => {
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('文档测试');
  await shell.goTo('文档');
  const content = Buffer.from('%PDF-1.7\n责任书测试内容\n%%EOF\n', 'utf8');

  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  const chooser = await chooserPromise;
  await chooser.setFiles({ name: '责任书.pdf', mimeType: 'application/pdf', buffer: content });

  const expected = createHash('sha256').update(content).digest('hex');
  await expect(page.getByTestId('sha256')).toHaveText(expected);
  await expect(page.getByTestId('fingerprint-verdict')).toContainText('所选文件：责任书.pdf');
  await expect(page.getByTestId('fingerprint-verdict')).toContainText('这不是本工作区签署的责任书');
});

test('a file of a type the dialog did not offer is refused in Chinese', async ({ page }) => {
  const shell = new AppShellPage(page);
  await new WorkspacePage(page).create('类型测试');
  await shell.goTo('文档');
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  const chooser = await chooserPromise;
  await chooser.setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('x') });
  await expect(page.getByRole('status')).toHaveText('不支持这种文件类型。');
  await expect(page.getByTestId('sha256')).toHaveCount(0);
});
