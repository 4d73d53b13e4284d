import { formatDate } from '@renderer/i18n/format';
import { t } from '@renderer/i18n/t';

type RecoverySheetProps = Readonly<{
  /** The workspace the code opens, printed with it. */
  label: string;
  recoveryCode: string;
  /** The date printed on the sheet. */
  date: number;
  testId: string;
  /** A level-2 heading on a page of its own, level 3 inside a section. */
  headingLevel: 2 | 3;
}>;

/** A recovery code on screen in groups, and as a sheet to print (workspace and date on paper only). */
export function RecoverySheet({ label, recoveryCode, date, testId, headingLevel }: RecoverySheetProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <section className="recovery-sheet">
        <Heading className="print-only">{t('create.recovery.printHeading')}</Heading>
        <p className="print-only">{t('create.recovery.printWorkspace', { label })}</p>
        <p className="print-only">{t('create.recovery.printDate', { date: formatDate(date) })}</p>
        <p className="recovery-code" data-testid={testId} translate="no">
          {recoveryCode.split('-').map((group, index) => (
            <span key={index}>{group}</span>
          ))}
        </p>
      </section>
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('create.recovery.print')}
        </button>
      </div>
    </>
  );
}
