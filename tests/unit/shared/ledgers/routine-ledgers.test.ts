import { describe, expect, it } from 'vitest';
import { calendarDataSchema, createWorkCalendar } from '@shared/calendar/work-calendar';
import { documentStatus, newDraft, nextVersionNumber, versionIndex } from '@shared/ledgers/document-versions';
import { emergencyDrillFormSchema, emergencyDrillLedger, emergencyDrillPayloadSchema } from '@shared/ledgers/definitions/emergency-drill.ledger';
import { defaultEmergencyPlanText, emergencyPlanFormSchema, emergencyPlanLedger, type EmergencyPlanPayload } from '@shared/ledgers/definitions/emergency-plan.ledger';
import { hazardLedger, type HazardPayload } from '@shared/ledgers/definitions/hazard.ledger';
import { managementPolicyFormSchema, managementPolicyLedger, managementPolicyPayloadSchema, type ManagementPolicyPayload } from '@shared/ledgers/definitions/management-policy.ledger';
import {
  inspectionItems,
  isLateInspection,
  quarterDoneAt,
  selfInspectionFormSchema,
  selfInspectionLedger,
  selfInspectionPayloadSchema,
  type SelfInspectionPayload,
} from '@shared/ledgers/definitions/self-inspection.ledger';
import { missedTraining, trainingFormSchema, trainingLedger, trainingPayloadSchema, trainingTopics, type TrainingPayload } from '@shared/ledgers/definitions/training.ledger';
import type { AnyLedgerDefinition, LedgerDefinition } from '@shared/ledgers/ledger-definition';
import { computeObligations, type Clock, type ObligationInput } from '@shared/obligations/obligation-engine';
import bundled from '../../../../assets/calendar/china-2004-2026.json';

const calendar = createWorkCalendar([calendarDataSchema.parse(bundled)]);
const at = (text: string) => Date.parse(`${text}+08:00`);
const now = at('2026-11-28T10:00:00');
const signedAt = at('2026-08-10T10:00:00');

/** The clocks a stored record feeds the engine: its payload checked, its index derived, its clocks read from the index only. */
function clocksOf<Payload>(definition: LedgerDefinition<Payload>, id: string, payload: Payload): readonly Clock[] {
  const parsed = definition.payload.parse(payload);
  const index = Object.fromEntries(Object.entries(definition.index(parsed)).map(([field, value]) => [field, value as string | number]));
  return definition.clocks?.({ id, index }) ?? [];
}

function itemsAt(clocks: readonly Clock[], moment: number, letter: ObligationInput['letter'] = { signedAt, serviceEndedAt: null }) {
  return new Map(computeObligations({ letter, clocks }, calendar, moment).map((item) => [item.key, item]));
}

const training = (changes: Partial<TrainingPayload> = {}): TrainingPayload => ({
  heldAt: at('2026-11-20T14:00:00'),
  topics: [...trainingTopics],
  attendeeIds: ['p1', 'p2'],
  trainer: '王老师',
  content: '年度信息安全培训',
  legacy: false,
  ...changes,
});

const inspection = (changes: Partial<SelfInspectionPayload> = {}): SelfInspectionPayload => ({
  quarter: '2026-Q3',
  inspectedAt: at('2026-09-29T10:00:00'),
  inspectorIds: ['p1'],
  checks: Object.fromEntries(inspectionItems.map((item) => [item, 'ok'])) as SelfInspectionPayload['checks'],
  findings: '',
  legacy: false,
  ...changes,
});

const hazard = (changes: Partial<HazardPayload> = {}): HazardPayload => ({
  inspectionId: 'i1',
  area: 'credentials',
  foundAt: at('2026-09-29T10:00:00'),
  description: '一个接口凭证超过 90 天没有更换',
  responsibleId: 'p1',
  fix: null,
  ...changes,
});

const plan = (changes: Partial<EmergencyPlanPayload> = {}): EmergencyPlanPayload => {
  const text = defaultEmergencyPlanText();
  return {
    ...newDraft(1, at('2026-09-01T10:00:00')),
    grading: text.grading,
    process: text.process,
    leaderId: 'p1',
    reporterId: 'p2',
    memberIds: [],
    providerContact: '',
    cyberspaceAuthority: '',
    telecomAuthority: '',
    note: '',
    ...changes,
  };
};

const policy = (changes: Partial<ManagementPolicyPayload> = {}): ManagementPolicyPayload => ({
  ...newDraft(1, at('2026-09-01T10:00:00')),
  departments: [{ name: '技术部', duties: '保管接口凭证' }],
  assessment: '纳入岗位考核',
  penalties: '警告、罚款、调岗',
  responsibleId: 'p1',
  note: '',
  legacy: false,
  ...changes,
});

