import { describe, expect, it } from 'vitest';
import { passReturnState, pathAfterUnlock, returnState } from '@renderer/app/return-path';

describe('the path after unlocking', () => {
  it('returns to the screen the same workspace was locked on', () => {
    expect(pathAfterUnlock(returnState('w1', '/ledgers/personal-information'), 'w1')).toBe('/ledgers/personal-information');
    expect(pathAfterUnlock(returnState(null, '/documents'), 'w2')).toBe('/documents');
  });

  it.each([
    ['another workspace', returnState('w1', '/settings'), 'w2'],
    ['no state', null, 'w1'],
    ['a string', '/settings', 'w1'],
    ['a foreign shape', { returnTo: '/settings' }, 'w1'],
    ['a number path', { returnTo: { workspaceId: 'w1', pathname: 42 } }, 'w1'],
    ['another origin', returnState('w1', '//evil.example/'), 'w1'],
    ['an absolute URL', returnState('w1', 'https://evil.example/'), 'w1'],
    ['the workspace screens', returnState('w1', '/workspaces/w1/unlock'), 'w1'],
  ])('goes to 首页 for %s', (_, state, workspaceId) => expect(pathAfterUnlock(state, workspaceId)).toBe('/'));

  it('passes a return state on, and nothing else', () => {
    expect(passReturnState(returnState('w1', '/sign'))).toEqual(returnState('w1', '/sign'));
    expect(passReturnState({ restored: true })).toBeUndefined();
    expect(passReturnState(undefined)).toBeUndefined();
  });
});
