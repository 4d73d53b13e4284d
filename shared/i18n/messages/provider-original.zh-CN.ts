/** The provider's original (服务提供方留存联) handed over on a USB stick, with its receipt. */
export const providerOriginalMessagesZhCN = {
  'providerOriginal.export': '存到 U 盘…（留存联、核对清单和交接回执）',
  'providerOriginal.working': '正在生成…',
  'providerOriginal.hint': '选一个文件夹（比如 U 盘），应用会在里面新建一个文件夹，放入带数字签名的责任书、核对清单（各文件的指纹）和交接回执。',
  'providerOriginal.saved': '已存到：{location}。请把这个文件夹交给服务提供方，并打印交接回执请对方签收。',
  'providerOriginal.downloaded': '已交给浏览器下载：{names}。请在浏览器的下载列表里确认，再把它们复制到 U 盘交给服务提供方。',
  'providerOriginal.cancelled': '没有选择文件夹，什么也没有保存。',
  'providerOriginal.printReceipt': '打印交接回执',
} as const;
