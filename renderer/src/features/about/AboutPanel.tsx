import { useState } from 'react';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { AppInfo } from '@shared/ipc/app-info';
import { useHost } from '@renderer/host/host-context';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { t } from '@renderer/i18n/t';
import { useAppInfo } from './use-app-info';

/** 设置 → 关于本应用: version, runtime, platform, and a support file to save. */
export function AboutPanel() {
  const host = useHost();
  const info = useAppInfo();
  const [status, setStatus] = useState<string | null>(null);

  if (info === null) return <p className="muted">{t('settings.about.loading')}</p>;
  if (!info.ok) return <p role="alert">{describeErrorZhCN(info.error.code)}</p>;

  const exportInfo = async (value: AppInfo) => {
    const data = new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
    const result = await host.files.saveFile({
      suggestedName: `运行信息-${value.version}.json`,
      filters: [{ name: 'JSON', extensions: ['json'] }],
      data,
    });
    if (!result.ok) setStatus(describeErrorZhCN(result.error.code));
    else {
      setStatus(
        describeSaveOutcome(result.value, {
          saved: (location) => t('settings.about.exported', { location }),
          cancelled: t('settings.about.exportCancelled'),
        }),
      );
    }
  };

  const value = info.value;
  return (
    <>
      <dl className="facts">
        <dt>{t('settings.about.version')}</dt>
        <dd data-testid="app-version">{value.version}</dd>
        <dt>{t('settings.about.runtime')}</dt>
        <dd data-testid="app-runtime">{t(value.runtime === 'electron' ? 'runtime.electron' : 'runtime.browser')}</dd>
        <dt>{t('settings.about.platform')}</dt>
        <dd>{t(`platform.${value.platform}`)}</dd>
        <dt>{t('settings.about.engine')}</dt>
        <dd>{value.chromeVersion === null ? '—' : `Chromium ${value.chromeVersion}`}</dd>
      </dl>
      {value.runtime === 'browser' && <p className="notice">{t('runtime.browserNotice')}</p>}
      <div className="actions">
        <button type="button" className="button" onClick={() => void exportInfo(value)}>
          {t('settings.about.export')}
        </button>
      </div>
      <p className="muted">{t('settings.about.exportHint')}</p>
      {status !== null && (
        <p role="status" className="status">
          {status}
        </p>
      )}
    </>
  );
}
