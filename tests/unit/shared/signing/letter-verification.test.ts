import { describe, expect, it } from 'vitest';
import { findNamedDigests, verifyLetterFile, type KnownLetter } from '@shared/signing/letter-verification';

const letters: KnownLetter[] = [
  { id: 'a', operatorName: '甲商行', signedAt: 1, digest: 'aa'.repeat(32), pdfSha256: '11'.repeat(32) },
  { id: 'b', operatorName: '乙商行', signedAt: 2, digest: 'bb'.repeat(32), pdfSha256: '22'.repeat(32) },
  { id: 'c', operatorName: '纸质商行', signedAt: 3, digest: null, pdfSha256: null },
];

describe('checking a file against the workspace\'s signed letters', () => {
  it('finds the original by its fingerprint', () => {
    expect(verifyLetterFile('22'.repeat(32), [], letters)).toEqual({ kind: 'original', letter: letters[1] });
  });

  it('calls a file that names a letter\'s digest but has another fingerprint a changed copy', () => {
    expect(verifyLetterFile('99'.repeat(32), ['aa'.repeat(32)], letters)).toEqual({ kind: 'changed', letter: letters[0] });
  });

  it('knows nothing of a file that neither is an original nor names a digest of this workspace', () => {
    expect(verifyLetterFile('99'.repeat(32), ['cc'.repeat(32)], letters)).toEqual({ kind: 'unknown' });
    expect(verifyLetterFile('99'.repeat(32), [], [])).toEqual({ kind: 'unknown' });
  });

  it('reads the digests a signed letter names in its signature dictionary, and not the signature\'s own hex', () => {
    const text = `/Reason (sms-interface-security-letter v2 ${'aa'.repeat(32)})\n/Contents <${'0f'.repeat(4000)}>\n/Reason (Signed: sms-interface-security-letter v1, digest ${'bb'.repeat(32)})\n${'AB'.repeat(32)} ${'cd'.repeat(33)}`;
    expect(findNamedDigests(text)).toEqual(['aa'.repeat(32), 'bb'.repeat(32)]);
  });
});
