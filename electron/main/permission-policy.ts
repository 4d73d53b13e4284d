import type { Session } from 'electron';
import { isAppUrl } from './app-origin';

type PermissionSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
>;

type MediaDetails = { requestingUrl?: string; mediaTypes?: readonly string[] };

/**
 * Denies every permission a page can ask for — notifications go through main,
 * and nothing else (geolocation, USB, screen capture…) has a use here — except
 * two, to our own page only: full screen, for signing on the whole screen
 * (全屏签字), and the camera, video only, while a seal or thumbprint capture
 * is open (between `camera:begin` and `camera:end`).
 */
export function createPermissionPolicy() {
  let cameraOpen = false;

  const allowsCamera = (permission: string, details: MediaDetails | undefined): boolean =>
    cameraOpen &&
    permission === 'media' &&
    isAppUrl(details?.requestingUrl ?? '') &&
    (details?.mediaTypes ?? []).length > 0 &&
    (details?.mediaTypes ?? []).every((type) => type === 'video');

  const allowsFullscreen = (permission: string, url: string): boolean => permission === 'fullscreen' && isAppUrl(url);

  return {
    apply(session: PermissionSession): void {
      session.setPermissionRequestHandler((_contents, permission, callback, details) =>
        callback(allowsCamera(permission, details) || allowsFullscreen(permission, details?.requestingUrl ?? '')),
      );
      session.setPermissionCheckHandler(
        (_contents, permission, requestingOrigin, details) =>
          allowsFullscreen(permission, requestingOrigin) ||
          (permission === 'media' && cameraOpen && isAppUrl(requestingOrigin) && (details as { mediaType?: string }).mediaType === 'video'),
      );
      session.setDevicePermissionHandler(() => false);
      session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
    },
    beginCameraCapture(): null {
      cameraOpen = true;
      return null;
    },
    endCameraCapture(): null {
      cameraOpen = false;
      return null;
    },
  };
}

export type PermissionPolicy = ReturnType<typeof createPermissionPolicy>;
