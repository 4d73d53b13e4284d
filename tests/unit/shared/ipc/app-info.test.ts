import { describe, expect, it } from 'vitest';
import { toAppPlatform } from '@shared/ipc/app-info';

describe('toAppPlatform', () => {
  it.each([
    ['win32', 'windows'],
    ['Win32', 'windows'],
    ['darwin', 'macos'],
    ['MacIntel', 'macos'],
    ['linux', 'linux'],
    ['Linux x86_64', 'linux'],
    ['freebsd', 'other'],
    ['', 'other'],
  ])('%s → %s', (raw, expected) => {
    expect(toAppPlatform(raw)).toBe(expected);
  });
});