describe('隐患整改 through its ledger (一(五)3)', () => {
  it('a hazard found on 2026-09-29 is due at the end of 2026-10-14: seven working days, the National Day holidays skipped', () => {
    const clocks = clocksOf(hazardLedger, 'h1', hazard());
    expect(clocks).toEqual([{ obligation: 'hazard-remediation', source: 'hazard', recordId: 'h1', startedAt: at('2026-09-29T10:00:00'), doneAt: null, closedAt: null }]);
    const item = itemsAt(clocks, at('2026-10-14T23:59:00')).get('hazard-remediation:h1');
    expect(item).toMatchObject({ dueDate: '2026-10-14', dueAt: at('2026-10-15T00:00:00'), state: 'due-soon', estimated: false });
    expect(itemsAt(clocks, at('2026-10-15T00:00:00')).get('hazard-remediation:h1')?.state).toBe('overdue');
  });

  it('its fix record makes it done, and a late fix is shown as late', () => {
    const fixed = clocksOf(hazardLedger, 'h1', hazard({ fix: { at: at('2026-10-16T09:00:00'), note: '已更换凭证' } }));
    const item = itemsAt(fixed, now).get('hazard-remediation:h1');
    expect(item).toMatchObject({ state: 'done', late: true });
  });
});

describe('季度自查 through its ledger (一(五)3)', () => {
  it('a quarter with no self-inspection is overdue on the first day of the next quarter', () => {
    const before = itemsAt([], at('2026-09-30T23:59:00')).get('self-inspection:2026-Q3');
    expect(before?.state).toBe('due-soon');
    expect(itemsAt([], at('2026-10-01T00:00:00')).get('self-inspection:2026-Q3')?.state).toBe('overdue');
  });

  it('an inspection recorded for a quarter makes that quarter done, the first partial one after signing included', () => {
    const clocks = clocksOf(selfInspectionLedger, 'i1', inspection());
    const items = itemsAt(clocks, now);
    expect(items.get('self-inspection:2026-Q3')).toMatchObject({ state: 'done', lastDoneAt: at('2026-09-29T10:00:00') });
    expect(items.get('self-inspection:2026-Q4')?.state).not.toBe('done');
  });

  it('a late inspection still covers the past quarter it names, and no other; the record says it was late', () => {
    const late = inspection({ inspectedAt: at('2026-10-05T16:00:00') });
    expect(isLateInspection(late)).toBe(true);
    expect(quarterDoneAt(late)).toBe(at('2026-10-01T00:00:00') - 1);
    const items = itemsAt(clocksOf(selfInspectionLedger, 'i1', late), now);
    expect(items.get('self-inspection:2026-Q3')?.state).toBe('done');
    expect(items.get('self-inspection:2026-Q4')?.state).not.toBe('done');
    expect(isLateInspection(inspection())).toBe(false);
  });

  it('keeps the report and its fixes 2 years from the report', () => {
    expect(selfInspectionLedger.keptFrom?.obligation).toBe('inspection-retention');
    expect(hazardLedger.keptFrom?.from({ foundAt: 5, fixedAt: 9 })).toBe(9);
    expect(hazardLedger.keptFrom?.from({ foundAt: 5, fixedAt: 0 })).toBe(5);
  });

  it('refuses a quarter that had not begun when the inspection was made, and an inspection without inspectors', () => {
    const schema = selfInspectionFormSchema(() => now);
    const checks = Object.fromEntries(inspectionItems.map((item) => [`check-${item}`, 'ok']));
    const base = { quarter: '2026-Q3', inspectedAt: '2026-09-29T10:00', inspectorIds: ['p1'], ...checks, findings: '' };
    expect(schema.safeParse(base).success).toBe(true);
    const issues = (value: object) => schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues({ ...base, quarter: '2026-Q4' })).toEqual(['quarterAfterInspection']);
    expect(issues({ ...base, quarter: '2026-Q5' })).toContain('quarter');
    expect(issues({ ...base, inspectorIds: [] })).toEqual(['inspectorsRequired']);
    expect(issues({ ...base, 'check-rotation': 'maybe' })).not.toEqual([]);
    expect(issues({ ...base, 'check-rotation': '' })).toEqual(['checkAnswer']);
    expect(issues({ ...base, findings: '身份证 110101199003074514' })).toEqual(['idCard']);
  });
});

