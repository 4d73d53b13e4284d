import { Link } from 'react-router';
import { t } from '@renderer/i18n/t';

/** 安全与备份's way to the hand-over: a card that opens 交接给商户. */
export function HandOverCard() {
  return (
    <section className="card">
      <h2>{t('agent.handOver.title')}</h2>
      <p>{t('agent.handOver.card.body')}</p>
      <div className="actions">
        <Link className="button" to="/handover">
          {t('agent.handOver.card.open')}
        </Link>
      </div>
    </section>
  );
}
