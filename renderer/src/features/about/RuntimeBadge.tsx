import { t } from '@renderer/i18n/t';
import { useAppInfo } from './use-app-info';

/** Says in the header whether this is the desktop app or the browser mode. */
export function RuntimeBadge() {
  const info = useAppInfo();
  if (info === null || !info.ok) return null;
  const isBrowser = info.value.runtime === 'browser';
  return (
    <span className={isBrowser ? 'badge badge-warn' : 'badge'} title={isBrowser ? t('runtime.browserNotice') : undefined}>
      {t(isBrowser ? 'runtime.browser' : 'runtime.electron')}
    </span>
  );
}