describe('培训记录 (一(五)2)', () => {
  it('keeps the yearly duty only with a training that covered all four subjects', () => {
    expect(clocksOf(trainingLedger, 't1', training())).toEqual([{ obligation: 'training', source: 'training', recordId: 't1', startedAt: null, doneAt: at('2026-11-20T14:00:00'), closedAt: null }]);
    expect(clocksOf(trainingLedger, 't2', training({ topics: ['laws', 'case-studies'] }))).toEqual([]);
    expect(trainingLedger.index(training({ topics: ['laws'] }))).toEqual({ heldAt: at('2026-11-20T14:00:00'), coverage: 'partial' });
  });

  it('names who was employed on the day and did not attend: not those who joined later or had left', () => {
    const staff = [
      { id: 'p1', joinedOn: '2025-01-01', leftOn: null },
      { id: 'p2', joinedOn: '2025-06-01', leftOn: null },
      { id: 'p3', joinedOn: '2026-12-01', leftOn: null },
      { id: 'p4', joinedOn: '2024-01-01', leftOn: '2026-11-19' },
      { id: 'p5', joinedOn: '2024-01-01', leftOn: '2026-11-20' },
    ];
    expect(missedTraining(staff, at('2026-11-20T14:00:00'), ['p1']).map((person) => person.id)).toEqual(['p2', 'p5']);
  });

  it('refuses a training without subjects or attendees, in the future, or with an ID number in its notes', () => {
    const schema = trainingFormSchema(() => now);
    const base = { heldAt: '2026-11-20T14:00', topics: ['laws'], attendeeIds: ['p1'], trainer: '', content: '' };
    const issues = (value: object) => schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues(base)).toEqual([]);
    expect(issues({ ...base, topics: [] })).toEqual(['topicsRequired']);
    expect(issues({ ...base, topics: ['gossip'] })).not.toEqual([]);
    expect(issues({ ...base, attendeeIds: [] })).toEqual(['attendeesRequired']);
    expect(issues({ ...base, heldAt: '2026-12-01T09:00' })).toEqual(['future']);
    expect(issues({ ...base, content: '讲师身份证 110101199003074514' })).toEqual(['idCard']);
  });
});

describe('records kept by version 2 as a time and a note', () => {
  const old = { at: at('2026-11-22T10:00:00'), note: '旧版记录' };

  it('read as legacy records of each ledger, and still count for their duty', () => {
    const trainingRecord = trainingPayloadSchema.parse(old);
    expect(trainingRecord).toMatchObject({ heldAt: old.at, content: '旧版记录', legacy: true });
    expect(clocksOf(trainingLedger, 't', trainingRecord)).toHaveLength(1);
    expect(emergencyDrillPayloadSchema.parse(old)).toMatchObject({ heldAt: old.at, planId: null, process: '旧版记录', legacy: true });
    const inspectionRecord = selfInspectionPayloadSchema.parse(old);
    expect(inspectionRecord).toMatchObject({ quarter: '2026-Q4', inspectedAt: old.at, findings: '旧版记录', legacy: true });
    expect(Object.values(inspectionRecord.checks)).toEqual(inspectionItems.map(() => 'not-recorded'));
    const policyRecord = managementPolicyPayloadSchema.parse(old);
    expect(documentStatus(policyRecord)).toBe('current');
    expect(clocksOf(managementPolicyLedger, 'm', policyRecord)).toEqual([expect.objectContaining({ obligation: 'management-policy', doneAt: old.at })]);
  });

  it('refuse anything else: an old row with more fields, or a note too long', () => {
    expect(trainingPayloadSchema.safeParse({ ...old, obligation: 'training' }).success).toBe(false);
    expect(trainingPayloadSchema.safeParse({ at: old.at, note: '长'.repeat(501) }).success).toBe(false);
    expect(trainingPayloadSchema.safeParse({ at: -1, note: '' }).success).toBe(false);
  });
});

