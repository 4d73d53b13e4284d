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
