import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chinaMidnight } from '@shared/calendar/china-date';
import { clauseDisplayName } from '@shared/i18n/clause-label';
import { obligationTextZhCN } from '@shared/i18n/messages/obligations.zh-CN';
import { apiCredentialLedger, rotationFormSchema } from '@shared/ledgers/definitions/api-credential.ledger';
import { contentReviewLedger, reviewFormSchema, type ReviewDecision } from '@shared/ledgers/definitions/content-review.ledger';
import { credentialLeakLedger, stepFormSchema, type Step } from '@shared/ledgers/definitions/credential-leak.ledger';
import { emergencyPlanLedger } from '@shared/ledgers/definitions/emergency-plan.ledger';
import { forceMajeureLedger } from '@shared/ledgers/definitions/force-majeure.ledger';
import { hazardLedger } from '@shared/ledgers/definitions/hazard.ledger';
import { managementPolicyLedger } from '@shared/ledgers/definitions/management-policy.ledger';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import { scopeChangeLedger } from '@shared/ledgers/definitions/scope-change.ledger';
import { securityIncidentLedger, type SecurityIncidentPayload } from '@shared/ledgers/definitions/security-incident.ledger';
import { checkField, inspectionItems } from '@shared/ledgers/definitions/self-inspection.ledger';
import { staffLedger } from '@shared/ledgers/definitions/staff.ledger';
import { missedTraining, trainingLedger, trainingTopics } from '@shared/ledgers/definitions/training.ledger';
import { instantOfInputOrThrow } from '@shared/ledgers/ledger-fields';
import { ledgerDefinitionOrThrow, type LedgerId } from '@shared/ledgers/ledger-registry';
import { recordsKeptUntil } from '@shared/ledgers/retention';
import { consentedScenarioId } from '@shared/ledgers/scenario-id';
import { recordAnswerOrThrow, recordApplicationOrThrow } from '@shared/ledgers/scope-change-steps';
import { addReviewOrThrow, markSentOrThrow, sendVerdict } from '@shared/ledgers/two-person-review';
import { findClauseLabel } from '@shared/letter/clause-labels';
import { objectableClauses } from '@shared/letter/letter-template';
import { obligationCatalogue, workingDaysAllowed } from '@shared/obligations/obligation-catalogue';
import type { DueItem } from '@shared/obligations/obligation-engine';
import { objectionFormSchema } from '@shared/signing/objection.schema';
import { serviceEndFormSchema } from '@shared/signing/service-end.schema';
import { toChinaDateString } from '@shared/time/china-time';
import { requiredOperatorMark } from '@renderer/features/signing/signing-readiness';
import { t } from '@renderer/i18n/t';
import { attachmentWrite, listAttachments } from '@renderer/ledgers/attachments';
import { recordLeakReset, recordRotation } from '@renderer/ledgers/credential-rotation';
import { issueVersionWrites, withdrawVersion } from '@renderer/ledgers/document-versions';
import { ledgerContributionOf } from '@renderer/ledgers/ledger-contributions';
import { createLedgerRepository, type NewAttachment } from '@renderer/ledgers/ledger-repository';
import { deletionRefusalText, recordDeletionVerdict, removeRecordOrThrow } from '@renderer/ledgers/retention-guard';
import { loadSelectableScenarios } from '@renderer/ledgers/scenario-source';
import { fingerprintSecret } from '@renderer/ledgers/secret-fingerprint';
import { loadLetterDates } from '@renderer/obligations/obligation-records';
import { currentLetterTemplate } from '@renderer/signing/letter-template-source';
import { copyLabels } from '@renderer/signing/letter-labels';
import { listLetters, setServiceEnd } from '@renderer/signing/letters-repository';
import { closeObjection, listObjections, raiseObjection, readAttachment } from '@renderer/signing/signing-repository';
import { WorkspaceRegistry } from '@renderer/storage/registry-db';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import { readDashboard, type DashboardView } from '../../../support/dashboard-view';
import { openTestWorkspace } from '../../../support/open-test-store';
import { pdfWorkDir } from '../../../support/pdf-test-assets';
import { addOperatorMark, draftBeforeMark, draftReadyToSign, signDraftOrThrow, signingBlockedBy, signLetter } from '../../../support/signing-path';

// Issue 11: each duty of the letter, from a record written the way its screen
// writes it (the ledger's form, its workflow steps, the signing wizard) to
// what 首页 then shows. Times are China time, fixed; never the machine's clock.

/** A China wall-clock time as typed in a form (`2026-11-02T10:00`), as an instant. */
const at = (local: string) => Date.parse(`${local}:00+08:00`);
const pdfFile = (name: string) => ({ name, data: new Uint8Array([37, 80, 68, 70, 45, 49]) });
const work = pdfWorkDir();
afterAll(work.remove);

type Workspace = Readonly<{ store: WorkspaceStore; registry: WorkspaceRegistry; home: (now: number) => Promise<DashboardView> }>;

async function openWorkspace(): Promise<Workspace> {
  const { store, environment } = await openTestWorkspace();
  const registry = new WorkspaceRegistry(environment);
  return { store, registry, home: (now) => readDashboard(store, registry, now) };
}

/** 新增 on a ledger: the form checked by its schema, turned into the payload, saved with its files (LedgerNewPage). */
async function addRecord(w: Workspace, ledger: LedgerId, now: number, fields: Record<string, unknown>, files: readonly NewAttachment[] = []): Promise<string> {
  const contribution = ledgerContributionOf(ledger);
  const form = contribution.formSchema(() => now).parse({ ...contribution.emptyForm(now), ...fields });
  const payload = await contribution.toPayload(form, null, { store: w.store, registry: w.registry, now });
  return createLedgerRepository(w.store, ledgerDefinitionOrThrow(ledger)).add(payload, files, now);
}

/** 编辑 on a record's page (LedgerRecordPage). */
async function editRecord(w: Workspace, ledger: LedgerId, id: string, now: number, fields: Record<string, unknown>): Promise<void> {
  const contribution = ledgerContributionOf(ledger);
  const repository = createLedgerRepository(w.store, ledgerDefinitionOrThrow(ledger));
  const previous = (await repository.get(id))!.payload;
  const form = contribution.formSchema(() => now).parse({ ...contribution.toForm(previous), ...fields });
  await repository.update(id, await contribution.toPayload(form, previous, { store: w.store, registry: w.registry, now }));
}

