import { Link } from 'react-router';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import type { AppErrorCode } from '@shared/errors/app-error';
import { t } from '@renderer/i18n/t';

type ErrorPanelProps = Readonly<{ code: AppErrorCode; withRouter: boolean }>;

/**
 * What every caught error shows: a Chinese sentence and a way back. The
 * error's code is an internal name: it stays in the page for support tools
 * (data-error-code), not in the text a merchant reads.
 */
export function ErrorPanel({ code, withRouter }: ErrorPanelProps) {
  return (
    <section className="error-panel" role="alert" data-error-code={code}>
      <h1>{t('error.title')}</h1>
      <p>{describeErrorZhCN(code)}</p>
      <div className="actions">
        {withRouter ? (
          <Link className="button primary" to="/">
            {t('error.backHome')}
          </Link>
        ) : (
          <a className="button primary" href="/">
            {t('error.backHome')}
          </a>
        )}
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </div>
    </section>
  );
}
