import type { Event, WebContents } from 'electron';
import { AppError } from '@shared/errors/app-error';
import { parseSafeExternalUrl } from '@shared/security/external-url';
import { isAppUrl } from './app-origin';

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
type OpenExternal = (url: string) => Promise<void>;

/**
 * Denies every navigation away from the app, every new window and every
 * webview. A link to a safe https page is handed to the system browser instead.
 */
export function attachWebContentsGuards(contents: GuardedContents, openExternal: OpenExternal): void {
  const denyForeign = (event: Event, url: string): void => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', denyForeign);
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', denyForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const safe = parseSafeExternalUrl(url);
    if (safe !== null) void openExternal(safe);
    return { action: 'deny' };
  });
}

/** Opens a URL in the system browser only after it passed the https check; throws otherwise. */
export async function openExternalOrThrow(openExternal: OpenExternal, raw: unknown): Promise<void> {
  const safe = parseSafeExternalUrl(raw);
  if (safe === null) throw new AppError('external/url-refused');
  await openExternal(safe);
}
