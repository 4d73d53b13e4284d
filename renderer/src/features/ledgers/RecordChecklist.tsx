import { ledgerDefinitionOrThrow, type LedgerId } from '@shared/ledgers/ledger-registry';
import { t } from '@renderer/i18n/t';
import { CheckGroup } from './CheckGroup';
import { isChoosableRecord } from './RecordSelect';
import { useLedgerRecords } from './use-ledger-records';

type RecordChecklistProps = Readonly<{
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  ledger: LedgerId;
  value: readonly string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
}>;

/**
 * Ticks several records of another ledger (the people of 人员 who attended).
 * As in a single choice, records no longer current are offered only when
 * already ticked, so history keeps its names.
 */
export function RecordChecklist({ ledger, value, ...props }: RecordChecklistProps) {
  const definition = ledgerDefinitionOrThrow(ledger);
  const records = useLedgerRecords(ledger);
  if (records === null) return <CheckGroup {...props} value={value} options={[]} empty={t('ledgers.record.loadingOptions')} />;
  const ticked = new Set(value);
  const options = [...records]
    .reverse()
    .filter((record) => isChoosableRecord(definition, record) || ticked.has(record.id))
    .map((record) => ({ value: record.id, label: definition.describe(record.payload) }));
  return <CheckGroup {...props} value={value} options={options} empty={t('ledgers.record.noneYet')} />;
}
