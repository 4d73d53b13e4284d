import { useCallback, useEffect, useRef, useState } from 'react';
import { toAppError } from '@shared/errors/app-error';
import type { SigningDraft } from '@shared/signing/signing-draft.schema';
import { currentLetterTemplate } from '@renderer/signing/letter-template-source';
import { loadSigningDraft, saveSigningDraft, type LoadedDraft } from '@renderer/signing/signing-repository';
import { useOpenSession, useSession } from '@renderer/session/session-context';

/**
 * The signing draft of the open workspace, saved (sealed) after every change;
 * `resumed` stays true for this visit when it was saved on an earlier one.
 */
export function useSigningDraft() {
  const { services } = useSession();
  const { store } = useOpenSession();
  const [stored, setStored] = useState<LoadedDraft | null>(null);
  const [error, setError] = useState<unknown>(null);
  const current = useRef<LoadedDraft | null>(null);

  useEffect(() => {
    let active = true;
    loadSigningDraft(store, currentLetterTemplate.id, currentLetterTemplate.version).then(
      (loaded) => {
        if (!active) return;
        current.current = loaded;
        setStored(loaded);
      },
      (failure: unknown) => setError(failure),
    );
    return () => {
      active = false;
    };
  }, [store]);

  const update = useCallback(
    async (change: Partial<SigningDraft>) => {
      if (current.current === null) return;
      const next = { ...current.current, draft: { ...current.current.draft, ...change } };
      current.current = next;
      setStored(next);
      await saveSigningDraft(store, next, services.now());
    },
    [store, services],
  );

  /** After signing, the next visit starts a new draft. */
  const reset = useCallback(async () => {
    const fresh = await loadSigningDraft(store, currentLetterTemplate.id, currentLetterTemplate.version);
    current.current = fresh;
    setStored(fresh);
  }, [store]);

  if (error !== null) throw toAppError(error);
  return { stored, update, reset };
}
