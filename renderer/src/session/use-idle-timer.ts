import { useEffect, useRef } from 'react';

const activityEvents = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Calls `onIdle` after `timeoutMs` without keyboard, mouse, pen or touch
 * activity; null switches it off. The deadline is checked against the clock,
 * so a laptop that slept past it locks as soon as it wakes.
 */
export function useIdleTimer(timeoutMs: number | null, onIdle: () => void): void {
  const callback = useRef(onIdle);
  useEffect(() => {
    callback.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (timeoutMs === null) return undefined;
    let deadline = Date.now() + timeoutMs;
    const touch = () => {
      deadline = Date.now() + timeoutMs;
    };
    const check = () => {
      if (Date.now() >= deadline) callback.current();
    };
    for (const event of activityEvents) window.addEventListener(event, touch, { passive: true, capture: true });
    const interval = window.setInterval(check, Math.min(1_000, timeoutMs));
    document.addEventListener('visibilitychange', check);
    return () => {
      for (const event of activityEvents) window.removeEventListener(event, touch, { capture: true });
      window.clearInterval(interval);
      document.removeEventListener('visibilitychange', check);
    };
  }, [timeoutMs]);
}
