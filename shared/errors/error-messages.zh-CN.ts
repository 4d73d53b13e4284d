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
  'host/unavailable': '这项功能在当前运行方式下不可用。',
  'external/url-refused': '只能打开以 https:// 开头的正规网址，此链接已拦截。',
  'ui/render-failed': '页面出了问题，没有显示出来。您的数据没有受影响。',
  'ui/page-not-found': '没有找到这个页面。',
  'internal/unexpected': '发生了意外错误。请重试；如果问题反复出现，请联系技术支持。',
} as const satisfies Record<AppErrorCode, string>;

/** The zh-CN sentence for an error code. */
export function describeErrorZhCN(code: AppErrorCode): string {
  return errorMessagesZhCN[code];
}
