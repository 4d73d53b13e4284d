import type { Page } from '@playwright/test';

/** The family the app's stylesheet names first; its faces are the slices of assets/fonts/wqy-microhei.ttf. */
export const bundledFontFamily = 'Bundled WQY Micro Hei';
/** The name inside the font file, as Chromium reports the font it drew with. */
export const bundledFontName = 'WenQuanYi Micro Hei';

export type FontFaceState = Readonly<{ family: string; status: string; coversSample: boolean }>;

/**
 * What the page's font set says about a sample of text: whether
 * `document.fonts.check` finds it ready in the bundled family, and the
 * bundled faces whose range covers the sample, with their status.
 */
export async function bundledFaceState(page: Page, sample: string): Promise<{ check: boolean; faces: FontFaceState[] }> {
  return page.evaluate(
    async ({ family, sample }) => {
      await document.fonts.ready;
      const inRange = (range: string, point: number) =>
        range.split(',').some((part) => {
          const [start, end] = part.trim().replace(/^U\+/i, '').split('-').map((hex) => Number.parseInt(hex, 16));
          return start !== undefined && point >= start && point <= (end ?? start);
        });
      const points = [...sample].map((character) => character.codePointAt(0)!);
      const faces = [...document.fonts]
        .filter((face) => face.family.replace(/^["']|["']$/g, '') === family)
        .map((face) => ({ family: face.family, status: face.status, coversSample: points.some((point) => inRange(face.unicodeRange, point)) }))
        .filter((face) => face.coversSample);
      return { check: document.fonts.check(`16px "${family}"`, sample), faces };
    },
    { family: bundledFontFamily, sample },
  );
}

export type DrawnWith = Readonly<{ where: string; text: string; fonts: readonly Readonly<{ familyName: string; isCustomFont: boolean; glyphCount: number }>[] }>;

/**
 * The fonts Chromium actually drew each visible piece of text with (DevTools'
 * "Rendered fonts"): every element with text of its own, and every text box
 * with something typed in it, asked one by one.
 */
export async function fontsDrawingText(page: Page): Promise<DrawnWith[]> {
  const probes = await page.evaluate(() => {
    const marked: { where: string; text: string }[] = [];
    for (const element of document.body.querySelectorAll('*')) {
      const typed = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.value : '';
      const own = (typed || [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent ?? '').join('')).trim();
      if (own === '' || element.closest('script, style, option') !== null || !element.checkVisibility({ checkVisibilityCSS: true })) continue;
      element.setAttribute('data-font-probe', String(marked.length));
      marked.push({ where: `${element.tagName.toLowerCase()}${typeof element.className === 'string' && element.className !== '' ? `.${element.className.split(' ')[0]}` : ''}`, text: own.slice(0, 40) });
    }
    return marked;
  });
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-font-probe]' });
    const drawn: DrawnWith[] = [];
    for (const nodeId of nodeIds) {
      const { attributes = [] } = await cdp.send('DOM.getAttributes', { nodeId });
      const probe = probes[Number(attributes[attributes.indexOf('data-font-probe') + 1])];
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      if (probe !== undefined && fonts.length > 0) drawn.push({ ...probe, fonts });
    }
    return drawn;
  } finally {
    await cdp.detach();
    await page.evaluate(() => document.querySelectorAll('[data-font-probe]').forEach((element) => element.removeAttribute('data-font-probe')));
  }
}

/** Text drawn (in part) with any font but the bundled one: a system font, or a fallback for a missing glyph. */
export async function textNotInBundledFont(page: Page): Promise<DrawnWith[]> {
  return (await fontsDrawingText(page)).filter((entry) => entry.fonts.some((font) => !font.isCustomFont || font.familyName !== bundledFontName));
}
