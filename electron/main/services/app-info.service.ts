import { toAppPlatform, type AppInfo } from '@shared/ipc/app-info';

export type AppInfoSource = Readonly<{
  name: string;
  version: string;
  platform: string;
  versions: Readonly<{ electron?: string | undefined; chrome?: string | undefined }>;
}>;

/** Answers `app:get-info` from Electron's app object and process versions. */
export function createAppInfoService(source: AppInfoSource) {
  return {
    async getInfo(): Promise<AppInfo> {
      return {
        name: source.name,
        version: source.version,
        runtime: 'electron',
        platform: toAppPlatform(source.platform),
        electronVersion: source.versions.electron ?? null,
        chromeVersion: source.versions.chrome ?? null,
      };
    },
  };
}
