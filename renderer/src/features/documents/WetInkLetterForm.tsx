import { useState } from 'react';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { wetInkLetterFormSchema } from '@shared/signing/letter-record.schema';
import { parseChinaDateTimeInput, toChinaDateString } from '@shared/time/china-time';
import { toWriteAppError } from '@renderer/errors/quota-exceeded';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { currentLetterTemplate, verifiedTemplateHash } from '@renderer/signing/letter-template-source';
import { saveWetInkLetter } from '@renderer/signing/letters-repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';

/** Registers a letter signed on paper: the operator, the date, and the scan. */
export function WetInkLetterForm({ onSaved }: { onSaved: () => void }) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [operatorName, setOperatorName] = useState('');
  const [signedOn, setSignedOn] = useState(toChinaDateString(services.now()));
  const [message, setMessage] = useState<string | null>(null);

  const register = async () => {
    const parsed = wetInkLetterFormSchema.safeParse({ operatorName, signedOn });
    if (!parsed.success) return setMessage(fieldErrorText('letters.wetInk.error.', parsed.error.issues[0]?.message) ?? null);
    const result = await services.host.files.openFile({ filters: [{ name: '图片或 PDF', extensions: ['jpg', 'jpeg', 'png', 'webp', 'pdf'] }], maxBytes: 50 * 1024 * 1024 });
    if (!result.ok) return setMessage(describeErrorZhCN(result.error.code));
    if (result.value === null) return;
    try {
      await saveWetInkLetter(
        store,
        {
          operatorName: parsed.data.operatorName,
          signedAt: parseChinaDateTimeInput(`${parsed.data.signedOn}T12:00`) ?? services.now(),
          templateId: currentLetterTemplate.id,
          templateVersion: currentLetterTemplate.version,
          templateSha256: await verifiedTemplateHash(),
        },
        result.value,
        services.now(),
      );
      setMessage(t('letters.wetInk.saved'));
      onSaved();
    } catch (error) {
      setMessage(describeErrorZhCN(toWriteAppError(error).code));
    }
  };

  return (
    <section className="card">
      <h2>{t('letters.wetInk.title')}</h2>
      <p>{t('letters.wetInk.body')}</p>
      <div className="inline-form">
        <label>
          {t('letters.wetInk.operatorName')}
          <input value={operatorName} onChange={(event) => setOperatorName(event.target.value)} />
        </label>
        <label>
          {t('letters.wetInk.signedOn')}
          <input type="date" value={signedOn} onChange={(event) => setSignedOn(event.target.value)} />
        </label>
        <button type="button" className="button" onClick={() => void register()}>
          {t('letters.wetInk.pick')}
        </button>
      </div>
      {message !== null && <p role="status">{message}</p>}
    </section>
  );
}
