import type { DueItem } from '@shared/obligations/obligation-engine';
import { useObligations } from '@renderer/obligations/obligations-context';

/** The deletion duty of a service-end record, as 首页 shows it; null while it is not computed. */
export function useDeletionDue(serviceEndId: string | null): DueItem | null {
  const { items } = useObligations();
  if (serviceEndId === null) return null;
  return items.find((item) => item.obligationId === 'personal-information-deletion' && item.recordId === serviceEndId) ?? null;
}
