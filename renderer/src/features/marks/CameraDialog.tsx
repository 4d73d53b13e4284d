import { useEffect, useId, useRef, useState } from 'react';
import { t } from '@renderer/i18n/t';
import { useSession } from '@renderer/session/session-context';

type CameraDialogProps = Readonly<{ guide: 'round' | 'oval'; onCapture: (frame: ImageBitmap) => void; onClose: () => void }>;

/**
 * The camera with a guide frame. The desktop app allows the camera only while
 * this is open (camera:begin / camera:end); the stream stops when it closes.
 */
export function CameraDialog({ guide, onCapture, onClose }: CameraDialogProps) {
  const { services } = useSession();
  const video = useRef<HTMLVideoElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [state, setState] = useState<'starting' | 'live' | 'denied'>('starting');

  useEffect(() => panel.current?.focus(), []);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let cancelled = false;
    const open = async () => {
      await services.host.camera.begin();
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false });
        if (cancelled) return;
        if (video.current !== null) {
          video.current.srcObject = stream;
          await video.current.play();
        }
        setState('live');
      } catch {
        if (!cancelled) setState('denied');
      }
    };
    void open();
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((track) => track.stop());
      void services.host.camera.end();
    };
  }, [services]);

  const capture = async () => {
    if (video.current === null || state !== 'live') return;
    onCapture(await createImageBitmap(video.current));
  };

  // A panel over a dimmed page: title, the picture with the guide inside it
  // (never over the words), what to do, and the buttons.
  return (
    <div className="camera-backdrop">
      <div
        ref={panel}
        className="camera-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onClose();
        }}
      >
        <h2 id={titleId}>{t('camera.title')}</h2>
        <div className="camera-frame">
          <video ref={video} muted playsInline data-testid="camera-video" />
          <span className={`camera-shape camera-shape-${guide}`} aria-hidden="true" />
        </div>
        <p className={state === 'denied' ? 'camera-message field-error' : 'camera-message'} role="status">
          {state === 'denied' ? t('camera.denied') : state === 'starting' ? t('camera.starting') : t('camera.guide')}
        </p>
        <div className="actions">
          <button type="button" className="button primary" disabled={state !== 'live'} onClick={() => void capture()}>
            {t('camera.capture')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('camera.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
