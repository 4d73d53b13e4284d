import { describe, expect, it, vi } from 'vitest';
import { createReminderService, describeReminder } from '@main/services/reminder.service';

const at = (text: string) => Date.parse(`${text}+08:00`);
const workspaceA = 'a'.repeat(32);
const workspaceB = 'b'.repeat(32);

function service(start: number, stored: unknown = null) {
  let now = start;
  const timers: { at: number; run: () => void }[] = [];
  const shown: { title: string; body: string; onClick: () => void }[] = [];
  let saved: unknown = null;
  const openItem = vi.fn();
  const reminders = createReminderService({
    now: () => now,
    setTimer: (run, delay) => timers.push({ at: now + delay, run }),
    clearTimer: () => undefined,
    notificationsSupported: true,
    show: (notification) => shown.push(notification),
    openItem,
    load: () => stored,
    save: (state) => (saved = state),
    loginItem: null,
  });
  return { reminders, shown, openItem, saved: () => saved, setNow: (time: number) => (now = time) };
}

describe('main reminder service', () => {
  it('keeps one schedule per workspace and opens the clicked item', () => {
    const { reminders, shown, openItem, saved, setNow } = service(at('2026-11-28T08:00:00'));
    reminders.setSchedule({ workspaceId: workspaceA, items: [{ id: 'rotation', title: '城东门店：更换接口凭证', body: '条款 一(三)2', dueAt: at('2026-11-29T00:00:00'), cadence: 'days' }] });
    reminders.setSchedule({ workspaceId: workspaceB, items: [{ id: 'rotation', title: '城西门店：更换接口凭证', body: '条款 一(三)2', dueAt: at('2026-11-29T00:00:00'), cadence: 'days' }] });
    setNow(at('2026-11-28T09:30:00'));
    reminders.catchUp();
    expect(shown.map((notification) => notification.title).sort()).toEqual(['城东门店：更换接口凭证', '城西门店：更换接口凭证']);
    shown[0]?.onClick();
    expect(openItem).toHaveBeenCalledWith(expect.stringMatching(/^(a{32}|b{32})\/rotation$/));
    expect(saved()).toMatchObject({ schedules: { [workspaceA]: [expect.anything()], [workspaceB]: [expect.anything()] } });
  });

  it('gives every workspace\'s schedule for the overview, after a restart too, with the ids it was given', () => {
    const first = service(at('2026-11-28T08:00:00'));
    const item = { id: 'rotation', title: '城东门店：更换接口凭证', body: '条款 一(三)2', dueAt: at('2026-11-27T00:00:00'), cadence: 'days' } as const;
    first.reminders.setSchedule({ workspaceId: workspaceA, items: [item] });
    expect(first.reminders.overview()).toEqual({ [workspaceA]: [item] });
    expect(service(at('2026-11-28T09:00:00'), first.saved()).reminders.overview()).toEqual({ [workspaceA]: [item] });
    first.reminders.removeWorkspace(workspaceA);
    expect(first.reminders.overview()).toEqual({});
  });

  it('restores the schedule after a restart and catches up once', () => {
    const first = service(at('2026-11-28T10:00:00'));
    first.reminders.setSchedule({ workspaceId: workspaceA, items: [{ id: 'notify', title: '安全事件：1 小时内书面报告', body: '', dueAt: at('2026-11-28T11:00:00'), cadence: 'hours' }] });
    const second = service(at('2026-11-28T13:05:00'), first.saved());
    second.reminders.catchUp();
    expect(second.shown).toHaveLength(1);
    expect(second.shown[0]?.body).toContain('已逾期');
  });

  it('words a reminder with its due time in China time, or as overdue', () => {
    const item = { id: 'x', title: '更换接口凭证', body: '条款 一(三)2', dueAt: at('2026-12-01T00:00:00'), cadence: 'days' as const };
    expect(describeReminder({ item, firedAt: 0, overdue: false }).body).toBe('条款 一(三)2 到期时间：2026-12-01 00:00（北京时间）。');
    expect(describeReminder({ item, firedAt: 0, overdue: true }).body).toBe('条款 一(三)2 已逾期，请尽快处理。');
  });

  it('forgets a deleted workspace: its reminders no longer fire and leave the file on disk', () => {
    const { reminders, shown, saved, setNow } = service(at('2026-11-28T08:00:00'));
    reminders.setSchedule({ workspaceId: workspaceA, items: [{ id: 'rotation', title: '城东门店：更换接口凭证', body: '条款 一(三)2', dueAt: at('2026-11-29T00:00:00'), cadence: 'days' }] });
    reminders.setSchedule({ workspaceId: workspaceB, items: [{ id: 'rotation', title: '城西门店：更换接口凭证', body: '条款 一(三)2', dueAt: at('2026-11-29T00:00:00'), cadence: 'days' }] });
    reminders.removeWorkspace(workspaceA);
    expect(saved()).toMatchObject({ schedules: { [workspaceB]: [expect.anything()] } });
    expect(Object.keys((saved() as { schedules: object }).schedules)).toEqual([workspaceB]);
    expect(JSON.stringify(saved())).not.toContain(workspaceA);
    setNow(at('2026-11-28T09:30:00'));
    reminders.catchUp();
    expect(shown.map((notification) => notification.title)).toEqual(['城西门店：更换接口凭证']);
  });
});
