import { describe, expect, it, vi } from 'vitest';
import { applyDenyAllPermissions } from '@main/permission-policy';

type Handler = (...args: unknown[]) => unknown;

// Records the handlers the policy installs on Electron's session.
function fakeSession() {
  const handlers: Record<string, Handler> = {};
  const session = {
    setPermissionRequestHandler: (handler: Handler) => (handlers['request'] = handler),
    setPermissionCheckHandler: (handler: Handler) => (handlers['check'] = handler),
    setDevicePermissionHandler: (handler: Handler) => (handlers['device'] = handler),
    setDisplayMediaRequestHandler: (handler: Handler) => (handlers['display'] = handler),
  };
  return { session, handlers };
}

describe('permission policy', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'usb', 'openExternal', 'fullscreen'])(
    'denies a request for %s',
    (permission) => {
      const { session, handlers } = fakeSession();
      applyDenyAllPermissions(session as never);
      const callback = vi.fn();
      handlers['request']?.({}, permission, callback, { requestingUrl: 'app://app/' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers['check']?.({}, permission, 'app://app', {})).toBe(false);
    },
  );

  it('denies devices and screen capture', () => {
    const { session, handlers } = fakeSession();
    applyDenyAllPermissions(session as never);
    expect(handlers['device']?.({ deviceType: 'usb', origin: 'app://app' })).toBe(false);
    const callback = vi.fn();
    handlers['display']?.({}, callback);
    expect(callback).toHaveBeenCalledWith(null);
  });
});
