import { describe, expect, it } from 'vitest';
import { ipcChannels, ipcContract } from '@shared/ipc/contract';

describe('ipcContract', () => {
  it('names every channel domain:verb', () => {
    expect(ipcChannels.length).toBeGreaterThan(0);
    for (const channel of ipcChannels) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });

  it('gives app:get-info no argument at all', () => {
    expect(ipcContract['app:get-info'].request.safeParse(undefined).success).toBe(true);
    expect(ipcContract['app:get-info'].request.safeParse({ sneaky: true }).success).toBe(false);
  });
});
