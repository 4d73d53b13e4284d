import { describe, expect, it } from 'vitest';
import { createAppInfoService } from '@main/services/app-info.service';

describe('app info service', () => {
  it('reports the Electron runtime with its versions', async () => {
    const service = createAppInfoService({ name: '短信合规助手', version: '0.1.0', platform: 'win32', versions: { electron: '45.5.0', chrome: '142.0.1' } });
    expect(await service.getInfo()).toEqual({
      name: '短信合规助手',
      version: '0.1.0',
      runtime: 'electron',
      platform: 'windows',
      electronVersion: '45.5.0',
      chromeVersion: '142.0.1',
    });
  });
});
