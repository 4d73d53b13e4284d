import { describe, expect, it } from 'vitest';
import { handOverFormFields, handOverFormSchema, type HandOverForm } from '@shared/agent/hand-over-form';

const strong = '河埠头晒着蓝印花布 Wd4$';
const agent = '老樟树下的青砖巷 Kq7!mz';
const good: HandOverForm = { agentName: '李代理', passphrase: strong, confirm: strong, current: agent };

/** The message of the first field, in the form's order, that has one: what the form shows. */
function firstProblem(input: Record<string, unknown>): string | null {
  const parsed = handOverFormSchema.safeParse(input);
  if (parsed.success) return null;
  for (const field of handOverFormFields) {
    const issue = parsed.error.issues.find((candidate) => candidate.path[0] === field);
    if (issue !== undefined) return issue.message;
  }
  return parsed.error.issues[0]?.message ?? null;
}

describe('the hand-over form', () => {
  it.each([
    ['a good form', good, null],
    ['no agent name', { ...good, agentName: '' }, 'agent-name-empty'],
    ['an agent name of spaces', { ...good, agentName: '   ' }, 'agent-name-empty'],
    ['an agent name of 41 characters', { ...good, agentName: '李'.repeat(41) }, 'agent-name-too-long'],
    ['no new passphrase', { ...good, passphrase: '', confirm: '' }, 'passphrase-required'],
    ['a guessable new passphrase', { ...good, passphrase: '12345678', confirm: '12345678' }, 'weak'],
    ['a confirmation that differs', { ...good, confirm: `${strong}x` }, 'mismatch'],
    ['no current passphrase', { ...good, current: '' }, 'current-required'],
    ['the agent\'s passphrase as the merchant\'s', { ...good, current: strong }, 'same-as-current'],
    ['the same passphrase in another Unicode form', { ...good, passphrase: 'Café 晒着蓝印花布 Wd4$', confirm: 'Café 晒着蓝印花布 Wd4$', current: 'Cafe\u0301 晒着蓝印花布 Wd4$' }, 'same-as-current'],
    // Not what the form sends; refused all the same (the screen says 这一项必填 for a message it has no words for).
    ['a field missing', { agentName: '李代理', passphrase: strong, confirm: strong }, 'Invalid input: expected string, received undefined'],
    ['a number for a name', { ...good, agentName: 42 }, 'Invalid input: expected string, received number'],
  ])('%s', (_name, input, expected) => {
    expect(firstProblem(input)).toBe(expected);
  });

  it('trims the agent\'s name', () => {
    expect(handOverFormSchema.parse({ ...good, agentName: '  李代理 ' }).agentName).toBe('李代理');
  });
});
