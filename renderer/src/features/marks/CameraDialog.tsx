import { useEffect, useRef, useState } from 'react';
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
  const [state, setState] = useState<'starting' | 'live' | 'denied'>('starting');

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

  return (
    <div className="camera-dialog" role="dialog" aria-label={t('camera.title')}>
      <h2>{t('camera.title')}</h2>
      <div className="camera-view">
        <video ref={video} muted playsInline data-testid="camera-video" />
        <span className={`camera-guide camera-guide-${guide}`} aria-hidden="true" />
      </div>
      <p>{state === 'denied' ? t('camera.denied') : state === 'starting' ? t('camera.starting') : t('camera.guide')}</p>
      <div className="actions">
        <button type="button" className="button primary" disabled={state !== 'live'} onClick={() => void capture()}>
          {t('camera.capture')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('camera.cancel')}
        </button>
      </div>
    </div>
  );
}
