import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import type { MessageKey } from '@shared/i18n/zh-CN';
import { t } from '@renderer/i18n/t';
import { RuntimeBadge } from '@renderer/features/about/RuntimeBadge';
import { useReminderNavigation } from '@renderer/obligations/use-reminder-navigation';
import { useSession } from '@renderer/session/session-context';
import { WorkspaceBar } from './WorkspaceBar';

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
 */
export function AppLayout() {
  const { session } = useSession();
  const { pathname } = useLocation();
  const onWorkspaceList = session === null && pathname.startsWith('/workspaces');
  const navigate = useNavigate();
  const wasOpen = useRef(false);
  // A lock (by the user, after idle time, by the system) leaves the screen it
  // happened on for the workspace list, which says why it was locked.
  useEffect(() => {
    if (wasOpen.current && session === null) void navigate('/workspaces', { replace: true });
    wasOpen.current = session !== null;
  }, [session, navigate]);
  useReminderNavigation();
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <img src="/favicon.png" alt="" width={28} height={28} />
          <span>{t('app.name')}</span>
        </div>
        <div className="header-end">
          <WorkspaceBar />
          <RuntimeBadge />
        </div>
      </header>
      <nav className="app-nav" aria-label={t('nav.label')}>
        {sections.map((section) => (
          <NavLink
            key={section.to}
            to={section.to}
            end={section.to === '/'}
            className={({ isActive }) => (isActive || (section.to === '/' && onWorkspaceList) ? 'active' : '')}
          >
            {t(section.label)}
          </NavLink>
        ))}
      </nav>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
