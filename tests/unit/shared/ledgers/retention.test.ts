import { describe, expect, it } from 'vitest';
import { hazardLedger } from '@shared/ledgers/definitions/hazard.ledger';
import { managementPolicyLedger } from '@shared/ledgers/definitions/management-policy.ledger';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import { selfInspectionLedger } from '@shared/ledgers/definitions/self-inspection.ledger';
import { deletionVerdict, recordsKeptUntil, workspaceDeletionVerdict } from '@shared/ledgers/retention';
import { serviceEndFormSchema } from '@shared/signing/service-end.schema';

const at = (text: string) => Date.parse(`${text}+08:00`);
const now = at('2026-11-28T10:00:00');
const ended = { serviceEndedAt: at('2026-11-28T00:00:00') };

describe('keeping a record (二(一), 一(五)3)', () => {
  it('keeps a compliance record while the service runs, and until 2 years after the day it ended', () => {
    expect(deletionVerdict(hazardLedger, { serviceEndedAt: null }, now)).toEqual({ allowed: false, reason: 'service-running' });
    expect(recordsKeptUntil(ended.serviceEndedAt)).toBe(at('2028-11-29T00:00:00'));
    expect(deletionVerdict(hazardLedger, ended, now)).toEqual({ allowed: false, reason: 'kept-until', until: at('2028-11-29T00:00:00') });
    expect(deletionVerdict(hazardLedger, ended, at('2028-11-29T00:00:00'))).toEqual({ allowed: true });
  });

  it('keeps a self-inspection report made after the service ended 2 years from the report', () => {
    const report = { id: 'report', index: { inspectedAt: at('2027-03-01T10:00:00') } };
    expect(deletionVerdict(selfInspectionLedger, ended, at('2028-12-01T00:00:00'), report)).toEqual({ allowed: false, reason: 'kept-until', until: at('2029-03-02T00:00:00') });
    expect(deletionVerdict(selfInspectionLedger, ended, at('2029-03-02T00:00:00'), report)).toEqual({ allowed: true });
  });

  it('lets a draft never issued go, and personal data always', () => {
    expect(deletionVerdict(managementPolicyLedger, { serviceEndedAt: null }, now, { id: 'draft', index: { status: 'draft' } })).toEqual({ allowed: true });
    expect(deletionVerdict(managementPolicyLedger, { serviceEndedAt: null }, now, { id: 'old', index: { status: 'superseded' } })).toMatchObject({ allowed: false });
    expect(deletionVerdict(personalInformationLedger, { serviceEndedAt: null }, now)).toEqual({ allowed: true });
  });
});

describe('deleting a workspace (二(一))', () => {
  it('is allowed with no letter signed, and once the keeping period is over', () => {
    expect(workspaceDeletionVerdict(null, null, now)).toEqual({ allowed: true, archivedAt: null });
    expect(workspaceDeletionVerdict(ended, null, at('2028-11-29T00:00:00'))).toEqual({ allowed: true, archivedAt: null });
  });

  it('is refused while retention runs, unless an archive of the data as it stands was saved', () => {
    expect(workspaceDeletionVerdict({ serviceEndedAt: null }, null, now)).toEqual({ allowed: false, reason: 'service-running', until: null, archive: 'none' });
    expect(workspaceDeletionVerdict(ended, null, now)).toEqual({ allowed: false, reason: 'kept-until', until: at('2028-11-29T00:00:00'), archive: 'none' });
    expect(workspaceDeletionVerdict(ended, { at: now - 1000, matchesData: false }, now)).toMatchObject({ allowed: false, archive: 'outdated' });
    expect(workspaceDeletionVerdict({ serviceEndedAt: null }, { at: now - 1000, matchesData: true }, now)).toEqual({ allowed: true, archivedAt: now - 1000 });
  });
});

describe('the service end form', () => {
  const schema = serviceEndFormSchema('2026-08-10', () => '2026-11-28');
  const issues = (endedOn: string) => schema.safeParse({ endedOn }).error?.issues.map((issue) => issue.message) ?? [];
  it('takes a real day between signing and today', () => {
    expect(issues('2026-11-28')).toEqual([]);
    expect(issues('2026-08-10')).toEqual([]);
    expect(issues('2026-11-29')).toEqual(['future']);
    expect(issues('2026-08-09')).toEqual(['beforeSigning']);
    for (const bad of ['', '2026-02-30', '28/11/2026', '2026-11-28T10:00']) expect(issues(bad)).toEqual(['date']);
  });
});
