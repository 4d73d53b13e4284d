import { AppError } from '@shared/errors/app-error';
import { contentKinds, contentReviewFormSchema, type ContentReviewForm, type ContentReviewPayload } from '@shared/ledgers/definitions/content-review.ledger';
import { ContentReviewPanel } from '@renderer/features/ledgers/content-review/ContentReviewPanel';
import { screenWithCurrentLists } from '@renderer/screening/screening-source';
import type { LedgerContribution } from '../ledger-contribution';
import { selectableScenarioOrThrow, useScenarioChoices } from '../scenario-source';

/**
 * 短信内容审核: the content, its signature, scenario and recipients. Saving
 * screens it (一(二)1); the two reviews and the sending are steps of its
 * panel (一(二)2). Once someone has reviewed it, the content stays as it was.
 */
export const contentReviewContribution: LedgerContribution<ContentReviewPayload, ContentReviewForm> = {
  fields: [
    { name: 'kind', kind: 'select', options: contentKinds },
    { name: 'signature', kind: 'text' },
    { name: 'scenario', kind: 'choice', useChoices: useScenarioChoices },
    { name: 'recipientCount', kind: 'text' },
    { name: 'content', kind: 'textarea' },
  ],
  formSchema: () => contentReviewFormSchema,
  emptyForm: () => ({ kind: 'batch', signature: '', scenario: '', recipientCount: '', content: '' }),
  toForm: (payload) => ({ kind: payload.kind, signature: payload.signature, scenario: payload.scenario.id, recipientCount: String(payload.recipientCount), content: payload.content }),
  toPayload: async (form, previous, { store, registry, now }) => {
    if (previous !== null && previous.reviews.length > 0) throw new AppError('review/content-locked');
    const scenario = await selectableScenarioOrThrow(store, form.scenario);
    const reviewed = { id: scenario.id, name: scenario.name, marketing: scenario.marketing };
    return {
      kind: form.kind,
      signature: form.signature,
      content: form.content,
      scenario: reviewed,
      recipientCount: Number(form.recipientCount),
      registeredAt: previous?.registeredAt ?? now,
      screening: await screenWithCurrentLists(store, registry, form.content, reviewed, now),
      reviews: previous?.reviews ?? [],
      sent: previous?.sent ?? null,
    };
  },
  editable: true,
  isEditable: (record) => record.payload.reviews.length === 0,
  panel: (record) => <ContentReviewPanel record={record} />,
};
