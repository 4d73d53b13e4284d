import type { RenderProcessGoneDetails } from 'electron';
import { appHost, appScheme } from './app-origin';

/** The page shown where the renderer died: a Chinese notice and a link that reloads the app. */
export const rendererGoneUrl = `${appScheme}://${appHost}/renderer-gone.html`;

type GoneContents = Readonly<{
  on(event: 'render-process-gone', listener: (event: unknown, details: RenderProcessGoneDetails) => void): unknown;
}>;

/**
 * A renderer that crashed, ran out of memory (a hostile image, say) or was
 * killed leaves a blank window otherwise: `recover` replaces it (the main
 * window loads the reload page; the pad window closes). The reason is logged,
 * nothing of the page's content.
 */
export function attachRendererGoneHandler(contents: GoneContents, recover: () => void, log: (reason: string) => void): void {
  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    log(details.reason);
    recover();
  });
}
