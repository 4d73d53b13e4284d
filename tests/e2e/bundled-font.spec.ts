import { expect, test } from '@playwright/test';
import { AppShellPage } from './pages/app-shell.page';
import { bundledFaceState, bundledFontFamily, bundledFontName, fontsDrawingText } from './support/bundled-font';
import { settle } from './support/screen-walk';

// The interface never depends on the machine's fonts: on a Linux without
// Chinese fonts (this machine, CI) every text is drawn with the font the app
// ships (assets/fonts/wqy-microhei.ttf, cut into slices at build time).

test('the welcome screen is drawn with the bundled font, loaded from the app itself, under its CSP', async ({ page }) => {
  const shell = new AppShellPage(page);
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(request.url());
  });
  await shell.open('/');
  await expect(shell.heading()).toHaveText('欢迎使用短信合规助手');
  await settle(page);

  // The font set: the face that draws 合规 is the bundled one, loaded, and check() agrees.
  const state = await bundledFaceState(page, '合规');
  expect(state.check).toBe(true);
  expect(state.faces).toEqual([{ family: bundledFontFamily, status: 'loaded', coversSample: true }]);
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(new RegExp(`^"${bundledFontFamily}"`));

  // What Chromium actually drew with: every text of the screen, the bundled font only.
  const drawn = await fontsDrawingText(page);
  expect(drawn.length).toBeGreaterThan(5);
  for (const entry of drawn) {
    expect(entry.fonts, `${entry.where} "${entry.text}"`).toEqual([expect.objectContaining({ familyName: bundledFontName, isCustomFont: true })]);
  }

  // Served by the app (same origin, as font-src 'self' requires): the interface slice first.
  expect(fontRequests.length).toBeGreaterThan(0);
  for (const url of fontRequests) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
  expect(fontRequests[0]).toMatch(/\/assets\/ui-font-interface-[0-9a-f]+\.ttf$/);
  expect(shell.consoleErrors).toEqual([]);
});

test('text without the bundled family would fall back to a system font: the check tells the two apart', async ({ page }) => {
  await new AppShellPage(page).open('/');
  await page.evaluate(() => {
    const probe = document.createElement('p');
    probe.textContent = '合规';
    probe.style.fontFamily = 'sans-serif';
    document.querySelector('main')?.append(probe);
  });
  await settle(page);
  const probe = (await fontsDrawingText(page)).find((entry) => entry.text === '合规');
  expect(probe?.fonts.every((font) => !font.isCustomFont)).toBe(true);
});

test('any hanzi a user types is drawn with the bundled font: its slice loads when it first appears', async ({ page }) => {
  await new AppShellPage(page).open('/workspaces/new');
  // 亓 (GB2312 level 2) and 龘 (outside GB2312): neither is in the interface slice.
  const rare = '亓龘';
  const before = await bundledFaceState(page, rare);
  expect(before.faces.map((face) => face.status)).toEqual(['unloaded', 'unloaded']);
  await page.getByLabel('工作区名称').fill(`张${rare}便利店`);
  await settle(page);
  const after = await bundledFaceState(page, rare);
  expect(after.faces.map((face) => face.status)).toEqual(['loaded', 'loaded']);
  expect(after.check).toBe(true);
  // The typed name, in its text box, is drawn with the bundled font alone.
  const typed = (await fontsDrawingText(page)).filter((entry) => entry.text.includes(rare));
  expect(typed).toHaveLength(1);
  expect(typed[0]!.fonts).toEqual([expect.objectContaining({ familyName: bundledFontName, isCustomFont: true })]);
});
