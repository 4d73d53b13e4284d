import { z } from 'zod';
import { chinaDateOf } from '../../calendar/china-date';
import { toChinaDateString } from '../../time/china-time';
import { defineLedger } from '../ledger-definition';
import { instant, pastDateTimeInput, safeText } from '../ledger-fields';
import { legacyCompletionSchema, type LegacyCompletion } from './legacy-completion';

/**
 * 一(五)2: the four subjects every all-staff training covers — laws and
 * regulations, the rules for using the SMS interface safely, recognising and
 * handling incidents, and case studies.
 */
export const trainingTopics = ['laws', 'interface-rules', 'incident-response', 'case-studies'] as const;
export type TrainingTopic = (typeof trainingTopics)[number];

const personId = z.string().min(1).max(64);

const trainingSchema = z.object({
  heldAt: instant,
  topics: z.array(z.enum(trainingTopics)).max(trainingTopics.length),
  /** People of 人员 who attended. */
  attendeeIds: z.array(personId).max(1000),
  trainer: z.string().max(30),
  content: z.string().max(1000),
  /** Recorded by an older version as a time and a note only. */
  legacy: z.boolean(),
});
export type TrainingPayload = z.infer<typeof trainingSchema>;

function fromLegacy(old: LegacyCompletion): TrainingPayload {
  return { heldAt: old.at, topics: [], attendeeIds: [], trainer: '', content: old.note, legacy: true };
}

/** A training as stored; a row of version 2 ({at, note}) reads as a legacy record. */
export const trainingPayloadSchema: z.ZodType<TrainingPayload> = z.union([trainingSchema, legacyCompletionSchema.transform(fromLegacy)]);

/** Recording a training: when, which of the four subjects, who attended. */
export function trainingFormSchema(now: () => number) {
  return z.object({
    heldAt: pastDateTimeInput(now),
    topics: z.array(z.enum(trainingTopics)).min(1, { message: 'topicsRequired' }),
    attendeeIds: z.array(personId).min(1, { message: 'attendeesRequired' }),
    trainer: safeText(30),
    content: safeText(1000),
  });
}
export type TrainingForm = z.infer<ReturnType<typeof trainingFormSchema>>;

/** True when a training covered all four subjects (or was recorded as done by an older version). */
export function coversEveryTopic(payload: Pick<TrainingPayload, 'topics' | 'legacy'>): boolean {
  return payload.legacy || trainingTopics.every((topic) => payload.topics.includes(topic));
}

/** A person of 人员 as the attendance check reads them. */
export type StaffMember = Readonly<{ id: string; joinedOn: string; leftOn: string | null }>;

/** The people employed on a day (joined on or before it, not left before it). */
export function employedOn(staff: readonly StaffMember[], day: string): StaffMember[] {
  return staff.filter((person) => person.joinedOn <= day && (person.leftOn === null || person.leftOn >= day));
}

/** 一(五)2 "全员": who was employed on the day of the training and did not attend. */
export function missedTraining(staff: readonly StaffMember[], heldAt: number, attendeeIds: readonly string[]): StaffMember[] {
  const attended = new Set(attendeeIds);
  return employedOn(staff, chinaDateOf(heldAt)).filter((person) => !attended.has(person.id));
}

/** 培训记录 (一(五)2): each training, its subjects and who attended; one covering all four subjects keeps the yearly duty. */
export const trainingLedger = defineLedger({
  id: 'training',
  ledger: 'training',
  primary: true,
  clause: '一(五)2',
  retained: true,
  table: 'trainings',
  indexes: ['[heldAt+id]', 'coverage'],
  order: '[heldAt+id]',
  payload: trainingPayloadSchema,
  index: (payload) => ({ heldAt: payload.heldAt, coverage: coversEveryTopic(payload) ? 'complete' : 'partial' }),
  columns: [
    { id: 'heldAt', format: 'datetime', value: (payload) => payload.heldAt },
    { id: 'topicCount', format: 'number', value: (payload) => (payload.legacy ? null : payload.topics.length) },
    { id: 'attendeeCount', format: 'number', value: (payload) => (payload.legacy ? null : payload.attendeeIds.length) },
    { id: 'coverage', format: 'enum', value: (payload) => (coversEveryTopic(payload) ? 'complete' : 'partial') },
    { id: 'trainer', format: 'text', exportOnly: true, value: (payload) => payload.trainer },
    { id: 'content', format: 'text', value: (payload) => payload.content },
  ],
  attachments: [
    { id: 'materials', accepts: ['pdf', 'image'] },
    { id: 'evidence', accepts: ['pdf', 'image'] },
  ],
  filters: [{ field: 'coverage', values: ['complete', 'partial'] }],
  search: 'text',
  describe: (payload) => `${toChinaDateString(payload.heldAt)} ${payload.content.split('\n')[0] ?? ''}`.trim(),
  clocks: (record) => {
    const heldAt = record.index['heldAt'];
    // A row of version 2 not yet rewritten has no coverage: it was recorded as done.
    const counts = record.index['coverage'] !== 'partial';
    return typeof heldAt === 'number' && counts ? [{ obligation: 'training', source: 'training', recordId: record.id, startedAt: null, doneAt: heldAt, closedAt: null }] : [];
  },
});
