import { describe, expect, it } from 'vitest';
import { currentLetterTemplate, findLetterTemplateOrThrow, letterTemplates, verifiedTemplateHash } from '@renderer/signing/letter-template-source';

describe('the versions of the letter the app knows', () => {
  it('signs new letters with version 2, and still loads version 1 for the letters signed with it', async () => {
    expect(currentLetterTemplate.version).toBe(2);
    expect(letterTemplates.map((template) => template.version)).toEqual([1, 2]);
    const v1 = findLetterTemplateOrThrow(currentLetterTemplate.id, 1);
    expect(await verifiedTemplateHash(v1)).toBe(v1.sha256);
    expect(await verifiedTemplateHash()).toBe(currentLetterTemplate.sha256);
  });

  it('refuses a version it does not know, and a template whose text no longer matches its hash', async () => {
    expect(() => findLetterTemplateOrThrow(currentLetterTemplate.id, 9)).toThrow(expect.objectContaining({ code: 'letter/unknown-template' }));
    await expect(verifiedTemplateHash({ ...currentLetterTemplate, preamble: `${currentLetterTemplate.preamble}。` })).rejects.toThrow(/does not match its hash/);
  });
});
