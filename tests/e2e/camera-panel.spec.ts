import { expect, test, type Locator } from '@playwright/test';
import { SigningPage } from './pages/signing.page';
import { WorkspacePage } from './pages/workspace.page';

// Without a camera (this browser has none), the dialog says so; at a laptop's
// width and a phone's, it is a panel whose guide stays inside the picture and
// never runs over the title, the message or the buttons.

type Box = { x: number; y: number; width: number; height: number };
const boxOf = async (locator: Locator): Promise<Box> => (await locator.boundingBox())!;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (inner: Box, outer: Box) => inner.x >= outer.x - 1 && inner.y >= outer.y - 1 && inner.x + inner.width <= outer.x + outer.width + 1 && inner.y + inner.height <= outer.y + outer.height + 1;

for (const viewport of [{ width: 1280, height: 800 }, { width: 420, height: 860 }]) {
  test(`the camera dialog is a panel at ${viewport.width} px: the guide stays inside the picture`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await new WorkspacePage(page).create(`摄像头面板${viewport.width}`);
    const signing = new SigningPage(page);
    await signing.open();
    await signing.fillOperator();
    await signing.readToEnd();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByTestId('mark-capture-seal').getByRole('button', { name: '用摄像头拍摄…' }).click();

    const dialog = page.getByRole('dialog', { name: '用摄像头拍摄' });
    await expect(dialog.getByText('无法使用摄像头')).toBeVisible({ timeout: 20_000 });
    const panel = await boxOf(dialog);
    const guide = await boxOf(dialog.locator('.camera-shape'));
    const frame = await boxOf(dialog.locator('.camera-frame'));
    expect(inside(panel, { x: 0, y: 0, ...viewport })).toBe(true);
    expect(inside(guide, frame)).toBe(true);
    for (const part of [dialog.getByRole('heading', { name: '用摄像头拍摄' }), dialog.getByText('无法使用摄像头'), dialog.getByRole('button', { name: '拍照' }), dialog.getByRole('button', { name: '取消' })]) {
      expect(overlaps(await boxOf(part), guide)).toBe(false);
      expect(inside(await boxOf(part), panel)).toBe(true);
    }
    await page.screenshot({ path: test.info().outputPath(`camera-${viewport.width}.png`) });
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
  });
}
