import { describe, expect, it, vi } from 'vitest';
import { createPermissionPolicy } from '@main/permission-policy';

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

function request(handlers: Record<string, Handler>, permission: string, details: Record<string, unknown>): unknown {
  const callback = vi.fn();
  handlers['request']?.({}, permission, callback, details);
  return callback.mock.calls[0]?.[0];
}

const cameraRequest = { requestingUrl: 'app://app/sign', mediaTypes: ['video'] };

describe('permission policy', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'hid', 'serial', 'usb', 'openExternal', 'pointerLock'])(
    'denies a request for %s outside the capture flow',
    (permission) => {
      const { session, handlers } = fakeSession();
      createPermissionPolicy().apply(session as never);
      expect(request(handlers, permission, cameraRequest)).toBe(false);
      expect(handlers['check']?.({}, permission, 'app://app', { mediaType: 'video' })).toBe(false);
    },
  );

  it('grants the camera to our page only while the capture flow is open, video only', () => {
    const { session, handlers } = fakeSession();
    const policy = createPermissionPolicy();
    policy.apply(session as never);
    policy.beginCameraCapture();
    expect(request(handlers, 'media', cameraRequest)).toBe(true);
    expect(handlers['check']?.({}, 'media', 'app://app', { mediaType: 'video' })).toBe(true);
    expect(request(handlers, 'media', { requestingUrl: 'app://app/sign', mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(request(handlers, 'media', { requestingUrl: 'https://evil.example/', mediaTypes: ['video'] })).toBe(false);
    expect(request(handlers, 'geolocation', cameraRequest)).toBe(false);
    policy.endCameraCapture();
    expect(request(handlers, 'media', cameraRequest)).toBe(false);
    expect(handlers['check']?.({}, 'media', 'app://app', { mediaType: 'video' })).toBe(false);
  });

  it('grants full screen (全屏签字) to our own page only', () => {
    const { session, handlers } = fakeSession();
    createPermissionPolicy().apply(session as never);
    expect(request(handlers, 'fullscreen', { requestingUrl: 'app://app/sign' })).toBe(true);
    expect(handlers['check']?.({}, 'fullscreen', 'app://app', {})).toBe(true);
    expect(request(handlers, 'fullscreen', { requestingUrl: 'https://evil.example/' })).toBe(false);
    expect(handlers['check']?.({}, 'fullscreen', 'https://evil.example', {})).toBe(false);
    expect(request(handlers, 'fullscreen', {})).toBe(false);
  });

  it('denies devices and screen capture always', () => {
    const { session, handlers } = fakeSession();
    const policy = createPermissionPolicy();
    policy.apply(session as never);
    policy.beginCameraCapture();
    expect(handlers['device']?.({ deviceType: 'usb', origin: 'app://app' })).toBe(false);
    const callback = vi.fn();
    handlers['display']?.({}, callback);
    expect(callback).toHaveBeenCalledWith(null);
  });
});
