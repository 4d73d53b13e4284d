import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toAppError } from '@shared/errors/app-error';
import { describeErrorZhCN } from '@shared/errors/error-messages.zh-CN';
import { contentReviewLedger, reviewDecisions, reviewFormSchema, type ContentReviewPayload, type ReviewForm as ReviewFormValues } from '@shared/ledgers/definitions/content-review.ledger';
import { staffLedger } from '@shared/ledgers/definitions/staff.ledger';
import type { LedgerRecord } from '@shared/ledgers/ledger-definition';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import { addReviewOrThrow } from '@shared/ledgers/two-person-review';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { FormField } from '@renderer/components/FormField';
import { fieldErrorText } from '@renderer/i18n/field-error';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';
import { RecordSelect } from '../RecordSelect';

type ReviewFormProps = Readonly<{ record: LedgerRecord<ContentReviewPayload>; slot: 'a' | 'b'; onSubmitted: () => void }>;

/**
 * One reviewer's opinion: who (from 人员), the decision, why, and when. It
 * never shows what the other reviewer decided; the second must be another
 * person (一(二)2).
 */
export function ReviewForm({ record, slot, onSubmitted }: ReviewFormProps) {
  const { services } = useSession();
  const { store } = useOpenSession();
  const hitCount = record.payload.screening.hits.length;
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<ReviewFormValues>({
    resolver: zodResolver(reviewFormSchema(services.now, hitCount)),
    defaultValues: { reviewerId: '', decision: 'approve', opinion: '', at: toChinaDateTimeInput(services.now()), acknowledged: false },
  });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const reviewer = await createLedgerRepository(store, staffLedger).get(values.reviewerId);
      const review = { reviewerId: values.reviewerId, decision: values.decision, opinion: values.opinion, at: instantOfInputOrThrow(values.at), acknowledgedHits: values.acknowledged };
      const next = addReviewOrThrow(record.payload, review, reviewer === null ? null : { active: reviewer.index['status'] === 'active' });
      await createLedgerRepository(store, contentReviewLedger).update(record.id, next);
      onSubmitted();
    } catch (error) {
      setFailure(describeErrorZhCN(toAppError(error).code));
    }
  });

  const slotName = t(slot === 'a' ? 'review.slot.a' : 'review.slot.b');
  return (
    <form className="form review-form" onSubmit={(event) => void submit(event)} noValidate data-testid="review-form">
      <h3>{t('review.form.title', { slot: slotName })}</h3>
      <FormField
        label={t('review.form.reviewer')}
        {...(slot === 'b' ? { hint: t('review.form.reviewerHintB') } : {})}
        error={fieldErrorText('ledger.error.', errors.reviewerId?.message)}
      >
        {(props) => <RecordSelect {...props} {...form.register('reviewerId')} ledger="staff" selected={form.getValues('reviewerId')} />}
      </FormField>
      <fieldset className="choice">
        <legend>{t('review.form.decision')}</legend>
        {reviewDecisions.map((decision) => (
          <label key={decision}>
            <input type="radio" value={decision} {...form.register('decision')} /> {t(`review.decision.${decision}`)}
          </label>
        ))}
      </fieldset>
      <FormField label={t('review.form.opinion')} error={fieldErrorText('ledger.error.', errors.opinion?.message)}>
        {(props) => <textarea {...props} {...form.register('opinion')} rows={3} />}
      </FormField>
      <FormField label={t('review.form.at')} error={fieldErrorText('ledger.error.', errors.at?.message)}>
        {(props) => <input {...props} {...form.register('at')} type="datetime-local" />}
      </FormField>
      {hitCount > 0 && (
        <div>
          <label className="checkbox-line">
            <input type="checkbox" {...form.register('acknowledged')} aria-invalid={errors.acknowledged !== undefined} /> {t('review.form.acknowledge', { count: hitCount })}
          </label>
          {errors.acknowledged !== undefined && (
            <p className="field-error" role="alert">
              {fieldErrorText('ledger.error.', errors.acknowledged.message)}
            </p>
          )}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button primary" disabled={isSubmitting}>
          {t('review.form.submit')}
        </button>
      </div>
      {failure !== null && (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </form>
  );
}
