/** 设置 → 安全与备份, and the storage guards. */
export const securityMessagesZhCN = {
  'security.title': '安全与备份',
  'security.autoLock.title': '自动锁定',
  'security.autoLock.body': '没有任何操作超过这个时间，工作区会自动锁定，需要重新输入密码。',
  'security.autoLock.field': '无操作多久后锁定',
  'security.autoLock.minutes': '{minutes} 分钟',
  'security.autoLock.saved': '已保存：{minutes} 分钟无操作后自动锁定。',
  'security.lockNow': '立即锁定',

  'security.passphrase.title': '修改密码',
  'security.passphrase.current': '当前密码',
  'security.passphrase.new': '新密码',
  'security.passphrase.confirm': '再输入一次新密码',
  'security.passphrase.submit': '修改密码',
  'security.passphrase.done': '密码已修改。恢复码不变，仍然有效。',

  'security.device.title': '在本机记住密码',
  'security.device.body': '开启后，在这台电脑上可以用系统钥匙串解锁，不必每次输入密码。电脑丢失时请立即关闭此项，并修改密码。',
  'security.device.unsupported': '这里不能开启：{reason}',
  'security.device.browser': '浏览器模式没有系统钥匙串。',
  'security.device.backend': '系统没有提供真正的钥匙串（{backend}），密钥会以几乎明文的形式存放。',
  'security.device.on': '已开启：本机可以用系统钥匙串解锁。',
  'security.device.enable': '开启（需要输入密码）',
  'security.device.disable': '关闭',
  'security.device.enabled': '已开启在本机记住密码。',
  'security.device.disabled': '已关闭。下次需要输入密码解锁。',

  'security.backup.title': '备份',
  'security.backup.body':
    '备份文件包含这个工作区的全部数据，已加密，需要工作区密码（或恢复码）才能恢复。请存到 U 盘或另一台电脑上。',
  'security.backup.create': '立即备份…',
  'security.backup.working': '正在制作并核对备份…',
  'security.backup.saved': '备份已保存并核对无误：{location}',
  'security.backup.cancelled': '已取消保存备份。',
  'security.backup.handedToBrowser':
    '备份已制作并核对无误，已交给浏览器下载「{name}」。浏览器不会告诉本应用文件是否真的保存下来，请在浏览器的下载列表里确认，再把它存到 U 盘或另一台电脑上。',
  'security.backup.restore': '从备份恢复…',

  'security.snapshots.title': '自动快照',
  'security.snapshots.on': '桌面版每天自动保存一份加密快照，保留最近 7 份。最近一次：{date}（共 {count} 份），位置：{folder}',
  'security.snapshots.none': '桌面版每天自动保存一份加密快照，保留最近 7 份。还没有快照，今天会自动生成。',
  'security.snapshots.browser': '浏览器模式没有自动快照，请定期点「立即备份」。',

  'security.audit.title': '审计日志核验',
  'security.audit.body': '每一次修改都记在一条首尾相连的审计日志里。核验会逐条检查，找出第一条被改动、删除或插入的记录。',
  'security.audit.verify': '核验审计日志',
  'security.audit.working': '正在核验…',
  'security.audit.ok': '审计日志完整：共 {count} 条记录，没有被改动。',
  'security.audit.broken.hash-mismatch': '第 {seq} 条记录被改动过（校验值不符）。',
  'security.audit.broken.link-broken': '第 {seq} 条记录与前一条接不上（有记录被替换或插入）。',
  'security.audit.broken.sequence-gap': '第 {seq} 条记录缺失（有记录被删除）。',
  'security.audit.broken.malformed': '第 {seq} 条记录格式已损坏。',
  'security.audit.broken.tail-missing': '日志末尾从第 {seq} 条起的记录被删除了。',

  'security.storage.title': '存储状态',
  'security.storage.requested.persisted': '本次解锁时已请求长期保存数据：浏览器同意了，磁盘紧张时也不会自动清除本应用的数据。',
  'security.storage.requested.not-persisted': '本次解锁时已请求长期保存数据：浏览器没有同意，磁盘紧张时数据可能被清除。请务必定期备份。',
  'security.storage.requested.unsupported': '这个浏览器不支持长期保存数据的请求，磁盘紧张时数据可能被清除。请务必定期备份。',
  'security.storage.unknown': '无法确定数据是否会被长期保存。请务必定期备份。',
  'security.storage.free': '磁盘剩余空间：{space}',
  'security.storage.freeUnknown': '磁盘剩余空间：未知',

  'files.handedToBrowser':
    '已交给浏览器下载「{name}」。浏览器不会告诉本应用文件是否真的保存下来（例如另存对话框被取消或磁盘已满），请在浏览器的下载列表里确认。',

  'viewer.copy.title': '用其他程序打开',
  'viewer.copy.desktop':
    '将把这份文件的一个未加密副本交给系统的查看器（如 PDF 阅读器、看图程序）打开，以便阅读或打印。副本放在本应用自己的文件夹里，工作区锁定、退出应用、下次启动或删除工作区时自动删除；您在查看器里另存的文件不会被删除，请妥善保管。',
  'viewer.copy.browser':
    '将在浏览器的新标签页中打开这份文件的一个未加密副本，以便阅读或打印。关闭那个标签页即可；如果在那里下载或另存，那份文件不会被本应用删除，请妥善保管。',
  'viewer.copy.confirm': '打开副本',
  'viewer.copy.cancel': '取消',

  'guard.lowSpace.title': '磁盘空间不足',
  'guard.lowSpace.body': '磁盘只剩 {space}。空间用尽时保存会失败。建议先清理磁盘或备份后再继续。',
  'guard.lowSpace.continue': '仍然保存',
  'guard.lowSpace.cancel': '先不保存',
} as const;
