/** The custom scheme the renderer is served from; never file://. */
export const appScheme = 'app';

/** The single host of that scheme. */
export const appHost = 'app';

/** The address the main window loads. */
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/**
 * True when the URL belongs to our own renderer. Compared by scheme and host,
 * because WHATWG URL gives custom schemes the opaque origin "null".
 */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${appScheme}:` && url.host === appHost;
  } catch {
    return false;
  }
}
