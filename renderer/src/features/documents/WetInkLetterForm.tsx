import { useId, useState } from 'react';
import { bytesToHex } from '@shared/encoding/hex';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { wetInkLetterFormSchema } from '@shared/signing/letter-record.schema';
import { parseChinaDateTimeInput, toChinaDateString } from '@shared/time/china-time';
import { toWriteAppError } from '@renderer/errors/quota-exceeded';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { currentLetterTemplate, verifiedTemplateHash } from '@renderer/signing/letter-template-source';
import { saveWetInkLetter } from '@renderer/signing/letters-repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';

const scanFilters = [{ name: t('documents.scanFilter'), extensions: ['jpg', 'jpeg', 'png', 'webp', 'pdf'] }];

/**
 * Registers a letter signed on paper: the operator, the date and time it was
 * signed (二(一): in force from signing, so the moment matters), and the scan.
 * The time is asked for, never assumed. The list of letters shows the new
 * one from the store's change events.
 */
export function WetInkLetterForm() {
  const { services } = useSession();
  const { store } = useOpenSession();
  const hintId = useId();
  const [operatorName, setOperatorName] = useState('');
  const [signedOn, setSignedOn] = useState(toChinaDateString(services.now()));
  const [signedAtTime, setSignedAtTime] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const signedAtOrMessage = (date: string): number | string => {
    if (!/^\d{2}:\d{2}$/.test(signedAtTime)) return t('letters.wetInk.error.time');
    const signedAt = parseChinaDateTimeInput(`${date}T${signedAtTime}`);
    if (signedAt === null) return t('letters.wetInk.error.time');
    return signedAt > services.now() ? t('letters.wetInk.error.future') : signedAt;
  };

  const register = async () => {
    const parsed = wetInkLetterFormSchema.safeParse({ operatorName, signedOn });
    if (!parsed.success) return setMessage(fieldErrorText('letters.wetInk.error.', parsed.error.issues[0]?.message) ?? null);
    const signedAt = signedAtOrMessage(parsed.data.signedOn);
    if (typeof signedAt === 'string') return setMessage(signedAt);
    const result = await services.host.files.openFile({ filters: scanFilters, maxBytes: 50 * 1024 * 1024 });
    if (!result.ok) return setMessage(describeErrorZhCN(result.error.code));
    if (result.value === null) return;
    try {
      await saveWetInkLetter(
        store,
        {
          operatorName: parsed.data.operatorName,
          signedAt,
          templateId: currentLetterTemplate.id,
          templateVersion: currentLetterTemplate.version,
          templateSha256: await verifiedTemplateHash(),
        },
        result.value,
        services.now(),
      );
      // On an agent's laptop, the day list names the merchant and the scan's fingerprint.
      await services.registry.noteSigned(store.workspaceId, { merchantName: parsed.data.operatorName, signedAt, documentDigest: bytesToHex(await store.cryptoPort.sha256(result.value.data)) });
      setMessage(t('letters.wetInk.saved'));
    } catch (error) {
      setMessage(describeErrorZhCN(toWriteAppError(error).code));
    }
  };

  return (
    <section className="card" data-testid="wet-ink-form">
      <h2>{t('letters.wetInk.title')}</h2>
      <p>{t('letters.wetInk.intro')}</p>
      <div className="inline-form">
        <label>
          {t('letters.wetInk.operatorName')}
          <input value={operatorName} autoComplete="off" onChange={(event) => setOperatorName(event.target.value)} />
        </label>
        <label>
          {t('letters.wetInk.signedOn')}
          <input type="date" value={signedOn} aria-describedby={hintId} onChange={(event) => setSignedOn(event.target.value)} />
        </label>
        <label>
          {t('letters.wetInk.signedAtTime')}
          <input type="time" value={signedAtTime} aria-describedby={hintId} onChange={(event) => setSignedAtTime(event.target.value)} />
        </label>
        <button type="button" className="button" onClick={() => void register()}>
          {t('letters.wetInk.pick')}
        </button>
      </div>
      <p className="field-hint" id={hintId}>
        {t('letters.wetInk.timeHint')}
      </p>
      {message !== null && <p role="status">{message}</p>}
    </section>
  );
}