describe('documents kept in versions: the emergency plan and the management policy', () => {
  it('numbers versions, and only the version in force keeps the duty', () => {
    expect(nextVersionNumber([])).toBe(1);
    expect(nextVersionNumber([{ version: 1 }, { version: 3 }])).toBe(4);
    const issuedAt = at('2026-09-02T10:00:00');
    for (const [definition, payload, obligation] of [
      [emergencyPlanLedger, plan, 'emergency-plan'],
      [managementPolicyLedger, policy, 'management-policy'],
    ] as const) {
      const make = payload as (changes: object) => unknown;
      const typed = definition as LedgerDefinition<unknown>;
      expect(clocksOf(typed, 'd', make({}))).toEqual([]);
      expect(clocksOf(typed, 'c', make({ issuedAt }))).toEqual([{ obligation, source: definition.id, recordId: 'c', startedAt: null, doneAt: issuedAt, closedAt: null }]);
      expect(clocksOf(typed, 's', make({ issuedAt, supersededAt: issuedAt + 1 }))).toEqual([]);
      expect(clocksOf(typed, 'w', make({ issuedAt, withdrawnAt: issuedAt + 1 }))).toEqual([]);
    }
    expect(versionIndex(plan({ issuedAt }))).toEqual({ createdAt: at('2026-09-01T10:00:00'), status: 'current', issuedAt, version: 1 });
  });

  it('with no version in force, 首页 shows the duty as not done', () => {
    const upcoming = itemsAt(clocksOf(managementPolicyLedger, 'w', policy({ issuedAt: signedAt, withdrawnAt: now - 1 })), now);
    expect(upcoming.get('management-policy')?.state).toBe('upcoming');
    const done = itemsAt(clocksOf(managementPolicyLedger, 'c', policy({ issuedAt: signedAt })), now);
    expect(done.get('management-policy')?.state).toBe('done');
    expect(itemsAt([], now).get('emergency-plan')?.state).toBe('upcoming');
  });

  it('offers only issued plans to a drill, and lets a draft be deleted', () => {
    expect(emergencyPlanLedger.isChoosable?.({ status: 'draft' })).toBe(false);
    expect(emergencyPlanLedger.isChoosable?.({ status: 'superseded' })).toBe(true);
    expect(emergencyPlanLedger.isDraft?.({ status: 'draft' })).toBe(true);
  });

  it('refuse a policy whose department has duties but no name, or none at all', () => {
    const base = {
      department1Name: '技术部',
      department1Duties: '保管凭证',
      department2Name: '',
      department2Duties: '',
      department3Name: '',
      department3Duties: '',
      assessment: '纳入考核',
      penalties: '警告',
      responsibleId: 'p1',
      note: '',
    };
    const issues = (value: object) => managementPolicyFormSchema.safeParse(value).error?.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`) ?? [];
    expect(issues(base)).toEqual([]);
    expect(issues({ ...base, department2Duties: '客服' })).toEqual(['department2Name:departmentName']);
    expect(issues({ ...base, department2Name: '客服部' })).toEqual(['department2Duties:departmentDuties']);
    expect(issues({ ...base, department1Name: '', department1Duties: '' })).toEqual(['department1Name:departmentsRequired']);
    expect(issues({ ...base, penalties: '' })).toEqual(['penalties:required']);
  });

  it('a plan needs its grades, process and responsible people; a drill names its plan and participants', () => {
    const text = defaultEmergencyPlanText();
    const form = {
      gradeEspeciallySerious: text.grading.especiallySerious,
      gradeSerious: text.grading.serious,
      gradeRelativelySerious: text.grading.relativelySerious,
      gradeGeneral: text.grading.general,
      process: text.process,
      leaderId: 'p1',
      reporterId: 'p2',
      memberIds: [],
      providerContact: '',
      cyberspaceAuthority: '',
      telecomAuthority: '',
      note: '',
    };
    expect(emergencyPlanFormSchema.safeParse(form).success).toBe(true);
    expect(emergencyPlanFormSchema.safeParse({ ...form, leaderId: '' }).success).toBe(false);
    expect(text.process).toContain('30 分钟内');
    expect(text.process).toContain('每 3 个工作日');
    const drill = emergencyDrillFormSchema(() => now);
    const drillForm = { heldAt: '2026-11-20T14:00', planId: 'plan', scenario: '模拟密钥泄露', participantIds: ['p1'], process: '按预案处置', summary: '顺利' };
    expect(drill.safeParse(drillForm).success).toBe(true);
    expect(drill.safeParse({ ...drillForm, planId: '' }).success).toBe(false);
    expect(drill.safeParse({ ...drillForm, participantIds: [] }).error?.issues.map((issue) => issue.message)).toEqual(['participantsRequired']);
    expect(emergencyDrillLedger.index(emergencyDrillPayloadSchema.parse({ heldAt: 1, planId: 'x', scenario: '', participantIds: [], process: '', summary: '', legacy: false }))).toEqual({ heldAt: 1, planId: 'x' });
  });
});

describe('every routine ledger', () => {
  it('is a compliance record 二(一) keeps', () => {
    for (const definition of [trainingLedger, emergencyDrillLedger, emergencyPlanLedger, selfInspectionLedger, hazardLedger, managementPolicyLedger] as readonly AnyLedgerDefinition[]) {
      expect(definition.retained).toBe(true);
    }
  });
});
