import { describe, expect, it } from 'vitest';
import { saveFileRequestSchema } from '@shared/ipc/files.schema';
import { documentFileName } from '@renderer/features/documents/file-names';

describe('documentFileName', () => {
  it('joins plain Chinese parts with hyphens and keeps the extension', () => {
    expect(documentFileName(['短信接口信息安全保障责任书', '城东张记便利店', '2026-11-29'], 'pdf')).toBe('短信接口信息安全保障责任书-城东张记便利店-2026-11-29.pdf');
  });

  it.each([
    [['异议函', 'A/B:C*D?"E"<F>|G', '2026'], '异议函-A B C D E F G-2026.pdf'],
    [['异议函', '', '2026'], '异议函-2026.pdf'],
    [['', '  '], '文档.pdf'],
    [['门店\u0000\u0007名'], '门店 名.pdf'],
    [['名称以点结尾...'], '名称以点结尾.pdf'],
  ])('makes %j safe: %s', (parts, name) => expect(documentFileName(parts, 'pdf')).toBe(name));

  it('always gives a name the save request accepts, however long or hostile the parts', () => {
    for (const parts of [['很'.repeat(300)], ['..', '..'], ['\\\\server\\share'], ['CON'], ['a'.repeat(200), 'b'.repeat(200)]]) {
      const suggestedName = documentFileName(parts, 'pdf');
      expect(saveFileRequestSchema.safeParse({ suggestedName, filters: [], data: new Uint8Array(1) }).success, suggestedName).toBe(true);
    }
  });
});
