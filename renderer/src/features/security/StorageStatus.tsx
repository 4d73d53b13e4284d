import { useEffect, useState } from 'react';
import { formatBytes } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';

/** What the browser answered when asked at unlock to keep the data, and how much disk is left. */
export function StorageStatus() {
  const { services, storagePersistence } = useSession();
  const [freeBytes, setFreeBytes] = useState<number | null>(null);

  useEffect(() => {
    void services.host.storage.freeSpace().then((result) => setFreeBytes(result.ok ? result.value.freeBytes : null));
  }, [services]);

  return (
    <section className="card">
      <h2>{t('security.storage.title')}</h2>
      <p data-testid="storage-persisted">
        {storagePersistence === null ? t('security.storage.unknown') : t(`security.storage.requested.${storagePersistence}`)}
      </p>
      <p>{freeBytes === null ? t('security.storage.freeUnknown') : t('security.storage.free', { space: formatBytes(freeBytes) })}</p>
    </section>
  );
}