/** What a ledger's form says is wrong with some fields: field → message key. */
function formErrors(ledger: LedgerId, now: number, fields: Record<string, unknown>): Record<string, string> {
  const contribution = ledgerContributionOf(ledger);
  const parsed = contribution.formSchema(() => now).safeParse({ ...contribution.emptyForm(now), ...fields });
  return Object.fromEntries((parsed.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
}

/** A step typed in a StepForm: when (to the minute, not in the future) and what was done. */
function step(local: string, note: string, now: number): Step {
  const form = stepFormSchema(() => now).parse({ at: local, note });
  return { at: instantOfInputOrThrow(form.at), note: form.note };
}

async function addPerson(w: Workspace, name: string, now: number): Promise<string> {
  return addRecord(w, 'staff', now, { name, department: '门店', role: '店员', joinedOn: '2025-01-02' });
}

/** One reviewer's opinion as ReviewForm submits it. */
async function review(w: Workspace, id: string, reviewerId: string, decision: ReviewDecision, local: string, now: number, acknowledged = false): Promise<void> {
  const reviews = createLedgerRepository(w.store, contentReviewLedger);
  const record = (await reviews.get(id))!;
  const form = reviewFormSchema(() => now, record.payload.screening.hits.length).parse({ reviewerId, decision, opinion: '内容合规，同意发送。', at: local, acknowledged });
  const reviewer = await createLedgerRepository(w.store, staffLedger).get(form.reviewerId);
  const opinion = { reviewerId: form.reviewerId, decision: form.decision, opinion: form.opinion, at: instantOfInputOrThrow(form.at), acknowledgedHits: form.acknowledged };
  await reviews.update(id, addReviewOrThrow(record.payload, opinion, reviewer === null ? null : { active: reviewer.index['status'] === 'active' }));
}

/** What a record's page hands the retention guard: the letter's dates as 首页 read them, and the time. */
async function letterContext(w: Workspace, now: number) {
  return { letter: await loadLetterDates(w.store), now };
}

/** An item the engine computed for 首页, listed there or not. */
function itemOf(home: DashboardView, key: string): DueItem | undefined {
  return home.items.find((item) => item.key === key);
}

/** The text of some pages of a PDF, as a reader copies it. */
function pdfText(bytes: Uint8Array, pages: Readonly<{ first: number; last: number }>, name: string): string {
  const file = path.join(work.dir, name);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(pages.first), '-l', String(pages.last), file, '-'], { encoding: 'utf8' });
}
const compact = (text: string) => text.replace(/\s+/g, '');

/** The code of the AppError an action throws; null when it does not throw. */
function codeThrownBy(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return null;
}

type Duty = Readonly<{ clause: string; does: string; run: () => Promise<void> }>;

