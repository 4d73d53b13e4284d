import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import type { MessageKey } from '@shared/i18n/zh-CN';
import { t } from '@renderer/i18n/t';
import { RuntimeBadge } from '@renderer/features/about/RuntimeBadge';
import { useReminderNavigation } from '@renderer/obligations/use-reminder-navigation';
import { usePresentation } from '@renderer/session/presentation-context';
import { useSession } from '@renderer/session/session-context';
import { returnState } from './return-path';
import { useStackedTables } from './use-stacked-tables';
import { WorkspaceBar } from './WorkspaceBar';

// The merchant's turn (presentation mode) loads only when an agent starts it.
const PresentationShell = lazy(() => import('@renderer/features/presentation/PresentationShell').then((module) => ({ default: module.PresentationShell })));

const sections: ReadonlyArray<{ to: string; label: MessageKey }> = [
  { to: '/', label: 'nav.home' },
  { to: '/sign', label: 'nav.sign' },
  { to: '/ledgers', label: 'nav.ledgers' },
  { to: '/documents', label: 'nav.documents' },
  { to: '/settings', label: 'nav.settings' },
];

/**
 * The frame of every page: the app name, the open workspace, the five
 * sections and the page. With no workspace open, 首页 is the workspace list.
 * On a narrow window the sections and the workspace tools fold into a menu
 * under one button, so the page starts right below a one-line bar.
 */
export function AppLayout() {
  const { session } = useSession();
  const { presenting } = usePresentation();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const open = useRef<{ workspaceId: string; pathname: string } | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  useStackedTables(main);

  // A lock (by the user, after idle time, by the system) leaves the screen it
  // happened on for the workspace list, which says why it was locked; the
  // screen is remembered so that unlocking the same workspace returns to it.
  useEffect(() => {
    if (session !== null) {
      open.current = { workspaceId: session.workspace.id, pathname };
      return;
    }
    const last = open.current;
    open.current = null;
    if (last !== null) void navigate('/workspaces', { replace: true, state: returnState(last.workspaceId, last.pathname) });
  }, [session, pathname, navigate]);

  // Opening a screen closes the menu it was chosen from.
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }

  useReminderNavigation();
  // While the merchant has the device, every address shows only their part of signing.
  if (presenting !== null) {
    return (
      <Suspense fallback={null}>
        <PresentationShell />
      </Suspense>
    );
  }
  return (
    <div
      className={menuOpen ? 'app-shell menu-open' : 'app-shell'}
      onKeyDown={(event) => {
        // Escape in the open menu (its button, the workspace tools, the sections) folds it and goes back to its button.
        if (event.key !== 'Escape' || !menuOpen || !(event.target instanceof Element) || event.target.closest('header, nav') === null) return;
        setMenuOpen(false);
        menuButton.current?.focus();
      }}
    >
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <img src="/favicon.png" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </div>
        <button
          ref={menuButton}
          type="button"
          className="menu-toggle"
          aria-expanded={menuOpen}
          aria-controls="app-nav header-tools"
          onClick={() => setMenuOpen((value) => !value)}
        >
          <span className="menu-icon" aria-hidden="true" />
          {t(menuOpen ? 'nav.menuClose' : 'nav.menu')}
        </button>
        <div className="header-end" id="header-tools">
          <WorkspaceBar />
          <RuntimeBadge />
        </div>
      </header>
      <nav className="app-nav" id="app-nav" aria-label={t('nav.label')}>
        {sections.map((section) => (
          // With no workspace open, 首页 is the workspace list; `end` keeps it
          // unmarked on the screens below it (new, restore, unlock) and on every other section.
          <NavLink
            key={section.to}
            to={section.to === '/' && session === null ? '/workspaces' : section.to}
            end={section.to === '/'}
            className={({ isActive }) => (isActive ? 'active' : '')}
          >
            {t(section.label)}
          </NavLink>
        ))}
      </nav>
      <main id="main" ref={main} className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
