import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errorMessagesZhCN } from '@shared/errors/error-messages.zh-CN';
import { obligationTextZhCN } from '@shared/i18n/messages/obligations.zh-CN';
import { ledgerTextZhCN, messagesZhCN } from '@shared/i18n/zh-CN';
import { collectInterfaceCodePoints } from '../../../../tools/ui-font/interface-characters';
import { mappedCodePoints } from '../../../../tools/ui-font/ttf-cmap';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
/** Every string inside a catalogue, however deep. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(stringsOf) : [];

const font = mappedCodePoints(readFileSync(path.join(rootDir, 'assets', 'fonts', 'wqy-microhei.ttf')));

describe('the interface slice', () => {
  it('holds every character of the zh-CN catalogues (messages, errors, obligations, ledgers), and the font draws each of them', async () => {
    const collected = await collectInterfaceCodePoints(rootDir);
    const catalogue = stringsOf([messagesZhCN, errorMessagesZhCN, obligationTextZhCN, ledgerTextZhCN]).join('');
    const missing = [...new Set(catalogue)].filter((character) => !collected.has(character.codePointAt(0)!));
    expect(missing).toEqual([]);
    const notInFont = [...new Set(catalogue)].filter((character) => character.trim() !== '' && !font.has(character.codePointAt(0)!));
    expect(notInFont, 'characters the bundled font cannot draw: they would fall back to a system font').toEqual([]);
  });
});
