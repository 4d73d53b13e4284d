import type { Display, Rectangle } from 'electron';
import { describe, expect, it } from 'vitest';
import { createPresentationService } from '@main/services/presentation.service';

const display = (id: number, x: number): Display => ({ id, bounds: { x, y: 0, width: 1920, height: 1080 } }) as Display;

function fakeWindow() {
  let bounds: Rectangle = { x: 100, y: 80, width: 1280, height: 800 };
  let kiosk = false;
  return {
    getBounds: () => bounds,
    setBounds: (next: Rectangle) => void (bounds = next),
    setKiosk: (value: boolean) => void (kiosk = value),
    isKiosk: () => kiosk,
    state: () => ({ bounds, kiosk }),
  };
}

describe('商户操作 on the desktop', () => {
  it('moves the window to the pen display and fills it, and puts it back where it was', () => {
    const window = fakeWindow();
    const presentation = createPresentationService({ displays: () => ({ all: [display(1, 0), display(2, 1920)], primary: display(1, 0) }), getWindow: () => window });
    expect(presentation.enter()).toEqual({ display: 'external' });
    expect(window.state()).toEqual({ bounds: { x: 1920, y: 0, width: 1920, height: 1080 }, kiosk: true });
    // Entering twice keeps the first place to return to.
    presentation.enter();
    presentation.exit();
    expect(window.state()).toEqual({ bounds: { x: 100, y: 80, width: 1280, height: 800 }, kiosk: false });
  });

  it('fills the only screen when there is no pen display', () => {
    const window = fakeWindow();
    const presentation = createPresentationService({ displays: () => ({ all: [display(1, 0)], primary: display(1, 0) }), getWindow: () => window });
    expect(presentation.enter()).toEqual({ display: 'primary' });
    expect(window.state().kiosk).toBe(true);
  });
});
