import { useEffect, useState } from 'react';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { OperatorInfoInput } from '@shared/signing/operator.schema';
import type { SigningDraft } from '@shared/signing/signing-draft.schema';
import { t } from '@renderer/i18n/t';
import { useAppInfo } from '@renderer/features/about/use-app-info';
import { useSession } from '@renderer/session/session-context';
import { SignaturePadField } from './SignaturePadField';
import { hasRepresentativeMark } from './signing-readiness';

type SignatureStepProps = Readonly<{ draft: SigningDraft; onSave: (change: Partial<SigningDraft>) => Promise<void>; previousStep: SigningDraft['step'] }>;

/** Step 4: the handwritten signature, on this screen or on a pen display. */
export function SignatureStep({ draft, onSave, previousStep }: SignatureStepProps) {
  const { services } = useSession();
  const info = useAppInfo();
  const [message, setMessage] = useState<string | null>(null);
  const operator = (draft.operator ?? {}) as Partial<OperatorInfoInput>;
  const isRepresentative = operator.signerRole === 'authorised-representative';

  useEffect(() => services.host.pad.onResult((capture) => void onSave({ signature: capture })), [services, onSave]);

  const openPenDisplay = async () => {
    const result = await services.host.pad.open();
    if (!result.ok) return setMessage(describeErrorZhCN(result.error.code));
    setMessage(t('signature.penDisplayOpened', { where: t(`signature.penDisplay.${result.value.display}`) }));
  };

  return (
    <div>
      <p className="lead">
        {t('signature.intro', {
          role: isRepresentative ? t('operator.signerRole.authorised-representative') : t('operator.signerRole.legal-representative'),
          name: (isRepresentative ? operator.signerName : operator.legalRepresentative) ?? '',
        })}
      </p>
      <SignaturePadField label={t('signature.padLabel')} value={draft.signature} onChange={(signature) => void onSave({ signature })} />
      {info?.ok && info.value.runtime === 'electron' && (
        <div className="actions">
          <button type="button" className="button" onClick={() => void openPenDisplay()}>
            {t('signature.penDisplay')}
          </button>
        </div>
      )}
      {message !== null && <p role="status">{message}</p>}
      <div className="actions">
        <button type="button" className="button" onClick={() => void onSave({ step: previousStep })}>
          {t('signing.back')}
        </button>
        <button type="button" className="button primary" disabled={!hasRepresentativeMark(draft)} onClick={() => void onSave({ step: 'confirm' })}>
          {t('signing.next')}
        </button>
      </div>
    </div>
  );
}
