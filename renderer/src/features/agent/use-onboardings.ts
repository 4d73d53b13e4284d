import { useEffect, useState } from 'react';
import type { OnboardingRecord } from '@shared/agent/onboarding';
import { useSession } from '@renderer/session/session-context';

/** The agent's onboarding records on this laptop (read again when `version` changes). */
export function useOnboardings(version: number): OnboardingRecord[] | null {
  const { services } = useSession();
  const [records, setRecords] = useState<OnboardingRecord[] | null>(null);
  useEffect(() => {
    let active = true;
    void services.registry.onboardings().then(
      (list) => active && setRecords(list),
      () => active && setRecords([]),
    );
    return () => {
      active = false;
    };
  }, [services, version]);
  return records;
}

/** Whether a workspace is a merchant the agent onboarded on this laptop (null while the registry answers). */
export function useIsOnboarded(workspaceId: string): boolean | null {
  const { services } = useSession();
  const [onboarded, setOnboarded] = useState<boolean | null>(null);
  useEffect(() => {
    let active = true;
    void services.registry.onboarding(workspaceId).then(
      (record) => active && setOnboarded(record !== null),
      () => active && setOnboarded(false),
    );
    return () => {
      active = false;
    };
  }, [services, workspaceId]);
  return onboarded;
}
