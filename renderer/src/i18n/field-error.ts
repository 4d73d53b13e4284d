import { messagesZhCN, type MessageKey } from '@shared/i18n/zh-CN';

/**
 * Turns a schema's message (a catalogue key suffix) into Chinese text under
 * the given prefix; an unknown one falls back to the generic "required" text.
 */
export function fieldErrorText(prefix: string, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const key = `${prefix}${message}`;
  return key in messagesZhCN ? messagesZhCN[key as MessageKey] : messagesZhCN['form.required'];
}
