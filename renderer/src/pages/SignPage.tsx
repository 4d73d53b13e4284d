import type { MessageKey } from '@shared/i18n/zh-CN';
import { t } from '@renderer/i18n/t';

const steps: ReadonlyArray<{ title: MessageKey; body: MessageKey }> = [
  { title: 'sign.step.operator.title', body: 'sign.step.operator.body' },
  { title: 'sign.step.read.title', body: 'sign.step.read.body' },
  { title: 'sign.step.seal.title', body: 'sign.step.seal.body' },
  { title: 'sign.step.signature.title', body: 'sign.step.signature.body' },
  { title: 'sign.step.confirm.title', body: 'sign.step.confirm.body' },
];

const preparation: readonly MessageKey[] = [
  'sign.prepare.license',
  'sign.prepare.representative',
  'sign.prepare.seal',
  'sign.prepare.thumbprint',
  'sign.prepare.pen',
];

/** 签署: the five steps of signing the letter and what to have at hand. */
export function SignPage() {
  return (
    <article className="page">
      <h1>{t('sign.title')}</h1>
      <p className="lead">{t('sign.intro')}</p>
      <ol className="steps">
        {steps.map((step) => (
          <li key={step.title}>
            <strong>{t(step.title)}</strong>
            <span>{t(step.body)}</span>
          </li>
        ))}
      </ol>
      <section className="card card-next">
        <h2>{t('sign.prepare.title')}</h2>
        <ul className="checklist">
          {preparation.map((item) => (
            <li key={item}>{t(item)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
