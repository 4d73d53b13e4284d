import { expect, test, type Page } from '@playwright/test';
import { seriousAccessibilityViolations } from './accessibility';
import { bundledFaceState, textNotInBundledFont } from './bundled-font';
import { horizontalOverflow, narrowTextBoxes } from './layout-checks';
import { collectVisibleText, findForeignWords, screenWordExceptions, separateKnownFindings } from './plain-chinese';

/** The two window widths every screen is checked at: a laptop, and a narrow window (420 px). */
export const screenWidths = [1280, 420] as const;
const screenHeight = 900;

/**
 * One screen to walk: its name (the screenshot's file name; a prefix such as
 * `settings` picks its word exceptions) and how to get there from wherever
 * the walk is. `open` ends when the screen shows what it is about.
 */
export type Screen = Readonly<{ name: string; open: (page: Page) => Promise<void> }>;

/** What to check on every screen; all of it unless a walk says otherwise. */
export type ScreenChecks = Readonly<{ accessibility: boolean; layout: boolean; font: boolean; words: boolean }>;
export const allChecks: ScreenChecks = { accessibility: true, layout: true, font: true, words: true };

/** Lets the screen finish drawing: fonts loaded (including slices a new character asked for), two frames. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await document.fonts.ready;
  });
}

/** Goes to a path of the app the way its own links do, keeping the open workspace (a reload would lock it). */
export async function navigateInApp(page: Page, pathname: string): Promise<void> {
  await page.evaluate((target) => {
    window.history.pushState(null, '', target);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, pathname);
}

function exceptionsFor(screen: string): readonly string[] {
  return Object.entries(screenWordExceptions).flatMap(([prefix, words]) => (screen.startsWith(prefix) ? words : []));
}

/**
 * Checks the screen as it is now at both widths, softly (every problem of
 * every screen is reported, not only the first): a full-page screenshot in
 * the test's output folder, no sideways scrolling, no text box narrower than
 * two characters, no serious or critical axe violation, every text drawn
 * with the bundled font, and no English word or internal id in sight.
 */
export async function checkScreen(page: Page, name: string, checks: ScreenChecks = allChecks): Promise<void> {
  for (const width of screenWidths) {
    await page.setViewportSize({ width, height: screenHeight });
    await settle(page);
    const at = `${name} @ ${width}px`;
    await page.screenshot({ path: test.info().outputPath('screens', `${name}-${width}.png`), fullPage: true });
    if (checks.layout) {
      const overflow = await horizontalOverflow(page);
      expect.soft(overflow.scrollWidth, `${at}: scrolls sideways, past the window: ${overflow.culprits.join('; ')}`).toBeLessThanOrEqual(overflow.innerWidth);
      expect.soft(await narrowTextBoxes(page), `${at}: text boxes narrower than two characters`).toEqual([]);
    }
    if (checks.font) {
      const faces = await bundledFaceState(page, '合规');
      expect.soft(faces.check, `${at}: document.fonts.check says the bundled font is not ready for 合规`).toBe(true);
      expect.soft(faces.faces.map((face) => face.status), `${at}: the bundled face that draws 合规`).toEqual(['loaded']);
      const elsewhere = await textNotInBundledFont(page);
      expect.soft(elsewhere.map((entry) => `${entry.where} "${entry.text}": ${entry.fonts.map((font) => font.familyName).join(', ')}`), `${at}: text drawn with another font`).toEqual([]);
    }
    if (checks.words) {
      const { known, unexpected } = separateKnownFindings(name, findForeignWords(await collectVisibleText(page), exceptionsFor(name)));
      expect.soft(unexpected.map((finding) => `${finding.kind} "${finding.token}" in ${finding.where}: ${finding.text.slice(0, 80)}`), `${at}: English words or internal ids`).toEqual([]);
      for (const finding of known) test.info().annotations.push({ type: 'known finding', description: `${at}: "${finding.token}" in ${finding.text.slice(0, 60)}` });
    }
    // Accessibility once per width: the narrow layout has its own menu and stacked tables.
    if (checks.accessibility) {
      expect.soft(await seriousAccessibilityViolations(page), `${at}: serious or critical accessibility violations`).toEqual([]);
    }
  }
  await page.setViewportSize({ width: screenWidths[0], height: screenHeight });
}

/** Opens each screen in turn and checks it (see checkScreen). */
export async function walkScreens(page: Page, screens: readonly Screen[], checks: ScreenChecks = allChecks): Promise<void> {
  for (const screen of screens) {
    await test.step(screen.name, async () => {
      await page.setViewportSize({ width: screenWidths[0], height: screenHeight });
      await screen.open(page);
      await checkScreen(page, screen.name, checks);
    });
  }
}
