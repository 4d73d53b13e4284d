import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { z } from 'zod';
import { base64ToBytesOrThrow, bytesToBase64 } from '@shared/encoding/base64';
import { concatBytes, equalBytes, utf8 } from '@shared/encoding/bytes';
import { presentationPinAttempts } from '@shared/session/presentation-pin';
import { useSession } from './session-context';

const storageKey = 'sms-ca.presentation.v1';

// Kept in the tab's session storage, so a reload, a typed address or the back
// button lands on the merchant's turn again, never on the agent's screens.
const storedSchema = z.object({ workspaceId: z.string(), salt: z.string(), hash: z.string(), failures: z.number().int().nonnegative(), pausedUntil: z.number() });
type StoredPresentation = z.infer<typeof storedSchema>;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function readStored(): StoredPresentation | null {
  const text = sessionStorage.getItem(storageKey);
  if (text === null) return null;
  const parsed = storedSchema.safeParse(parseJson(text));
  // A value that is not ours still means "presenting", with no PIN that can end it
  // but the agent's (who can close the tab): never a way round to the agent's screens.
  return parsed.success ? parsed.data : { workspaceId: '', salt: '', hash: '', failures: 0, pausedUntil: 0 };
}

type ExitOutcome = 'ended' | 'wrong' | Readonly<{ pausedUntil: number }>;

type PresentationValue = Readonly<{
  /** The workspace whose merchant has the device, or null when the agent has it. */
  presenting: Readonly<{ workspaceId: string; pausedUntil: number }> | null;
  start: (workspaceId: string, pin: string) => Promise<void>;
  exit: (pin: string) => Promise<ExitOutcome>;
}>;

const PresentationContext = createContext<PresentationValue | null>(null);

/**
 * 商户操作模式: while the merchant has the device, the app shows only their
 * part of signing (the letter, the seal or thumbprint guide, the pad). Only
 * the agent's PIN gives the app back; wrong PINs pause after a few tries.
 */
export function PresentationProvider({ children }: { children: ReactNode }) {
  const { services } = useSession();
  const [stored, setStored] = useState<StoredPresentation | null>(readStored);
  const hashOf = useCallback(async (salt: Uint8Array, pin: string) => services.port.sha256(concatBytes(salt, utf8(`sms-ca/presentation/v1\0${pin}`))), [services]);

  const save = (value: StoredPresentation | null) => {
    if (value === null) sessionStorage.removeItem(storageKey);
    else sessionStorage.setItem(storageKey, JSON.stringify(value));
    setStored(value);
  };

  const start = useCallback(
    async (workspaceId: string, pin: string) => {
      const salt = services.port.randomBytes(16);
      save({ workspaceId, salt: bytesToBase64(salt), hash: bytesToBase64(await hashOf(salt, pin)), failures: 0, pausedUntil: 0 });
      // The desktop app moves to the pen display; its answer changes nothing here (the browser keeps its window).
      await services.host.presentation.enter();
    },
    [services, hashOf],
  );

  const exit = useCallback(
    async (pin: string): Promise<ExitOutcome> => {
      const current = readStored();
      if (current === null) return 'ended';
      const now = services.now();
      if (current.pausedUntil > now) return { pausedUntil: current.pausedUntil };
      const matches = current.salt !== '' && equalBytes(await hashOf(base64ToBytesOrThrow(current.salt), pin), base64ToBytesOrThrow(current.hash));
      if (matches) {
        save(null);
        await services.host.presentation.exit();
        return 'ended';
      }
      const failures = current.failures + 1;
      const pausedUntil = failures % presentationPinAttempts.before === 0 ? now + presentationPinAttempts.pauseMs : 0;
      save({ ...current, failures, pausedUntil });
      return pausedUntil > 0 ? { pausedUntil } : 'wrong';
    },
    [services, hashOf],
  );

  const value = useMemo(
    () => ({ presenting: stored === null ? null : { workspaceId: stored.workspaceId, pausedUntil: stored.pausedUntil }, start, exit }),
    [stored, start, exit],
  );
  return <PresentationContext.Provider value={value}>{children}</PresentationContext.Provider>;
}

/** The merchant's turn, and how to start and end it. */
export function usePresentation(): PresentationValue {
  const value = useContext(PresentationContext);
  if (value === null) throw new Error('usePresentation outside PresentationProvider');
  return value;
}
