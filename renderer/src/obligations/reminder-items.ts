import { obligationTextZhCN } from '@shared/i18n/messages/obligations.zh-CN';
import type { DueItem } from '@shared/obligations/obligation-engine';
import { maxReminderItems, type ReminderItem } from '@shared/reminders/reminder-schedule';

/**
 * The reminder an item belongs to. Items of records (one per phone number to
 * delete, say) that fall due at the same instant share one reminder, so a
 * workspace with thousands of records still gets one notice per deadline.
 */
export function reminderKeyOf(item: DueItem): string {
  return item.recordId === null ? item.key : `${item.obligationId}@${item.dueAt ?? 'none'}`;
}

/**
 * The reminders main should keep for a workspace: every item not yet done
 * that has a due time, worded from the catalogue and the workspace's label
 * only — no phone number, no name of a person.
 */
export function toReminderItems(items: readonly DueItem[], workspaceLabel: string): ReminderItem[] {
  const groups = new Map<string, DueItem[]>();
  for (const item of items) {
    if (item.state === 'done' || item.dueAt === null) continue;
    const key = reminderKeyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  // Items come most urgent first; past the cap, the latest deadlines wait for the next schedule.
  return [...groups].slice(0, maxReminderItems).map(([key, [first, ...rest]]) => {
    const item = first!;
    const count = rest.length > 0 ? `；共 ${rest.length + 1} 条记录` : '';
    return {
      id: key,
      title: `${workspaceLabel}：${obligationTextZhCN[item.obligationId].title}`.slice(0, 60),
      body: `条款 ${item.clause}${item.estimated ? '（期限为估算）' : ''}${count}`,
      dueAt: item.dueAt!,
      cadence: item.unit === 'hours' ? 'hours' : 'days',
    };
  });
}
