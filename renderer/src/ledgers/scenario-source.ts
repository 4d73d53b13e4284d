import { useEffect, useState } from 'react';
import { AppError } from '@shared/errors/app-error';
import { scopeChangeLedger } from '@shared/ledgers/definitions/scope-change.ledger';
import { selectableScenarios, type Scenario } from '@shared/ledgers/scenarios';
import { t } from '@renderer/i18n/t';
import { useTableVersion } from '@renderer/features/ledgers/use-store-changes';
import { useOpenSession } from '@renderer/session/session-context';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';
import type { Choice } from './ledger-contribution';
import { createLedgerRepository } from './ledger-repository';

/**
 * 一(一)2 and 一(三)3: the scenarios selectable now in this workspace — the
 * three agreed ones and each new one whose scope change has the provider's
 * consent recorded in 场景变更申请.
 */
export async function loadSelectableScenarios(store: WorkspaceStore): Promise<Scenario[]> {
  const changes = await createLedgerRepository(store, scopeChangeLedger).all();
  return selectableScenarios(changes.records);
}

/** The scenario of an id if it is selectable now; throws `scenario/not-selectable` otherwise (a consent not yet recorded). */
export async function selectableScenarioOrThrow(store: WorkspaceStore, id: string): Promise<Scenario> {
  const scenario = (await loadSelectableScenarios(store)).find((candidate) => candidate.id === id);
  if (scenario === undefined) throw new AppError('scenario/not-selectable');
  return scenario;
}

/** A scenario as a form's option shows it: a consented one says so. */
export function scenarioLabel(scenario: Scenario): string {
  return scenario.consentedAt === null ? scenario.name : t('scenario.consented', { name: scenario.name });
}

/** The selectable scenarios as options of a `choice` field, read again whenever 场景变更申请 changes; null while loading. */
export function useScenarioChoices(): readonly Choice[] | null {
  const { store } = useOpenSession();
  const version = useTableVersion([scopeChangeLedger.table]);
  const [choices, setChoices] = useState<readonly Choice[] | null>(null);
  useEffect(() => {
    let active = true;
    void loadSelectableScenarios(store).then((scenarios) => active && setChoices(scenarios.map((scenario) => ({ value: scenario.id, label: scenarioLabel(scenario) }))));
    return () => {
      active = false;
    };
  }, [store, version]);
  return choices;
}
