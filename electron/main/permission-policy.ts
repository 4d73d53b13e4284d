import type { Session } from 'electron';

type PermissionSession = Pick<
  Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setDisplayMediaRequestHandler'
>;

/**
 * Denies every permission a page can ask for: notifications go through main,
 * and nothing else (geolocation, USB, screen capture…) has a use here. The
 * camera will be granted only inside the thumbprint/seal capture flow.
 */
export function applyDenyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
