import { formatMessage, type MessageKey } from '@shared/i18n/zh-CN';

/** The UI's text lookup; zh-CN is the only (and source) catalogue. */
export function t(key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return formatMessage(key, params);
}
