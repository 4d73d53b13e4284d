/** The frame of every screen: the menu on a narrow window, and clause references. */
export const shellMessagesZhCN = {
  'nav.menu': '菜单',
  'nav.menuClose': '收起菜单',

  'clauseRef.label': '条款 {clause}',
  'clauseRef.open': '查看{label}的原文',
  'clauseRef.title': '责任书{label}',
  'clauseRef.source': '以上是《{title}》（第 {version} 版）中这一条的原文。',
  'clauseRef.missing': '《{title}》里没有找到这一条，请以纸质责任书为准。',
  'clauseRef.close': '关闭',
} as const;
