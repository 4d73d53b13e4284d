import { describe, expect, it } from 'vitest';
import { chinaMidnight } from '@shared/calendar/china-date';
import { calendarDataSchema, createWorkCalendar } from '@shared/calendar/work-calendar';
import { personalInformationLedger } from '@shared/ledgers/definitions/personal-information.ledger';
import { personalInformationDeletionLedger } from '@shared/ledgers/definitions/personal-information-deletion.ledger';
import { computeObligations } from '@shared/obligations/obligation-engine';
import { recordLetterServiceEnd } from '@renderer/features/dashboard/letter-service-end';
import { t } from '@renderer/i18n/t';
import { createLedgerRepository } from '@renderer/ledgers/ledger-repository';
import { loadObligationSources, toObligationInput } from '@renderer/obligations/obligation-records';
import { listLetters, saveWetInkLetter } from '@renderer/signing/letters-repository';
import { openTestWorkspace } from '../../../../support/open-test-store';
import bundled from '../../../../../assets/calendar/china-2004-2026.json';

const calendar = createWorkCalendar([calendarDataSchema.parse(bundled)]);
const at = (text: string) => Date.parse(`${text}+08:00`);

describe("recording the letter's service end (二(一), 一(一)3)", () => {
  it('starts the personal-information deletion duty, due 15 working days after the day the service ended, across the National Day holiday', async () => {
    const { store } = await openTestWorkspace();
    const letterId = await saveWetInkLetter(store, { operatorName: '城南张记小吃店', signedAt: at('2026-03-02T10:00:00'), templateId: 't', templateVersion: 1, templateSha256: 'x' }, { name: '扫描件.pdf', data: new Uint8Array([37, 80, 68, 70, 45]) }, at('2026-03-02T10:00:00'));
    await createLedgerRepository(store, personalInformationLedger).add({
      phone: '13800138000',
      name: '',
      scenario: 'verification-code',
      source: '门店登记表',
      consent: 'written',
      collectedAt: at('2026-03-05T11:20:00'),
      usage: '',
      evidenceIds: [],
      batchId: '',
    });

    // As ServiceEndForm saves it: the start of the day in China time.
    const endedAt = chinaMidnight('2026-09-28');
    await recordLetterServiceEnd(store, letterId, endedAt);
    // Saved again (a retry after an error): still one service end.
    await recordLetterServiceEnd(store, letterId, endedAt);

    expect((await listLetters(store))[0]?.letter.serviceEndedAt).toBe(endedAt);
    const ends = (await createLedgerRepository(store, personalInformationDeletionLedger).all()).records;
    expect(ends.map((record) => record.payload)).toEqual([{ scope: 'all', targetId: '', targetLabel: '', endedAt, reason: t('deletion.end.letterReason'), deletion: null }]);

    const input = toObligationInput(await loadObligationSources(store));
    expect(input.letter?.serviceEndedAt).toBe(endedAt);
    const [duty, ...others] = computeObligations(input, calendar, at('2026-10-08T10:00:00')).filter((item) => item.obligationId === 'personal-information-deletion');
    expect(others).toEqual([]);
    // After Monday 09-28: 09-29 and 09-30 count, 10-01 to 10-07 are the holiday, Saturday 10-10 is a make-up working day: the 15th is Friday 10-23.
    expect(duty).toMatchObject({ state: 'upcoming', source: 'personal-information-deletion', recordId: ends[0]?.id, dueDate: '2026-10-23', dueAt: at('2026-10-24T00:00:00'), estimated: false });
  });
});
