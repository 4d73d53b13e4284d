import { hasControlCharacter } from '../text/characters';

/**
 * Parses a URL that the app may hand to the operating system's browser:
 * https only, a real host name, no credentials, no odd ports. Returns the
 * normalised URL, or null when it must be refused.
 */
export function parseSafeExternalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return null;
  if (hasControlCharacter(raw) || raw.includes(' ')) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (url.port !== '' && url.port !== '443') return null;
  if (!isPublicHostName(url.hostname)) return null;
  return url.toString();
}

// Local and intranet hosts are refused: a link in our own UI has no reason to
// point at them, and a planted one could reach a router or a local service.
function isPublicHostName(hostName: string): boolean {
  if (!hostName.includes('.')) return false;
  if (hostName.startsWith('[')) return false;
  if (/^[0-9.]+$/.test(hostName)) return false;
  if (hostName === 'localhost' || hostName.endsWith('.localhost') || hostName.endsWith('.local')) return false;
  return /^[a-z0-9.-]+$/.test(hostName);
}
