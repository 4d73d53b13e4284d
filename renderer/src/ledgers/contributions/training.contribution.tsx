import { trainingFormSchema, trainingTopics, type TrainingForm, type TrainingPayload } from '@shared/ledgers/definitions/training.ledger';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import { toChinaDateTimeInput } from '@shared/time/china-time';
import { TrainingPanel } from '@renderer/features/ledgers/routine/TrainingPanel';
import type { LedgerContribution } from '../ledger-contribution';

/** 培训记录: when, which of the four subjects of 一(五)2, who of 人员 attended. */
export const trainingContribution: LedgerContribution<TrainingPayload, TrainingForm> = {
  fields: [
    { name: 'heldAt', kind: 'datetime' },
    { name: 'topics', kind: 'checks', options: trainingTopics },
    { name: 'attendeeIds', kind: 'records', ledger: 'staff' },
    { name: 'trainer', kind: 'text' },
    { name: 'content', kind: 'textarea' },
  ],
  formSchema: trainingFormSchema,
  emptyForm: (now) => ({ heldAt: toChinaDateTimeInput(now), topics: [], attendeeIds: [], trainer: '', content: '' }),
  toForm: (payload) => ({ heldAt: toChinaDateTimeInput(payload.heldAt), topics: payload.topics, attendeeIds: payload.attendeeIds, trainer: payload.trainer, content: payload.content }),
  toPayload: (form) => ({ ...form, heldAt: instantOfInputOrThrow(form.heldAt), legacy: false }),
  editable: true,
  panel: (record) => <TrainingPanel record={record} />,
};
