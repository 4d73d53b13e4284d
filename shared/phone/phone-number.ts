/**
 * Normalises a mainland China mobile number as people write it (+86, 0086,
 * spaces, dashes, full-width digits) to its 11 digits; null when it is not one.
 */
export function normalizeChineseMobile(input: string): string | null {
  const halfWidth = input.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  const compact = halfWidth.replace(/[\s\-()（）]/g, '');
  const withoutCountry = compact.replace(/^(?:\+86|0086|86(?=1\d{10}$))/, '');
  return /^1[3-9]\d{9}$/.test(withoutCountry) ? withoutCountry : null;
}

/** Shows a normalised mobile number as 138****1234. */
export function maskChineseMobile(normalized: string): string {
  return `${normalized.slice(0, 3)}****${normalized.slice(7)}`;
}