const duties: readonly Duty[] = [
  {
    clause: '一(一)1',
    does: 'the personal-information form refuses an ID-card or bank-card number and untraceable consent; 首页 keeps the rule with its ledger',
    run: async () => {
      const now = at('2026-11-02T10:00');
      const w = await openWorkspace();
      await signLetter(w.store, 'seal', at('2026-10-12T10:00'));
      const entry = { phone: '138 0013 8000', name: '王女士', scenario: 'verification-code', consent: 'online-tick', source: '门店小程序注册页', collectedAt: '2026-11-02T09:30', usage: '登录验证码' };

      expect(formErrors('personal-information', now, { ...entry, usage: '身份证 11010519491231002X' })).toEqual({ usage: 'idCard' });
      expect(formErrors('personal-information', now, { ...entry, name: '6222 0212 3456 7894' })).toEqual({ name: 'bankCard' });
      expect(Object.keys(formErrors('personal-information', now, { ...entry, consent: 'none' }))).toEqual(['consent']);
      // Every ledger's free text refuses them too, whatever its label.
      expect(formErrors('staff', now, { name: '李四', joinedOn: '2025-01-02', note: '身份证号11010519491231002X' })).toEqual({ note: 'idCard' });
      await expect(addRecord(w, 'personal-information', now, { ...entry, usage: '卡号 6222021234567894' })).rejects.toThrow();
      expect(await w.store.count('personalInformation')).toBe(0);

      const id = await addRecord(w, 'personal-information', now, entry, [{ slot: 'consent-evidence', file: pdfFile('勾选记录.pdf') }]);
      const record = (await createLedgerRepository(w.store, personalInformationLedger).get(id))!;
      expect(record.payload).toMatchObject({ phone: '13800138000', consent: 'online-tick', source: '门店小程序注册页' });
      expect((await listAttachments(w.store, { table: 'personalInformation', id })).attachments.map((file) => file.slot)).toEqual(['consent-evidence']);

      const home = await w.home(now);
      expect(home.signed).toBe(true);
      expect(home.rule('consent-and-scope')).toEqual({ text: expect.stringContaining('只收集必要信息，取得明确同意') as string, href: '/ledgers/personal-information' });
      expect(home.rule('consent-and-scope')?.text).toContain(clauseDisplayName('一(一)1'));
    },
  },
  {
    clause: '一(一)2',
    does: 'a phone number and an SMS take one of the agreed scenarios only, and advertising wording in them is flagged; 首页 keeps the rule',
    run: async () => {
      const now = at('2026-11-02T10:00');
      const w = await openWorkspace();
      await signLetter(w.store, 'seal', at('2026-10-12T10:00'));
      const entry = { phone: '13800138000', name: '', scenario: 'business-reminder', consent: 'written', source: '到店登记表', collectedAt: '2026-11-01T15:00', usage: '取件提醒' };
      expect(Object.keys(formErrors('personal-information', now, { ...entry, scenario: 'marketing' }))).toEqual(['scenario']);
      const phone = await addRecord(w, 'personal-information', now, entry);
      expect((await createLedgerRepository(w.store, personalInformationLedger).get(phone))?.payload.scenario).toBe('business-reminder');

      const sms = (scenario: string, content: string) => ({ kind: 'batch', signature: '【城东便利店】', scenario, recipientCount: '20', content });
      expect(Object.keys(formErrors('content-review', now, sms('', '您的快递已到店。')))).toEqual(['scenario']);
      await expect(addRecord(w, 'content-review', now, sms('member-offers', '您的快递已到店。'))).rejects.toMatchObject({ code: 'scenario/not-selectable' });
      expect((await loadSelectableScenarios(w.store)).map((scenario) => scenario.name)).toEqual(['验证码', '账户安全通知', '业务办理提醒']);
      const notice = await addRecord(w, 'content-review', now, sms('account-security', '您的账户于今日在新设备登录，如非本人操作请及时修改密码。'));
      const advert = await addRecord(w, 'content-review', now, sms('business-reminder', '您的快递已到店，本周会员日全场优惠。'));
      const reviews = createLedgerRepository(w.store, contentReviewLedger);
      expect((await reviews.get(notice))?.payload).toMatchObject({ scenario: { id: 'account-security', name: '账户安全通知', marketing: false }, screening: { hits: [] } });
      expect((await reviews.get(advert))?.payload.screening.hits.map((hit) => `${hit.category}:${hit.text}`)).toEqual(['marketing-wording:会员日', 'marketing-wording:优惠']);

      expect((await w.home(now)).rule('agreed-scenarios')).toEqual({ text: expect.stringContaining('只用于约定的短信场景') as string, href: '/ledgers/personal-information' });
    },
  },
  {
    clause: '一(一)3',
    does: 'the ledger keeps when, why, from where and for what; once the service ends 首页 says numbers go within 15 working days, and only they may be deleted',
    run: async () => {
      const now = at('2026-11-02T10:00');
      const w = await openWorkspace();
      const { letterId } = await signLetter(w.store, 'seal', at('2026-03-02T10:00'));
      const id = await addRecord(w, 'personal-information', now, { phone: '13800138000', name: '', scenario: 'verification-code', consent: 'written', source: '会员登记表', collectedAt: '2026-03-05T11:20', usage: '登录验证码' });
      const training = await addRecord(w, 'training', now, { heldAt: '2026-06-15T14:00', topics: [...trainingTopics], attendeeIds: [await addPerson(w, '王测试', now)], content: '年度培训' });
      const [listed] = (await createLedgerRepository(w.store, personalInformationLedger).page(null)).records;
      expect(listed?.payload).toMatchObject({ collectedAt: at('2026-03-05T11:20'), scenario: 'verification-code', source: '会员登记表', usage: '登录验证码' });
      expect(personalInformationLedger.describe(listed!.payload)).toBe('138****8000');

      const ended = serviceEndFormSchema('2026-03-02', () => toChinaDateString(now)).parse({ endedOn: '2026-10-31' });
      await setServiceEnd(w.store, letterId, chinaMidnight(ended.endedOn));
      // 一(一)3: 15 working days for data no longer needed; 首页 says so beside the 2 years of 二(一).
      expect(workingDaysAllowed('personal-information-deletion')).toBe(15);
      expect((await w.home(now)).letter).toContain('个人信息要在 15 个工作日内删除');

      const context = await letterContext(w, now);
      const trainingRecord = (await createLedgerRepository(w.store, trainingLedger).get(training))!;
      expect(recordDeletionVerdict(trainingLedger, trainingRecord, context)).toMatchObject({ allowed: false, reason: 'kept-until' });
      const record = (await createLedgerRepository(w.store, personalInformationLedger).get(id))!;
      expect(recordDeletionVerdict(personalInformationLedger, record, context)).toEqual({ allowed: true });
      await removeRecordOrThrow(w.store, personalInformationLedger, record, context);
      expect(await w.store.count('personalInformation')).toBe(0);
      expect(await w.store.count('trainings')).toBe(1);
    },
  },
  {
    clause: '一(二)1',
    does: 'saving an SMS screens it for the four prohibited categories and keeps the hits; an approval must acknowledge them; 首页 keeps the rule',
    run: async () => {
      const now = at('2026-11-02T10:00');
      const w = await openWorkspace();
      await signLetter(w.store, 'seal', at('2026-10-12T10:00'));
      const reviewer = await addPerson(w, '王测试', now);
      const sms = (content: string) => ({ kind: 'batch', signature: '【城东便利店】', scenario: 'business-reminder', recipientCount: '20', content });
      const clean = await addRecord(w, 'content-review', at('2026-11-02T09:00'), sms('您预约的取件时间为明天上午，请准时到店。'));
      const flagged = await addRecord(w, 'content-review', at('2026-11-02T09:00'), sms('颠覆国家政权，百家乐，低息贷款，全网最低。'));
      const reviews = createLedgerRepository(w.store, contentReviewLedger);
      expect((await reviews.get(clean))?.payload.screening.hits).toEqual([]);
      const hits = (await reviews.get(flagged))!.payload.screening.hits;
      expect(new Set(hits.map((hit) => hit.category))).toEqual(new Set(['politics', 'illegal', 'unsolicited-ad', 'misleading']));
      expect(hits.map((hit) => hit.text)).toEqual(['颠覆国家政权', '百家乐', '低息贷款', '全网最低']);

      await expect(review(w, flagged, reviewer, 'approve', '2026-11-02T09:30', now)).rejects.toThrow('acknowledgeHits');
      await expect(review(w, clean, reviewer, 'approve', '2026-11-02T09:30', now)).resolves.toBeUndefined();
      await review(w, flagged, reviewer, 'approve', '2026-11-02T09:30', now, true);
      expect((await reviews.get(flagged))?.payload.reviews).toHaveLength(1);

      expect((await w.home(now)).rule('content-screening')).toEqual({ text: expect.stringContaining('短信内容不得含四类违规信息') as string, href: '/ledgers/content-review' });
    },
  },
  {
    clause: '一(二)2',
    does: 'a batch is marked sent only after two different people approved; a batch of more than 100 keeps its review a year; 首页 keeps both rules',
    run: async () => {
      const now = at('2026-11-02T10:00');
      const w = await openWorkspace();
      await signLetter(w.store, 'seal', at('2026-10-12T10:00'));
      const [wang, li] = [await addPerson(w, '王测试', now), await addPerson(w, '李测试', now)];
      const batch = (recipientCount: string) => ({ kind: 'batch', signature: '【城东便利店】', scenario: 'business-reminder', recipientCount, content: '您预约的取件时间为明天上午，请准时到店。' });
      const large = await addRecord(w, 'content-review', at('2026-11-02T08:00'), batch('150'));
      const small = await addRecord(w, 'content-review', at('2026-11-02T08:00'), batch('100'));
      const reviews = createLedgerRepository(w.store, contentReviewLedger);
      const payload = async (id: string) => (await reviews.get(id))!.payload;

      expect(sendVerdict(await payload(large))).toEqual({ allowed: false, code: 'review/not-approved' });
      await review(w, large, wang, 'approve', '2026-11-02T08:30', now);
      await expect(review(w, large, wang, 'approve', '2026-11-02T08:40', now)).rejects.toMatchObject({ code: 'review/same-reviewer' });
      const reviewedOnce = await payload(large);
      expect(sendVerdict(reviewedOnce)).toEqual({ allowed: false, code: 'review/not-approved' });
      expect(codeThrownBy(() => markSentOrThrow(reviewedOnce, step('2026-11-02T09:00', '已发送', now)))).toBe('review/not-approved');
      // Whatever path writes it, the schema refuses a batch sent on one approval.
      await expect(reviews.update(large, { ...reviewedOnce, sent: { at: at('2026-11-02T09:00'), note: '' } })).rejects.toMatchObject({ code: 'storage/invalid-row' });
      await review(w, large, li, 'approve', '2026-11-02T08:50', now);
      await reviews.update(large, markSentOrThrow(await payload(large), step('2026-11-02T09:00', '已发送', now)));
      expect((await reviews.get(large))?.index['status']).toBe('sent');

      // 一(二)2: more than 100 recipients, kept at least a year from the last step (sent on 2026-11-02): deletable from 24:00 of 2027-11-02.
      const kept = at('2027-11-03T00:00');
      const running = await letterContext(w, now);
      const largeRecord = (await reviews.get(large))!;
      expect(largeRecord.payload.reviews.map((opinion) => [opinion.reviewerId, opinion.at, opinion.opinion])).toEqual([
        [wang, at('2026-11-02T08:30'), '内容合规，同意发送。'],
        [li, at('2026-11-02T08:50'), '内容合规，同意发送。'],
      ]);
      expect(recordDeletionVerdict(contentReviewLedger, largeRecord, running)).toEqual({ allowed: false, reason: 'record-kept-until', until: kept, rule: 'review-retention' });
      expect(deletionRefusalText(contentReviewLedger, largeRecord, running, 'record')).toContain('条款 一(二)2 要求“批量发送的审核记录至少保存 1 年”，这条记录从 2027-11-03 起才能删除');
      expect(recordDeletionVerdict(contentReviewLedger, (await reviews.get(small))!, running)).toEqual({ allowed: false, reason: 'service-running' });
      // The year holds signed or not; with no letter, only it keeps the record.
      expect(recordDeletionVerdict(contentReviewLedger, largeRecord, { letter: null, now: kept - 1 })).toMatchObject({ allowed: false, until: kept });
      expect(recordDeletionVerdict(contentReviewLedger, largeRecord, { letter: null, now: kept })).toEqual({ allowed: true });
      expect(recordDeletionVerdict(contentReviewLedger, (await reviews.get(small))!, { letter: null, now })).toEqual({ allowed: true });

      const home = await w.home(now);
      expect(home.rule('two-person-review')).toEqual({ text: expect.stringContaining('每条短信发送前两人分别审核') as string, href: '/ledgers/content-review' });
      expect(home.rule('review-retention')).toEqual({ text: expect.stringContaining('批量发送的审核记录至少保存 1 年') as string, href: '/ledgers/content-review' });
    },
  },
  {
    clause: '一(三)1',
    does: 'custody is open on 首页 until a credential is registered with its custodian and scope, and only its fingerprint is kept',
    run: async () => {
      const now = at('2026-11-02T10:00');
      const w = await openWorkspace();
      await signLetter(w.store, 'seal', at('2026-10-12T10:00'));
      expect((await w.home(now)).row('credential-custody')).toEqual({
        state: 'upcoming',
        pill: t('dashboard.state.upcoming'),
        due: t('dashboard.due.noDeadline'),
        next: obligationTextZhCN['credential-custody'].next,
        button: { href: '/ledgers/api-credential/new', text: t('dashboard.record') },
      });

      const credential = { name: '正式环境密钥', type: 'api-key', custodianId: '', scope: '发送验证码和账户安全通知', issuedAt: '2026-10-20T09:00', secret: '  sk-live-ABCDEFGH12345678  ', note: '' };
      expect(formErrors('api-credential', now, credential)).toEqual({ custodianId: 'required' });
      expect(formErrors('api-credential', now, { ...credential, custodianId: 'p', scope: '' })).toEqual({ scope: 'required' });
      const id = await addRecord(w, 'api-credential', now, { ...credential, custodianId: await addPerson(w, '王测试', now) });
      const stored = (await createLedgerRepository(w.store, apiCredentialLedger).get(id))!.payload;
      expect(stored.fingerprint?.lastCharacters).toBe('5678');
      expect(JSON.stringify(stored)).not.toContain('ABCDEFGH');

      const done = (await w.home(now)).row('credential-custody');
      expect(done).toMatchObject({ state: 'done', pill: t('dashboard.state.done'), due: t('dashboard.due.doneOn', { date: '2026-10-20' }), next: null });
    },
  },
  {
    clause: '一(三)2',
    does: 'a credential not rotated in 90 days is overdue on 首页 and rotating it makes it done; a suspected leak has its 1-hour freeze and 24-hour reset, and the reset rotates',
    run: async () => {
      const w = await openWorkspace();
      await signLetter(w.store, 'seal', at('2026-06-01T10:00'));
      const custodianId = await addPerson(w, '王测试', at('2026-06-01T10:00'));
      const credential = (name: string, issuedAt: string) => ({ name, type: 'api-key', custodianId, scope: '发送验证码', issuedAt, secret: '', note: '' });
      // 90 days after 1 August is 30 October (30 days to 31 August, 30 to 30 September, 30 to 30 October); after 3 August, 1 November.
      const byHand = await addRecord(w, 'api-credential', at('2026-08-01T09:00'), credential('正式环境密钥', '2026-08-01T09:00'));
      const leaked = await addRecord(w, 'api-credential', at('2026-08-03T09:00'), credential('备用账号密码', '2026-08-03T09:00'));
      const leak = await addRecord(w, 'credential-leak', at('2026-11-02T09:05'), { credentialId: leaked, discoveredAt: '2026-11-02T09:05', description: '备用电脑丢失' });

      let now = at('2026-11-02T10:20');
      let home = await w.home(now);
      expect(home.row(`credential-rotation:${byHand}`)).toMatchObject({ state: 'overdue', due: t('dashboard.due.daysOverdue', { count: 3 }), button: { href: `/ledgers/api-credential/${byHand}`, text: t('dashboard.open') } });
      expect(home.row(`credential-rotation:${leaked}`)).toMatchObject({ state: 'overdue', due: t('dashboard.due.daysOverdue', { count: 1 }) });
      // Discovered at 09:05: the freeze was due at 10:05, the reset is due at 09:05 tomorrow.
      expect(home.row(`credential-leak-freeze:${leak}`)).toMatchObject({ state: 'overdue', due: t('dashboard.due.hoursOverdue', { hours: 0, minutes: 15 }), button: { href: `/ledgers/credential-leak/${leak}` } });
      expect(home.row(`credential-leak-reset:${leak}`)).toMatchObject({ state: 'upcoming', due: t('dashboard.due.hoursLeft', { hours: 22, minutes: 45 }) });
      expect([itemOf(home, `credential-leak-freeze:${leak}`)?.dueAt, itemOf(home, `credential-leak-reset:${leak}`)?.dueAt]).toEqual([at('2026-11-02T10:05'), at('2026-11-03T09:05')]);

      now = at('2026-11-02T10:40');
      const leaks = createLedgerRepository(w.store, credentialLeakLedger);
      const credentials = createLedgerRepository(w.store, apiCredentialLedger);
      const leakRecord = (await leaks.get(leak))!;
      await leaks.update(leak, { ...leakRecord.payload, freeze: step('2026-11-02T10:25', '已电话通知服务商并申请冻结', now) });
      const rotation = rotationFormSchema(() => now).parse({ at: '2026-11-02T10:30', secret: 'sk-live-NEW0000011112222', note: '' });
      await recordRotation(w.store, (await credentials.get(byHand))!, { at: instantOfInputOrThrow(rotation.at), fingerprint: await fingerprintSecret(w.store.cryptoPort, rotation.secret), note: rotation.note, leakId: null });
      home = await w.home(now);
      // Done steps of a record live on in its ledger: 首页 no longer lists them. Next rotation 90 days after 2 November: 31 January.
      expect(home.row(`credential-rotation:${byHand}`)).toBeNull();
      expect(itemOf(home, `credential-rotation:${byHand}`)).toMatchObject({ state: 'done', dueDate: '2027-01-31' });
      expect(itemOf(home, `credential-leak-freeze:${leak}`)).toMatchObject({ state: 'done', late: true });
      expect(home.row(`credential-rotation:${leaked}`)).toMatchObject({ state: 'overdue' });

      now = at('2026-11-02T16:10');
      await recordLeakReset(w.store, (await leaks.get(leak))!, await credentials.get(leaked), step('2026-11-02T16:00', '已重置密码并更新授权记录', now));
      home = await w.home(now);
      expect(itemOf(home, `credential-leak-reset:${leak}`)).toMatchObject({ state: 'done', late: false });
      expect(itemOf(home, `credential-rotation:${leaked}`)).toMatchObject({ state: 'done', lastDoneAt: at('2026-11-02T16:00'), dueDate: '2027-01-31' });
      expect(home.shown.filter((item) => item.clause === '一(三)2')).toEqual([]);
    },
  },
  {
    clause: '一(三)3',
    does: 'a new scenario is selectable only after the written application and the provider’s consent with its evidence are recorded; 首页 keeps the rule',
    run: async () => {
      const now = at('2026-11-02T10:00');
      const w = await openWorkspace();
      await signLetter(w.store, 'seal', at('2026-10-12T10:00'));
      const application = { scenarioName: '会员活动通知', nature: 'marketing', reason: '会员希望收到活动通知。', scope: '已同意接收的会员。' };
      expect(formErrors('scope-change', now, { ...application, scenarioName: '验证码' })).toEqual({ scenarioName: 'scenarioAgreed' });
      const id = await addRecord(w, 'scope-change', at('2026-10-20T09:00'), application);
      const scenario = consentedScenarioId(id);
      const sms = { kind: 'batch', signature: '【城东便利店】', scenario, recipientCount: '50', content: '本周六会员日，全场八折优惠。' };
      await expect(addRecord(w, 'content-review', now, sms)).rejects.toMatchObject({ code: 'scenario/not-selectable' });

      const changes = createLedgerRepository(w.store, scopeChangeLedger);
      const draft = (await changes.get(id))!.payload;
      const answer = { kind: 'consent', at: at('2026-10-28T15:00'), note: '服务商回函同意', evidenceId: 'x' } as const;
      expect(codeThrownBy(() => recordAnswerOrThrow(draft, answer))).toBe('scope-change/not-applied');
      await changes.update(id, recordApplicationOrThrow(draft, step('2026-10-21T10:00', '书面申请已邮寄', now)));
      expect((await loadSelectableScenarios(w.store)).map((entry) => entry.id)).not.toContain(scenario);

      // ConsentForm: the consent and its evidence in one audited change.
      const applied = (await changes.get(id))!.payload;
      const evidenceId = w.store.newId();
      const consented = recordAnswerOrThrow(applied, { ...answer, evidenceId });
      await w.store.writeRows([await changes.toRowWrite(id, consented), attachmentWrite(w.store, { table: scopeChangeLedger.table, id }, { slot: 'consent', file: pdfFile('同意函.pdf'), id: evidenceId }, now)], {
        action: 'record-updated',
        table: scopeChangeLedger.table,
        recordId: id,
      });
      expect((await loadSelectableScenarios(w.store)).map((entry) => entry.id)).toContain(scenario);
      const review = await addRecord(w, 'content-review', now, sms);
      expect((await createLedgerRepository(w.store, contentReviewLedger).get(review))?.payload.scenario).toEqual({ id: scenario, name: '会员活动通知', marketing: true });

      expect((await w.home(now)).rule('scope-change')).toEqual({ text: expect.stringContaining('变更使用场景须事先书面申请') as string, href: '/ledgers/scope-change' });
    },
  },
  {
    clause: '一(四)1',
    does: 'an emergency plan is open on 首页 until a version is issued, and a drill overdue a year after signing is done once recorded, next due a year on',
    run: async () => {
      const now = at('2026-11-02T10:00');
      const w = await openWorkspace();
      await signLetter(w.store, 'seal', at('2025-08-10T10:00'));
      let home = await w.home(now);
      expect(home.row('emergency-plan')).toMatchObject({ state: 'upcoming', due: t('dashboard.due.noDeadline'), button: { href: '/ledgers/emergency-plan/new' } });
      // At least one drill a year: due on 2026-08-10, 84 days before 2 November (21 + 30 + 31 + 2).
      expect(home.row('emergency-drill')).toMatchObject({ state: 'overdue', due: t('dashboard.due.daysOverdue', { count: 84 }), button: { href: '/ledgers/emergency-drill/new', text: t('dashboard.record') } });

      const leader = await addPerson(w, '王测试', now);
      const planId = await addRecord(w, 'emergency-plan', at('2026-10-20T09:00'), { leaderId: leader, reporterId: leader, memberIds: [leader] });
      expect((await w.home(now)).row('emergency-plan')).toMatchObject({ state: 'upcoming' });
      const plans = createLedgerRepository(w.store, emergencyPlanLedger);
      const issuedAt = at('2026-10-20T10:00');
      await w.store.writeRows(await issueVersionWrites(w.store, emergencyPlanLedger, (await plans.get(planId))!, issuedAt), { action: 'record-updated', table: emergencyPlanLedger.table, recordId: planId });
      await addRecord(w, 'emergency-drill', now, { heldAt: '2026-10-30T14:00', planId, scenario: '接口凭证泄露', participantIds: [leader], process: '按预案演练冻结与重置。', summary: '40 分钟完成冻结与重置。' });

      home = await w.home(now);
      expect(home.row('emergency-plan')).toMatchObject({ state: 'done', due: t('dashboard.due.doneOn', { date: '2026-10-20' }) });
      expect(home.row('emergency-drill')).toMatchObject({ state: 'done', due: t('dashboard.due.doneNext', { date: '2026-10-30', next: '2027-10-30' }) });
    },
  },
  {
    clause: '一(四)2',
    does: 'an incident’s 30-minute, 1-hour, 24-hour, 48-hour and every-3-working-days clocks run on 首页 from its discovery, each step recorded makes it done',
    run: async () => {
      const w = await openWorkspace();
      await signLetter(w.store, 'seal', at('2026-06-01T10:00'));
      const id = await addRecord(w, 'security-incident', at('2026-11-02T09:12'), {
        type: 'data-leak',
        grade: 'general',
        discoveredAt: '2026-11-02T09:10',
        summary: '发现异常批量调用接口',
        cyberspaceAuthority: '测试市互联网信息办公室',
        telecomAuthority: '测试省通信管理局',
      });
      const key = (obligation: string) => `${obligation}:${id}`;
      let now = at('2026-11-02T10:00');
      let home = await w.home(now);
      // Discovered Monday 09:10: contain by 09:40, notify by 10:10, report by Tuesday 09:10, users by Wednesday 09:10;
      // progress 3 working days after discovery (Tue, Wed, Thu), so by Thursday 5 November, today included 4 working days left.
      expect(home.row(key('incident-contain'))).toMatchObject({ state: 'overdue', due: t('dashboard.due.hoursOverdue', { hours: 0, minutes: 20 }), button: { href: `/ledgers/security-incident/${id}`, text: t('dashboard.open') } });
      expect(home.row(key('incident-notify'))).toMatchObject({ state: 'due-soon', due: t('dashboard.due.hoursLeft', { hours: 0, minutes: 10 }) });
      expect(home.row(key('incident-report'))).toMatchObject({ state: 'upcoming', due: t('dashboard.due.hoursLeft', { hours: 23, minutes: 10 }) });
      expect(home.row(key('incident-users'))).toMatchObject({ state: 'upcoming', due: t('dashboard.due.hoursLeft', { hours: 47, minutes: 10 }) });
      expect(home.row(key('incident-progress'))).toMatchObject({ state: 'upcoming', due: t('dashboard.due.workingDaysLeft', { count: 4, date: '2026-11-05' }) });
      expect(home.shown.filter((item) => item.recordId === id).map((item) => [item.obligationId, item.dueAt])).toEqual([
        ['incident-contain', at('2026-11-02T09:40')],
        ['incident-notify', at('2026-11-02T10:10')],
        ['incident-report', at('2026-11-03T09:10')],
        ['incident-users', at('2026-11-04T09:10')],
        ['incident-progress', at('2026-11-06T00:00')],
      ]);

      const incidents = createLedgerRepository(w.store, securityIncidentLedger);
      const record = async (change: (payload: SecurityIncidentPayload) => SecurityIncidentPayload) => incidents.update(id, change((await incidents.get(id))!.payload));
      await record((incident) => ({ ...incident, contain: step('2026-11-02T09:35', '已暂停接口', now) }));
      await record((incident) => ({ ...incident, notify: step('2026-11-02T09:55', '已书面通知服务商、网信办和通信管理局', now) }));
      home = await w.home(now);
      expect(home.row(key('incident-contain'))).toBeNull();
      expect(itemOf(home, key('incident-notify'))).toMatchObject({ state: 'done', late: false });

      now = at('2026-11-05T16:00');
      await record((incident) => ({ ...incident, report: step('2026-11-03T08:00', '初步调查报告已报送', now) }));
      await record((incident) => ({ ...incident, users: step('2026-11-03T20:00', '已短信告知受影响用户', now) }));
      const update = step('2026-11-05T15:00', '已查明原因，正在整改', now);
      await record((incident) => ({ ...incident, progress: [...incident.progress, { at: update.at, text: update.note }] }));
      home = await w.home(now);
      // The next progress report: 3 working days after Thursday (Fri, Mon, Tue), so by Tuesday 10 November.
      expect(home.shown.filter((item) => item.recordId === id).map((item) => item.obligationId)).toEqual(['incident-progress']);
      expect(home.row(key('incident-progress'))).toMatchObject({ state: 'upcoming', due: t('dashboard.due.workingDaysLeft', { count: 4, date: '2026-11-10' }) });

      now = at('2026-11-06T10:00');
      const closing = step('2026-11-06T10:00', '事件已解决', now);
      await record((incident) => ({ ...incident, closedAt: closing.at, closingSummary: closing.note }));
      home = await w.home(now);
      expect(home.shown.filter((item) => item.recordId === id)).toEqual([]);
      expect(itemOf(home, key('incident-progress'))).toMatchObject({ state: 'done' });
    },
  },
  {
    clause: '一(五)1',
    does: 'the management policy is open on 首页 until a version is issued, and again once it is withdrawn',
    run: async () => {
      const now = at('2026-11-02T10:00');
      const w = await openWorkspace();
      await signLetter(w.store, 'seal', at('2026-10-12T10:00'));
      expect((await w.home(now)).row('management-policy')).toMatchObject({ state: 'upcoming', due: t('dashboard.due.noDeadline'), button: { href: '/ledgers/management-policy/new' } });
      expect(formErrors('management-policy', now, { department1Name: '', department2Name: '', department3Name: '', department1Duties: '', department2Duties: '', department3Duties: '', responsibleId: 'p' })).toMatchObject({ department1Name: 'departmentsRequired' });

      const id = await addRecord(w, 'management-policy', at('2026-10-30T09:00'), { responsibleId: await addPerson(w, '王测试', now) });
      const policies = createLedgerRepository(w.store, managementPolicyLedger);
      expect((await policies.get(id))?.payload.departments.map((department) => department.name)).toEqual(['技术部', '运营部', '客服部']);
      expect((await w.home(now)).row('management-policy')).toMatchObject({ state: 'upcoming' });
      await w.store.writeRows(await issueVersionWrites(w.store, managementPolicyLedger, (await policies.get(id))!, at('2026-10-30T10:00')), { action: 'record-updated', table: managementPolicyLedger.table, recordId: id });
      expect((await w.home(now)).row('management-policy')).toMatchObject({ state: 'done', due: t('dashboard.due.doneOn', { date: '2026-10-30' }), next: null });

      await withdrawVersion(w.store, managementPolicyLedger, (await policies.get(id))!, now);
      expect((await w.home(now)).row('management-policy')).toMatchObject({ state: 'upcoming', due: t('dashboard.due.noDeadline') });
    },
  },
  {
    clause: '一(五)2',
    does: 'the yearly all-staff training is overdue on 首页 a year after signing; only a training covering the four subjects makes it done',
    run: async () => {
      const now = at('2026-11-02T10:00');
      const w = await openWorkspace();
      await signLetter(w.store, 'seal', at('2025-09-01T10:00'));
      // Due on 2026-09-01, 62 days before 2 November (29 + 31 + 2).
      expect((await w.home(now)).row('training')).toMatchObject({ state: 'overdue', due: t('dashboard.due.daysOverdue', { count: 62 }), button: { href: '/ledgers/training/new', text: t('dashboard.record') } });
      const [wang, li] = [await addPerson(w, '王测试', now), await addPerson(w, '李测试', now)];
      expect(formErrors('training', now, { heldAt: '2026-10-28T14:00', topics: [], attendeeIds: [wang] })).toEqual({ topics: 'topicsRequired' });

      await addRecord(w, 'training', now, { heldAt: '2026-10-28T14:00', topics: ['laws', 'interface-rules', 'incident-response'], attendeeIds: [wang], content: '缺典型案例' });
      expect((await w.home(now)).row('training')).toMatchObject({ state: 'overdue' });
      const staff = (await createLedgerRepository(w.store, staffLedger).all()).records.map((person) => ({ id: person.id, joinedOn: person.payload.joinedOn, leftOn: person.payload.leftOn }));
      expect(missedTraining(staff, at('2026-10-28T14:00'), [wang]).map((person) => person.id)).toEqual([li]);

      await addRecord(w, 'training', now, { heldAt: '2026-10-30T14:00', topics: [...trainingTopics], attendeeIds: [wang, li], content: '年度全员培训' });
      expect((await w.home(now)).row('training')).toMatchObject({ state: 'done', due: t('dashboard.due.doneNext', { date: '2026-10-30', next: '2027-10-30' }), next: null });
    },
  },
  {
    clause: '一(五)3',
    does: 'each calendar quarter needs a self-inspection on 首页; a hazard it finds is due 7 working days later on the China calendar',
    run: async () => {
      const w = await openWorkspace();
      await signLetter(w.store, 'seal', at('2026-08-10T10:00'));
      let now = at('2026-09-30T16:00');
      expect((await w.home(now)).row('self-inspection:2026-Q3')).toMatchObject({ state: 'due-soon', due: t('dashboard.due.dueToday'), button: { href: '/ledgers/self-inspection/new?quarter=2026-Q3' } });

      const inspector = await addPerson(w, '王测试', now);
      const checks = Object.fromEntries(inspectionItems.map((item) => [checkField(item), item === 'rotation' ? 'hazard' : 'ok']));
      expect(formErrors('self-inspection', now, { quarter: '2026-Q3', inspectedAt: '2026-09-30T15:00', inspectorIds: [inspector], ...checks, [checkField('consent')]: '' })).toEqual({ [checkField('consent')]: 'checkAnswer' });
      const inspection = await addRecord(w, 'self-inspection', now, { quarter: '2026-Q3', inspectedAt: '2026-09-30T15:00', inspectorIds: [inspector], ...checks, findings: '备用密钥超过 90 天未更换' });
      const hazard = await addRecord(w, 'hazard', now, { inspectionId: inspection, area: 'credentials', foundAt: '2026-09-30T15:00', description: '备用密钥超过 90 天未更换', responsibleId: inspector });
      let home = await w.home(now);
      expect(itemOf(home, 'self-inspection:2026-Q3')).toMatchObject({ state: 'done' });
      // 7 working days after Wednesday 30 September: 1–7 October are the National Day holiday, Saturday 10 October is a make-up
      // working day: 8, 9, 10, 12, 13, 14, 15 October. From today, 30 September, 8 working days are left.
      expect(home.row(`hazard-remediation:${hazard}`)).toMatchObject({ state: 'upcoming', due: t('dashboard.due.workingDaysLeft', { count: 8, date: '2026-10-15' }), button: { href: `/ledgers/hazard/${hazard}` } });
      expect(itemOf(home, `hazard-remediation:${hazard}`)?.dueAt).toBe(at('2026-10-16T00:00'));

      now = at('2026-10-16T10:00');
      home = await w.home(now);
      expect(home.row(`hazard-remediation:${hazard}`)).toMatchObject({ state: 'overdue', due: t('dashboard.due.workingDaysOverdue', { count: 1 }) });
      // The fourth quarter ends on 31 December: 15 + 30 + 31 days after 16 October.
      expect(home.row('self-inspection:2026-Q4')).toMatchObject({ state: 'upcoming', due: t('dashboard.due.daysLeft', { count: 76, date: '2026-12-31' }) });

      const hazards = createLedgerRepository(w.store, hazardLedger);
      await hazards.update(hazard, { ...(await hazards.get(hazard))!.payload, fix: step('2026-10-16T09:30', '已更换备用密钥', now) });
      home = await w.home(now);
      expect(home.row(`hazard-remediation:${hazard}`)).toBeNull();
      expect(itemOf(home, `hazard-remediation:${hazard}`)).toMatchObject({ state: 'done', late: true });
      expect(home.rule('inspection-retention')).toEqual({ text: expect.stringContaining('自查报告和整改记录至少保存 2 年') as string, href: '/ledgers/self-inspection' });
    },
  },
  {
    clause: '二(一)',
    does: 'duties start on 首页 at signing; after the service end is recorded recurring duties stop and records are kept until 2 years later, personal data excepted',
    run: async () => {
      const w = await openWorkspace();
      const before = await w.home(at('2026-03-02T09:00'));
      expect(before).toMatchObject({ signed: false, items: [], letter: null });
      const { letterId } = await signLetter(w.store, 'seal', at('2026-03-02T10:00'));
      const person = await addPerson(w, '王测试', at('2026-06-15T15:00'));
      const training = await addRecord(w, 'training', at('2026-06-15T15:00'), { heldAt: '2026-06-15T14:00', topics: [...trainingTopics], attendeeIds: [person], content: '年度培训' });
      const phone = await addRecord(w, 'personal-information', at('2026-06-15T15:00'), { phone: '13800138000', name: '', scenario: 'verification-code', consent: 'written', source: '会员登记表', collectedAt: '2026-06-15T11:00', usage: '登录验证码' });

      let now = at('2026-10-30T10:00');
      let home = await w.home(now);
      expect(home.letter).toBe(`签署于 2026-03-02 · 生效日期 2026-03-02${t('dashboard.letter.inForce')}${t('dashboard.letter.serviceEnd')} · ${t('dashboard.letter.keptUntil')}`);
      expect(home.row('training')).toMatchObject({ state: 'done', due: t('dashboard.due.doneNext', { date: '2026-06-15', next: '2027-06-15' }) });

      // ServiceEndForm: not before signing, not after today; saved as the start of that day in China time.
      now = at('2026-11-02T10:00');
      const endForm = serviceEndFormSchema('2026-03-02', () => toChinaDateString(now));
      expect(endForm.safeParse({ endedOn: '2026-03-01' }).error?.issues[0]?.message).toBe('beforeSigning');
      expect(endForm.safeParse({ endedOn: '2026-11-03' }).error?.issues[0]?.message).toBe('future');
      await setServiceEnd(w.store, letterId, chinaMidnight(endForm.parse({ endedOn: '2026-10-31' }).endedOn));

      // Ended on 31 October 2026: kept through 31 October 2028, deletable from 1 November 2028.
      const keptUntil = at('2028-11-01T00:00');
      expect(recordsKeptUntil(at('2026-10-31T00:00'))).toBe(keptUntil);
      home = await w.home(now);
      expect(home.letter).toContain(t('dashboard.letter.serviceEnded', { date: '2026-10-31' }));
      expect(home.letter).toContain(t('dashboard.letter.keptThrough', { date: '2028-10-31' }));
      expect(home.items.find((item) => item.obligationId === 'training')).toBeUndefined();

      const trainingRecord = (await createLedgerRepository(w.store, trainingLedger).get(training))!;
      await expect(removeRecordOrThrow(w.store, trainingLedger, trainingRecord, await letterContext(w, keptUntil - 1))).rejects.toMatchObject({ code: 'retention/record-kept' });
      expect(deletionRefusalText(trainingLedger, trainingRecord, await letterContext(w, now), 'record')).toBe(t('ledgers.record.keptUntil', { date: '2028-10-31' }));
      const phoneRecord = (await createLedgerRepository(w.store, personalInformationLedger).get(phone))!;
      await removeRecordOrThrow(w.store, personalInformationLedger, phoneRecord, await letterContext(w, now));
      await removeRecordOrThrow(w.store, trainingLedger, trainingRecord, await letterContext(w, keptUntil));
      expect([await w.store.count('trainings'), await w.store.count('personalInformation')]).toEqual([0, 0]);
      expect(home.rule('record-retention')).toEqual({ text: expect.stringContaining('服务结束后记录至少保存 2 年') as string, href: '/ledgers/management-policy' });
    },
  },
  {
    clause: '二(二)2',
    does: 'force majeure needs notice within 24 hours of the event and remediation within 7 working days of its end, both on 首页',
    run: async () => {
      const w = await openWorkspace();
      await signLetter(w.store, 'seal', at('2026-06-01T10:00'));
      let now = at('2026-09-24T21:00');
      const event = { kind: 'natural-disaster', occurredAt: '2026-09-23T20:00', description: '台风导致门店停电断网', impact: '无法登录短信平台', endedAt: '' };
      const id = await addRecord(w, 'force-majeure', now, event);
      let home = await w.home(now);
      // Notice by 20:00 the next day: an hour overdue at 21:00; nothing to remediate before the event ends.
      expect(home.row(`force-majeure-notify:${id}`)).toMatchObject({ state: 'overdue', due: t('dashboard.due.hoursOverdue', { hours: 1, minutes: 0 }), button: { href: `/ledgers/force-majeure/${id}` } });
      expect(home.row(`force-majeure-remediate:${id}`)).toBeNull();
      expect(itemOf(home, `force-majeure-notify:${id}`)?.dueAt).toBe(at('2026-09-24T20:00'));

      const events = createLedgerRepository(w.store, forceMajeureLedger);
      await events.update(id, { ...(await events.get(id))!.payload, notice: step('2026-09-24T21:00', '已通知服务商和通信管理局，附停电证明', now) });
      now = at('2026-09-25T09:00');
      await editRecord(w, 'force-majeure', id, now, { endedAt: '2026-09-24T18:00' });
      home = await w.home(now);
      expect(itemOf(home, `force-majeure-notify:${id}`)).toMatchObject({ state: 'done', late: true });
      // 7 working days after Thursday 24 September: 25–27 September (Mid-Autumn) and 1–7 October are holidays, Saturday
      // 10 October a make-up working day: 28, 29, 30 September, 8, 9, 10, 12 October.
      now = at('2026-10-09T10:00');
      home = await w.home(now);
      expect(home.row(`force-majeure-remediate:${id}`)).toMatchObject({ state: 'upcoming', due: t('dashboard.due.workingDaysLeft', { count: 3, date: '2026-10-12' }) });
      expect(itemOf(home, `force-majeure-remediate:${id}`)?.dueAt).toBe(at('2026-10-13T00:00'));
      now = at('2026-10-13T09:00');
      expect((await w.home(now)).row(`force-majeure-remediate:${id}`)).toMatchObject({ state: 'overdue', due: t('dashboard.due.workingDaysOverdue', { count: 1 }) });

      await events.update(id, { ...(await events.get(id))!.payload, remediation: step('2026-10-12T17:00', '已恢复审核与凭证管理', now) });
      home = await w.home(now);
      expect(home.row(`force-majeure-remediate:${id}`)).toBeNull();
      expect(itemOf(home, `force-majeure-remediate:${id}`)).toMatchObject({ state: 'done', late: false });
    },
  },
  {
    clause: '三、3',
    does: 'an open objection keeps the letter unsigned and 首页 at its first step; once withdrawn, signing starts the duties',
    run: async () => {
      const now = at('2026-11-02T10:00');
      const w = await openWorkspace();
      const draft = await draftReadyToSign(w.store, 'seal', now);
      expect(await signingBlockedBy(w.store, draft)).toBeNull();

      const clause = objectableClauses(currentLetterTemplate).find((candidate) => candidate.id === '一(三)2')!;
      const objection = objectionFormSchema.parse({ clauseId: clause.id, text: '90 天更换周期对我们太短，希望协商为 180 天。' });
      await raiseObjection(w.store, draft.id, { clauseId: clause.id, clauseText: clause.text, text: objection.text, raisedAt: now });
      expect(await signingBlockedBy(w.store, draft)).toBe('objection');
      await expect(signDraftOrThrow(w.store, draft, now)).rejects.toThrow('objection');
      expect(await w.home(now)).toMatchObject({ signed: false, items: [], letter: null });

      const [open] = await listObjections(w.store, draft.id);
      await closeObjection(w.store, open!, 'withdrawn', now);
      expect((await listObjections(w.store, draft.id)).map((entry) => entry.status)).toEqual(['withdrawn']);
      await signDraftOrThrow(w.store, draft, now);
      const home = await w.home(now);
      expect(home.signed).toBe(true);
      expect(home.letter).toContain('签署于 2026-11-02');
      expect(home.row('management-policy')).toMatchObject({ state: 'upcoming' });
    },
  },
  {
    clause: '三、4',
    does: 'the signed letter kept in the workspace holds two originals, the merchant’s and the provider’s, each with the whole letter',
    run: async () => {
      const now = at('2026-11-02T10:00');
      const w = await openWorkspace();
      const { signed } = await signLetter(w.store, 'seal', now);
      const [operatorCopy, providerCopy] = signed.pages.copies;
      expect(signed.pages.copies.map((copy) => copy.label)).toEqual([...copyLabels]);
      expect(copyLabels).toEqual(['经营者留存联', '服务提供方留存联']);
      expect(providerCopy!.first).toBe(operatorCopy!.last + 1);
      expect(providerCopy!.last - providerCopy!.first).toBe(operatorCopy!.last - operatorCopy!.first);
      expect(signed.pages.evidence.first).toBe(providerCopy!.last + 1);

      // 文档 and the provider's copy hand over the PDF kept with the letter.
      const [stored] = await listLetters(w.store);
      const kept = await readAttachment(w.store, stored!.letter.pdfAttachmentId!);
      expect(kept.data).toEqual(signed.pdf);
      const twoCopies = currentLetterTemplate.chapters.flatMap((chapter) => chapter.sections.flatMap((section) => section.clauses)).find((entry) => entry.id === '三、4')!.text;
      for (const [index, copy] of [operatorCopy!, providerCopy!].entries()) {
        const text = compact(pdfText(kept.data, copy, `copy-${index}.pdf`));
        expect(text).toContain(copyLabels[index]);
        expect(text).not.toContain(copyLabels[1 - index]);
        expect(text).toContain(compact(twoCopies));
        expect(text).toContain('测试信息科技有限公司');
      }
      expect((await w.home(now)).letter).toContain('签署于 2026-11-02');
    },
  },
  {
    clause: '特殊情况说明',
    does: 'a sole proprietor who ticks the box signs with the legal person’s thumbprint in place of the seal; the signed letter says so and 首页’s duties begin',
    run: async () => {
      const now = at('2026-11-02T10:00');
      const w = await openWorkspace();
      const ticked = await draftBeforeMark(w.store, 'sole-proprietor', now);
      expect(requiredOperatorMark(ticked.draft)).toBe('thumbprint');
      expect(requiredOperatorMark({ ...ticked.draft, soleProprietorBoxChecked: false })).toBe('seal');
      expect(requiredOperatorMark({ ...ticked.draft, operator: { ...ticked.draft.operator, operatorType: 'enterprise' } })).toBe('seal');
      const sealed = await addOperatorMark(w.store, ticked, 'seal', now);
      expect(await signingBlockedBy(w.store, sealed)).toBe('mark');

      const thumbprinted = await addOperatorMark(w.store, sealed, 'thumbprint', now);
      expect(await signingBlockedBy(w.store, thumbprinted)).toBeNull();
      const { signed } = await signDraftOrThrow(w.store, thumbprinted, now);
      expect(signed.record.soleProprietorBoxChecked).toBe(true);
      expect(signed.record.images.map((image) => image.role).sort()).toEqual(['operator-thumbprint', 'representative-signature']);
      const evidence = compact(pdfText(signed.pdf, signed.pages.evidence, 'thumbprint-evidence.pdf'));
      expect(evidence).toContain('已勾选：无公章，由法人手印代替公章');
      expect(compact(pdfText(signed.pdf, signed.pages.copies[0]!, 'thumbprint-copy.pdf'))).toContain('城南张记小吃店');

      const home = await w.home(now);
      expect(home.letter).toContain('签署于 2026-11-02');
      expect(home.row('management-policy')).toMatchObject({ state: 'upcoming' });
    },
  },
];

describe('the 18 duties of the letter, each from a record to 首页', () => {
  for (const duty of duties) it(`${duty.clause} — ${duty.does}`, duty.run, 60_000);
});

// The duties the app tracks, one per clause of the letter that creates one, in the letter's order (the product's table of duties).
const tableOfDuties = ['一(一)1', '一(一)2', '一(一)3', '一(二)1', '一(二)2', '一(三)1', '一(三)2', '一(三)3', '一(四)1', '一(四)2', '一(五)1', '一(五)2', '一(五)3', '二(一)', '二(二)2', '三、3', '三、4', '特殊情况说明'];

describe('the list of duties tested', () => {
  it('is the table of duties, one test per clause, each a clause of the letter, and covers every clause of the obligations catalogue', () => {
    expect(duties.map((duty) => duty.clause)).toEqual(tableOfDuties);
    for (const clause of tableOfDuties) expect(findClauseLabel(currentLetterTemplate, clause), clause).not.toBeNull();
    const catalogued = new Set(obligationCatalogue.map((entry) => entry.clause));
    expect([...catalogued].filter((clause) => !tableOfDuties.includes(clause))).toEqual([]);
  });
});
