import { Link, useLocation } from 'react-router';
import type { MessageKey } from '@shared/i18n/zh-CN';
import { t } from '@renderer/i18n/t';
import { useWorkspaceList } from '@renderer/pages/workspaces/use-workspace-list';
import { returnState } from './return-path';

const sections: ReadonlyArray<{ path: string; title: MessageKey; intro: MessageKey }> = [
  { path: '/sign', title: 'sign.title', intro: 'sign.intro' },
  { path: '/ledgers', title: 'ledgers.title', intro: 'ledgers.intro' },
  { path: '/documents', title: 'documents.title', intro: 'documents.intro' },
  { path: '/settings', title: 'settings.title', intro: 'settings.intro' },
  { path: '/handover', title: 'agent.handOver.title', intro: 'agent.handOver.lockedIntro' },
];

/**
 * A section opened while no workspace is: what it will hold, and the one
 * thing to do first (create a workspace, or unlock one and come back here).
 * Nothing of any workspace is read here but the list of their names the
 * start screen shows.
 */
export function LockedSection() {
  const { pathname } = useLocation();
  const [list] = useWorkspaceList();
  const section = sections.find((candidate) => pathname === candidate.path || pathname.startsWith(`${candidate.path}/`)) ?? sections[0]!;
  return (
    <article className="page">
      <h1>{t(section.title)}</h1>
      <p className="lead">{t(section.intro)}</p>
      {list !== null && (
        <section className="card card-next" data-testid="locked-section">
          <p>{t('locked.notice')}</p>
          <p>{t(list.length === 0 ? 'locked.none' : 'locked.some')}</p>
          <div className="actions">
            <Link className="button primary" to={list.length === 0 ? '/workspaces/new' : '/workspaces'} state={returnState(null, pathname)}>
              {t(list.length === 0 ? 'workspaces.create' : 'locked.toUnlock')}
            </Link>
          </div>
        </section>
      )}
    </article>
  );
}
