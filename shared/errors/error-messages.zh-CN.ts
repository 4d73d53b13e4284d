import type { AppErrorCode } from './app-error';

/** zh-CN text for every error code; a missing code fails the type check. */
export const errorMessagesZhCN = {
  'ipc/forbidden-sender': '请求来自本应用以外的页面，已拒绝。',
  'ipc/invalid-request': '请求的内容不完整或格式不对，已拒绝。',
  'ipc/unknown-channel': '应用内部没有这项功能，请更新到最新版本。',
  'files/too-large': '文件太大，无法处理。请换一个较小的文件。',
  'files/write-failed': '文件没有保存成功。请检查磁盘空间和文件夹权限后重试。',
  'files/read-failed': '文件读取失败。请确认文件存在且没有被其他程序占用。',
  'files/unsupported-type': '不支持这种文件类型。',
  'files/remove-failed': '有文件没能删除（可能正被其他程序打开）。请关闭查看器等程序后重试。',
  'host/unavailable': '这项功能在当前运行方式下不可用。',
  'external/url-refused': '只能打开以 https:// 开头的正规网址，此链接已拦截。',
  'vault/wrong-passphrase': '密码不对。请注意大小写和输入法状态后再试。',
  'vault/wrong-recovery-code': '恢复码不对。请对照打印或抄写的恢复码，逐组核对后再试。',
  'vault/too-many-attempts': '连续输错次数过多，请稍后再试。',
  'vault/weak-passphrase': '这个密码太容易被猜到。请加长，或混用字母、数字、符号或汉字。',
  'vault/locked': '工作区已锁定，请先解锁。',
  'vault/record-unreadable': '有一条记录无法解密：它可能被改动过，或来自别的工作区。',
  'vault/key-file-invalid': '工作区的密钥信息已损坏，无法解锁。请用备份恢复。',
  'vault/key-file-newer': '这个工作区由更新版本的应用创建，请先升级应用。',
  'vault/workspace-missing': '找不到这个工作区，它可能已被删除。',
  'vault/keychain-unavailable': '这台电脑没有可用的系统钥匙串，不能在本机记住密码。请继续使用密码解锁。',
  'vault/keychain-failed': '系统钥匙串没能取回密钥。数据没有受影响，请用密码解锁。',
  'vault/audit-broken':
    '审计日志核验没有通过，所以没有更换数据密钥：新密钥会为整条日志作保，会把被改动的痕迹一起掩盖。请先点「核验审计日志」看看是哪一条，必要时从备份恢复。',
  'vault/rotation-in-progress': '正在更换数据密钥，完成之后才能做这件事。',
  'storage/newer-version': '数据由更新版本的应用写入，当前版本无法打开。请先升级应用，数据没有被改动。',
  'storage/open-failed': '本机数据库打不开。请关闭其他正在使用本应用的窗口后重试。',
  'storage/write-failed': '保存失败，数据没有写入。请检查磁盘空间后重试。',
  'storage/concurrent-write': '另一个窗口同时在修改这个工作区，请重试。',
  'storage/invalid-row': '要保存的记录格式不对，已拒绝。',
  'storage/quota-exceeded': '存储空间已满，无法保存。请清理磁盘后重试。',
  'backup/not-a-backup': '这不是本应用的备份文件。',
  'backup/newer-version': '这个备份由更新版本的应用制作，请先升级应用再恢复。现有数据没有改动。',
  'backup/wrong-passphrase': '备份的密码不对（应为制作备份时该工作区的密码）。现有数据没有改动。',
  'backup/damaged': '备份文件已损坏或被改动过，不能恢复。现有数据没有改动。',
  'backup/truncated': '备份文件不完整（可能没有复制完），不能恢复。现有数据没有改动。',
  'backup/verify-failed': '备份写入后核对不一致，请换一个位置重新备份。',
  'backup/audit-broken': '备份里的审计日志核验没有通过（日志被改动、截短，或数据与日志不符），不能恢复。现有数据没有改动。',
  'letter/unknown-template': '这份责任书用的是本应用不认识的版本（可能由更新版本的应用签署）。请先升级应用。',
  'ui/render-failed': '页面出了问题，没有显示出来。您的数据没有受影响。',
  'ui/preload-missing': '桌面版没能和系统连接（应用的一部分没有加载）。为了不在没有保护的情况下运行，应用已停止。请重新安装或更新应用；您的数据没有受影响。',
  'ui/page-not-found': '没有找到这个页面。',
  'internal/unexpected': '发生了意外错误。请重试；如果问题反复出现，请联系技术支持。',
} as const satisfies Record<AppErrorCode, string>;

/** The zh-CN sentence for an error code. */
export function describeErrorZhCN(code: AppErrorCode): string {
  return errorMessagesZhCN[code];
}
