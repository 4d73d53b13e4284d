import { useEffect, useState } from 'react';
import { formatBytes } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';

/** Whether the browser promised to keep the data, and how much disk is left. */
export function StorageStatus() {
  const { services } = useSession();
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [freeBytes, setFreeBytes] = useState<number | null>(null);

  useEffect(() => {
    void (navigator.storage?.persisted?.() ?? Promise.resolve(null)).then(setPersisted, () => setPersisted(null));
    void services.host.storage.freeSpace().then((result) => setFreeBytes(result.ok ? result.value.freeBytes : null));
  }, [services]);

  return (
    <section className="card">
      <h2>{t('security.storage.title')}</h2>
      <p data-testid="storage-persisted">
        {persisted === null ? t('security.storage.unknown') : persisted ? t('security.storage.persisted') : t('security.storage.notPersisted')}
      </p>
      <p>{freeBytes === null ? t('security.storage.freeUnknown') : t('security.storage.free', { space: formatBytes(freeBytes) })}</p>
    </section>
  );
}
