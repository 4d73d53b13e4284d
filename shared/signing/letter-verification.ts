/** A signed letter of the workspace, as far as checking a file against it needs. */
export type KnownLetter = Readonly<{ id: string; operatorName: string; signedAt: number; digest: string | null; pdfSha256: string | null }>;

/**
 * What a chosen file is, checked against the workspace's signed letters:
 * the original (its SHA-256 is the one recorded when the letter was
 * signed), a changed copy (it names a letter's document digest, but its
 * own fingerprint differs), or none of this workspace's letters.
 */
export type LetterFileVerdict =
  | Readonly<{ kind: 'original'; letter: KnownLetter }>
  | Readonly<{ kind: 'changed'; letter: KnownLetter }>
  | Readonly<{ kind: 'unknown' }>;

/**
 * The document digests a file names: runs of exactly 64 lower-case hex
 * digits in its bytes read as Latin-1 (a signed letter carries its digest in
 * ASCII in the signature dictionary's /Reason). The long hex of the
 * signature itself is one run of thousands and never matches.
 */
export function findNamedDigests(fileText: string): string[] {
  return [...new Set(fileText.match(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/g) ?? [])];
}

/**
 * A file's SHA-256 cannot be printed inside the same file, so the evidence
 * page carries the document digest instead and the workspace keeps each
 * letter's file SHA-256: the file is matched by its digest, and then its
 * fingerprint tells the original from a changed copy.
 */
export function verifyLetterFile(fileSha256: string, namedDigests: readonly string[], letters: readonly KnownLetter[]): LetterFileVerdict {
  const original = letters.find((letter) => letter.pdfSha256 === fileSha256);
  if (original !== undefined) return { kind: 'original', letter: original };
  const named = letters.find((letter) => letter.digest !== null && namedDigests.includes(letter.digest));
  return named === undefined ? { kind: 'unknown' } : { kind: 'changed', letter: named };
}
