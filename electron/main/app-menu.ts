import type { MenuItemConstructorOptions } from 'electron';
import { messagesZhCN as text } from '@shared/i18n/zh-CN';

export type AppMenuActions = Readonly<{
  quit: () => void;
  showAbout: () => void;
}>;

/** The Chinese application menu; roles keep the platform's own behaviour and shortcuts. */
export function buildAppMenuTemplate(platform: string, actions: AppMenuActions): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const macAppMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: text['app.name'],
          submenu: [
            { label: text['menu.about'], click: actions.showAbout },
            { type: 'separator' },
            { label: text['menu.hide'], role: 'hide' },
            { label: text['menu.hideOthers'], role: 'hideOthers' },
            { label: text['menu.showAll'], role: 'unhide' },
            { type: 'separator' },
            { label: text['menu.quit'], accelerator: 'Command+Q', click: actions.quit },
          ],
        },
      ]
    : [];
  return [
    ...macAppMenu,
    {
      label: text['menu.file'],
      submenu: [isMac ? { label: text['menu.close'], role: 'close' } : { label: text['menu.quit'], accelerator: 'Ctrl+Q', click: actions.quit }],
    },
    {
      label: text['menu.edit'],
      submenu: [
        { label: text['menu.undo'], role: 'undo' },
        { label: text['menu.redo'], role: 'redo' },
        { type: 'separator' },
        { label: text['menu.cut'], role: 'cut' },
        { label: text['menu.copy'], role: 'copy' },
        { label: text['menu.paste'], role: 'paste' },
        { label: text['menu.selectAll'], role: 'selectAll' },
      ],
    },
    {
      label: text['menu.view'],
      submenu: [
        { label: text['menu.resetZoom'], role: 'resetZoom' },
        { label: text['menu.zoomIn'], role: 'zoomIn' },
        { label: text['menu.zoomOut'], role: 'zoomOut' },
        { type: 'separator' },
        { label: text['menu.fullscreen'], role: 'togglefullscreen' },
      ],
    },
    {
      label: text['menu.window'],
      submenu: [
        { label: text['menu.minimize'], role: 'minimize' },
        { label: text['menu.close'], role: 'close' },
      ],
    },
    {
      label: text['menu.help'],
      submenu: [{ label: text['menu.about'], click: actions.showAbout }],
    },
  ];
}
