import type { Page } from '@playwright/test';

/**
 * Whether the page scrolls sideways (scrollWidth beyond the window), and the
 * visible elements that reach past the window's right edge, innermost first.
 */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
    const culprits: string[] = [];
    if (scrollWidth > window.innerWidth) {
      for (const element of document.body.querySelectorAll('*')) {
        const box = element.getBoundingClientRect();
        // Text running out of its own box (a long code that does not break) counts too.
        const textPastEdge = element.scrollWidth > element.clientWidth + 1 && box.left + element.scrollWidth > window.innerWidth + 0.5 && getComputedStyle(element).overflowX === 'visible';
        if (box.width === 0 || (box.right <= window.innerWidth + 0.5 && !textPastEdge)) continue;
        const inner = [...element.children].some((child) => child.getBoundingClientRect().right > window.innerWidth + 0.5);
        if (!inner) culprits.push(`${element.tagName.toLowerCase()}${typeof element.className === 'string' && element.className !== '' ? `.${element.className.split(' ').join('.')}` : ''} (right ${Math.round(box.right)})`);
      }
    }
    return { scrollWidth, innerWidth: window.innerWidth, culprits: culprits.slice(0, 8) };
  });
}

/** Visible text boxes (input, textarea, select) whose content box is narrower than two characters of their font. */
export async function narrowTextBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const notText = new Set(['checkbox', 'radio', 'file', 'hidden', 'range', 'color', 'button', 'submit', 'reset', 'image']);
    const narrow: string[] = [];
    for (const field of document.querySelectorAll<HTMLElement>('input, textarea, select')) {
      if (field instanceof HTMLInputElement && notText.has(field.type)) continue;
      if (!field.checkVisibility({ checkVisibilityCSS: true }) || field.getClientRects().length === 0) continue;
      const style = getComputedStyle(field);
      const content = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const twoCharacters = 2 * parseFloat(style.fontSize);
      if (content < twoCharacters) {
        const label = field.getAttribute('aria-label') ?? field.id ?? field.getAttribute('name') ?? '';
        narrow.push(`${field.tagName.toLowerCase()}${label === '' ? '' : `#${label}`}: ${Math.round(content)}px < ${twoCharacters}px`);
      }
    }
    return narrow;
  });
}

/** Height of the navigation with every section in it, against the window's height. */
export async function navigationHeight(page: Page): Promise<{ height: number; innerHeight: number }> {
  return page.evaluate(() => {
    const nav = document.querySelector('nav[aria-label="主导航"]');
    const header = document.querySelector('header');
    const height = (nav?.getBoundingClientRect().bottom ?? 0) - (header?.getBoundingClientRect().top ?? 0);
    return { height, innerHeight: window.innerHeight };
  });
}
