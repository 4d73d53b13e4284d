import { Link } from 'react-router';
import { valueOrThrow } from '@shared/ipc/result';
import { useUserAction } from '@renderer/components/use-user-action';
import { describeSaveOutcome } from '@renderer/host/save-outcome';
import { t } from '@renderer/i18n/t';
import { useObligations } from '@renderer/obligations/obligations-context';
import { useSession } from '@renderer/session/session-context';
import type { HandedOver } from './HandOverForm';
import { handOverDuties, makeHandOverSheetPdf } from './hand-over-sheet';

const safeFileName = (name: string) => name.replace(/[\\/:*?"<>|]/g, '_');

/**
 * After the bundle is saved and checked: the merchant's recovery code, shown
 * this once; the hand-over sheet (what to do next and by when, the recovery
 * code) saved as its own PDF, with a plain warning to keep it apart from the
 * bundle; and the clean-up still to come.
 */
export function HandOverDone({ result }: Readonly<{ result: HandedOver }>) {
  const { services } = useSession();
  const { items } = useObligations();
  const { working, message, setMessage, run } = useUserAction();
  const groups = result.recoveryCode.split('-');

  const saveSheet = () =>
    run(async () => {
      const data = await makeHandOverSheetPdf({
        ...result.facts,
        bundleName: result.bundleName,
        bundleDigest: result.bundleDigest,
        recoveryCode: result.recoveryCode,
        handedOverAt: result.at,
        agentName: result.agentName,
        duties: handOverDuties(items),
      });
      const saved = valueOrThrow(await services.host.files.saveFile({ suggestedName: safeFileName(`${result.facts.merchantName}-交接单.pdf`), filters: [{ name: 'PDF', extensions: ['pdf'] }], data }));
      setMessage(
        describeSaveOutcome(saved, {
          saved: (location) => t('agent.handOver.done.sheetSaved', { location }),
          cancelled: null,
          handedToBrowser: (name) => t('agent.handOver.done.sheetHanded', { name }),
        }),
      );
    });

  return (
    <section className="card card-done" data-testid="handover-done">
      <h2>{t('agent.handOver.done.title')}</h2>
      <p data-testid="handover-saved">
        {describeSaveOutcome(result.saved, {
          saved: (location) => t('agent.handOver.done.saved', { location }),
          cancelled: null,
          handedToBrowser: (name) => t('agent.handOver.done.handedToBrowser', { name }),
        })}
      </p>
      <p>{t('agent.handOver.done.checked')}</p>
      <p className="muted">
        {t('agent.handOver.done.digest')}
        <code className="hash" translate="no">
          {result.bundleDigest}
        </code>
      </p>
      <h3>{t('agent.handOver.done.recoveryTitle')}</h3>
      <p>{t('agent.handOver.done.recoveryBody')}</p>
      <p className="recovery-code" data-testid="handover-recovery-code" translate="no">
        {groups.map((group, index) => (
          <span key={index}>{group}</span>
        ))}
      </p>
      <h3>{t('agent.handOver.done.sheetTitle')}</h3>
      <p>{t('agent.handOver.done.sheetBody')}</p>
      <p className="notice" role="note">
        {t('agent.handOver.done.sheetWarning')}
      </p>
      <div className="actions">
        <button type="button" className="button primary" disabled={working} onClick={() => void saveSheet()}>
          {t('agent.handOver.done.sheetSave')}
        </button>
      </div>
      {message !== null && (
        <p role="status" data-testid="handover-sheet-status">
          {message}
        </p>
      )}
      <h3>{t('agent.handOver.done.nextTitle')}</h3>
      <p>{t('agent.handOver.done.nextBody')}</p>
      <div className="actions">
        <Link className="button" to="/workspaces">
          {t('agent.handOver.done.toList')}
        </Link>
      </div>
    </section>
  );
}
