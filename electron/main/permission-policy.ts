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
 * the camera, which is granted to our own page, video only, while a seal or
 * thumbprint capture is open (between `camera:begin` and `camera:end`).
 */
export function createPermissionPolicy() {
  let cameraOpen = false;

  const allowsCamera = (permission: string, details: MediaDetails | undefined): boolean =>
    cameraOpen &&
    permission === 'media' &&
    isAppUrl(details?.requestingUrl ?? '') &&
    (details?.mediaTypes ?? []).length > 0 &&
    (details?.mediaTypes ?? []).every((type) => type === 'video');

  return {
    apply(session: PermissionSession): void {
      session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowsCamera(permission, details)));
      session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
        permission === 'media' && cameraOpen && isAppUrl(requestingOrigin) && (details as { mediaType?: string }).mediaType === 'video',
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
