import type { SelectHTMLAttributes } from 'react';
import { quartersBetween } from '@shared/calendar/china-quarter';
import { quarterNameZhCN } from '@shared/i18n/quarter-name';
import { useObligations } from '@renderer/obligations/obligations-context';
import { useSession } from '@renderer/session/session-context';

/** How far back a quarter can be chosen before a letter is on file. */
const quartersWithoutLetter = 4;

/**
 * A calendar quarter, newest first: from the quarter of signing (the first,
 * partial one counts too) to the current one; a value already chosen stays
 * offered.
 */
export function QuarterSelect({ selected, ...props }: SelectHTMLAttributes<HTMLSelectElement> & Readonly<{ selected: string }>) {
  const { services } = useSession();
  const { input } = useObligations();
  const now = services.now();
  const from = input?.letter?.signedAt ?? now - quartersWithoutLetter * 92 * 86_400_000;
  const quarters = quartersBetween(Math.min(from, now), now).reverse();
  if (selected !== '' && !quarters.includes(selected) && /^\d{4}-Q[1-4]$/.test(selected)) quarters.push(selected);
  return (
    <select {...props}>
      {quarters.map((quarter) => (
        <option key={quarter} value={quarter}>
          {quarterNameZhCN(quarter)}
        </option>
      ))}
    </select>
  );
}
