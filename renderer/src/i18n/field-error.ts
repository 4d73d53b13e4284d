import { formatMessage, messagesZhCN, type MessageKey } from '@shared/i18n/zh-CN';

/**
 * Turns a schema's message (a catalogue key suffix) into Chinese text under
 * the given prefix, `{name}` placeholders filled from `params`; an unknown
 * one falls back to the generic "required" text.
 */
export function fieldErrorText(prefix: string, message: string | undefined, params?: Readonly<Record<string, string | number>>): string | undefined {
  if (message === undefined) return undefined;
  const key = `${prefix}${message}`;
  return key in messagesZhCN ? formatMessage(key as MessageKey, params) : messagesZhCN['form.required'];
}
