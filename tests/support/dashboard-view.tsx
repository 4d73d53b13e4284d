import { JSDOM } from 'jsdom';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import type { WorkCalendar } from '@shared/calendar/work-calendar';
import { computeObligations, type DueItem } from '@shared/obligations/obligation-engine';
import { DutyRow, showsOnDashboard } from '@renderer/features/dashboard/DutyRow';
import { LetterDates } from '@renderer/features/dashboard/LetterDates';
import { StandingRules } from '@renderer/features/dashboard/StandingRules';
import { loadWorkCalendar } from '@renderer/obligations/calendar-source';
import { loadObligationSources, toObligationInput } from '@renderer/obligations/obligation-records';
import { listLetters } from '@renderer/signing/letters-repository';
import type { WorkspaceRegistry } from '@renderer/storage/registry-db';
import type { WorkspaceStore } from '@renderer/storage/workspace-store';

// 首页 as the app computes and draws it, read from a workspace at a fixed
// instant: the letter's dates and every ledger's clocks loaded as the page
// loads them, the engine run on the shipped calendar, and the page's own
// components rendered to HTML (they need no effects to draw).

/** One duty as 首页 draws it. */
export type DutyRowView = Readonly<{ state: string | null; pill: string; due: string; next: string | null; button: Readonly<{ href: string; text: string }> | null }>;

/** A standing rule as 首页 draws it. */
export type RuleView = Readonly<{ text: string; href: string | null }>;

export type DashboardView = Readonly<{
  /** False before a letter is signed: 首页 shows the way to signing, and no duty. */
  signed: boolean;
  /** Every item the engine computed. */
  items: readonly DueItem[];
  /** The items 首页 lists (a finished step of a record lives on in its ledger only). */
  shown: readonly DueItem[];
  calendar: WorkCalendar;
  /** The row of a listed item, by its key (`training`, `incident-notify:<id>`); null when 首页 does not list it. */
  row(key: string): DutyRowView | null;
  /** The letter's dates as 首页 shows them (signed, in force or ended, records kept until); null before signing. */
  letter: string | null;
  /** A standing rule (gate or keeping rule) as 首页 lists it; null when it is not listed. */
  rule(id: string): RuleView | null;
}>;

function draw(element: ReactElement): Document {
  return new JSDOM(renderToStaticMarkup(<MemoryRouter>{element}</MemoryRouter>)).window.document;
}

const text = (element: Element | null) => (element === null ? null : (element.textContent ?? '').trim());

function rowView(item: DueItem, calendar: WorkCalendar, now: number): DutyRowView {
  const row = draw(<DutyRow item={item} calendar={calendar} now={now} highlighted={false} />).querySelector('li')!;
  const button = row.querySelector('.actions a');
  return {
    state: row.getAttribute('data-state'),
    pill: text(row.querySelector('.pill')) ?? '',
    due: text(row.querySelector('.duty-due')) ?? '',
    next: text(row.querySelector(':scope > p:not([class])')),
    button: button === null ? null : { href: button.getAttribute('href') ?? '', text: text(button) ?? '' },
  };
}

/** 首页 of a workspace at `now`. */
export async function readDashboard(store: WorkspaceStore, registry: WorkspaceRegistry, now: number): Promise<DashboardView> {
  const input = toObligationInput(await loadObligationSources(store));
  const calendar = await loadWorkCalendar(registry);
  const items = computeObligations(input, calendar, now);
  const shown = items.filter(showsOnDashboard);
  const [letter] = await listLetters(store);
  const rules = draw(<StandingRules />);
  return {
    signed: input.letter !== null,
    items,
    shown,
    calendar,
    row: (key) => {
      const item = shown.find((candidate) => candidate.key === key);
      return item === undefined ? null : rowView(item, calendar, now);
    },
    letter: letter === undefined ? null : text(draw(<LetterDates letter={letter.letter} />).body),
    rule: (id) => {
      const entry = rules.querySelector(`[data-testid="rule-${id}"]`);
      return entry === null ? null : { text: text(entry) ?? '', href: entry.querySelector('a')?.getAttribute('href') ?? null };
    },
  };
}
