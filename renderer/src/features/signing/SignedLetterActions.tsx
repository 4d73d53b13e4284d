import { useState } from 'react';
import { Link } from 'react-router';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { t } from '@renderer/i18n/t';
import type { SignedLetter } from '@renderer/signing/signed-letter';
import { useSession } from '@renderer/session/session-context';

/** After signing: save the PDF, open it to view or print, or go to 文档. */
export function SignedLetterActions({ signed }: { signed: SignedLetter }) {
  const { services } = useSession();
  const [message, setMessage] = useState<string | null>(null);
  const name = `短信接口信息安全保障责任书-${signed.record.operator.operatorName}.pdf`.replace(/[\\/:*?"<>|]/g, '_');

  const save = async () => {
    const result = await services.host.files.saveFile({ suggestedName: name, filters: [{ name: 'PDF', extensions: ['pdf'] }], data: signed.pdf });
    if (!result.ok) setMessage(describeErrorZhCN(result.error.code));
    else if (result.value.saved) setMessage(t('confirm.done.saved', { location: result.value.location }));
  };

  const view = async () => {
    const result = await services.host.files.openInViewer({ name, data: signed.pdf });
    if (!result.ok) setMessage(describeErrorZhCN(result.error.code));
  };

  return (
    <section className="card card-done" data-testid="signed-done">
      <h2>{t('confirm.done.title')}</h2>
      <p>{t('confirm.done.body', { digest: signed.digest })}</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => void save()}>
          {t('confirm.done.save')}
        </button>
        <button type="button" className="button" onClick={() => void view()}>
          {t('confirm.done.view')}
        </button>
        <Link className="button" to="/documents">
          {t('confirm.done.documents')}
        </Link>
      </div>
      {message !== null && <p role="status" data-testid="signed-status">{message}</p>}
    </section>
  );
}
