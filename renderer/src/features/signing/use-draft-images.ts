import { useEffect, useState } from 'react';
import type { SigningDraft } from '@shared/signing/signing-draft.schema';
import { readAttachment } from '@renderer/signing/signing-repository';
import { useOpenSession } from '@renderer/session/session-context';
import { renderSignaturePng } from './signature-drawing';

/** Object URLs of what the draft puts into the signature block: the signature and each seal or thumbprint, by role. */
export type DraftImages = Readonly<Partial<Record<'representative-signature' | 'operator-seal' | 'operator-thumbprint' | 'representative-thumbprint', string>>>;

/**
 * The images of a draft as the PDF will show them (the signature drawn the
 * way the PDF draws it, the lifted marks), for the confirm step's preview.
 * The URLs are revoked when the draft changes or the step closes.
 */
export function useDraftImages(draft: SigningDraft): DraftImages | null {
  const { store } = useOpenSession();
  const [images, setImages] = useState<DraftImages | null>(null);
  useEffect(() => {
    let active = true;
    const urls: string[] = [];
    const toUrl = (png: Uint8Array) => {
      const url = URL.createObjectURL(new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
      urls.push(url);
      return url;
    };
    const load = async () => {
      const entries: [keyof DraftImages, string][] = [];
      if (draft.signature !== null) entries.push(['representative-signature', toUrl((await renderSignaturePng(draft.signature)).png)]);
      for (const mark of draft.marks) entries.push([`${mark.line}-${mark.kind}` as keyof DraftImages, toUrl((await readAttachment(store, mark.attachmentId)).data)]);
      if (active) setImages(Object.fromEntries(entries));
    };
    void load();
    return () => {
      active = false;
      urls.forEach((url) => URL.revokeObjectURL(url));
    };
  }, [store, draft.signature, draft.marks]);
  return images;
}
