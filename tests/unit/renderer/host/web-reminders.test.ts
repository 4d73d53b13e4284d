// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createWebReminders } from '@renderer/host/web-reminders';

function memoryStorage() {
  const values = new Map<string, string>();
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), values };
}

const workspace = 'c'.repeat(32);
const item = { id: 'training', title: '城南门店：每年至少一次全员信息安全培训', body: '条款 一(五)2', dueAt: Date.parse('2026-11-01T00:00:00+08:00'), cadence: 'days' } as const;

describe('the browser mode\'s kept schedules', () => {
  it('outlive a reload of the page, so the workspace list can show them while everything is locked', () => {
    const storage = memoryStorage();
    createWebReminders(storage).setSchedule({ workspaceId: workspace, items: [item] });
    expect(createWebReminders(storage).overview()).toEqual({ [workspace]: [item] });
  });

  it('forget a deleted workspace, and read what is not a schedule as none', () => {
    const storage = memoryStorage();
    const reminders = createWebReminders(storage);
    reminders.setSchedule({ workspaceId: workspace, items: [item] });
    reminders.removeWorkspace(workspace);
    expect(createWebReminders(storage).overview()).toEqual({});
    storage.setItem('sms-ca.reminder-schedules.v1', '{not json');
    expect(createWebReminders(storage).overview()).toEqual({});
  });
});
