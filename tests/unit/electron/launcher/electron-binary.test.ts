import { describe, expect, it } from 'vitest';
import { describeElectronFailure, locateElectronBinary } from '../../../../electron/launcher/electron-binary';

describe('locateElectronBinary', () => {
  it('returns the binary the electron package names when it exists', () => {
    const result = locateElectronBinary(() => ({ status: 0, stdout: '/x/electron', stderr: '' }), (file) => file === '/x/electron');
    expect(result).toEqual({ found: true, path: '/x/electron' });
  });

  it('explains a failed download in one Chinese line', () => {
    const stderr = 'Downloading Electron binary...\nTypeError: fetch failed\n    at ...\nError: Electron failed to install correctly';
    const result = locateElectronBinary(() => ({ status: 1, stdout: '', stderr }), () => false);
    expect(result).toEqual({ found: false, reason: '未能下载 Electron 程序（这台电脑连不上下载地址）' });
  });

  it('does not trust a path that is not on disk', () => {
    const result = locateElectronBinary(() => ({ status: 0, stdout: '/gone/electron', stderr: '' }), () => false);
    expect(result.found).toBe(false);
  });

  it('names a missing dependency', () => {
    expect(describeElectronFailure("Error: Cannot find module 'electron'")).toContain('npm install');
    expect(describeElectronFailure('something else')).not.toContain('\n');
  });
});
