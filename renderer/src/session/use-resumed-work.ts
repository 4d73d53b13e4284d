import { useEffect } from 'react';
import type { AppServices } from './app-services';
import type { OpenSession } from './session-context';

/**
 * After an unlock, imports and deletions of personal information that were
 * cut short go on (loaded only when the workspace opens, not with the start).
 */
export function useResumedWork(services: AppServices, session: OpenSession | null): void {
  useEffect(() => {
    if (session === null) return;
    import('@renderer/ledgers/personal-information-resume')
      .then(({ resumePersonalInformationWork }) =>
        resumePersonalInformationWork(session.store, { host: services.host, label: session.workspace.label, appVersion: services.appVersion, now: services.now }),
      )
      .catch((error: unknown) => console.error('[resume] failed', error instanceof Error ? error.name : typeof error));
  }, [services, session]);
}
