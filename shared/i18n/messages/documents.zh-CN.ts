/** 文档: the letters, the objection letters and the paper copies a merchant keeps. */
export const documentMessagesZhCN = {
  'documents.letterFile': '短信接口信息安全保障责任书',
  'documents.scanFilter': '图片或 PDF',
  'documents.effectiveSave': '保存生效日期',
  'documents.fingerprint': '文件指纹（SHA-256）前 16 位：{hash}…',

  'objectionLetters.title': '异议函',
  'objectionLetters.intro':
    '签署前对责任书条款有不同意见的，要在签字或盖章之前向服务提供方提出。每次签署时提出的异议合成一封异议函，可以查看、打印或另存为 PDF，交给服务提供方。已撤回的异议不写进异议函。',
  'objectionLetters.clauseIntro': '依据：',
  'objectionLetters.none': '没有异议函。在「签署 → 阅读责任书」中提出异议后，异议函会出现在这里。',
  'objectionLetters.heading': '异议函 · {operator} · {date}',
  'objectionLetters.noOperator': '经营者信息未填写',
  'objectionLetters.column.clause': '条款',
  'objectionLetters.column.text': '异议内容',
  'objectionLetters.column.raisedAt': '提出时间',
  'objectionLetters.column.status': '状态',
  'objectionLetters.allWithdrawn': '这次的异议都已撤回，没有要交给服务提供方的异议函。',
  'objectionLetters.view': '查看 / 打印',
  'objectionLetters.save': '另存为 PDF…',
  'objectionLetters.working': '正在生成异议函…',
  'objectionLetters.saved': '异议函已保存：{location}',
  'objectionLetters.pdfTitle': '异议函',
  'objectionLetters.pdfKeywords': '异议,责任书',

  'letters.wetInk.intro': '已经在纸上签字盖章的，请填写签署的日期和时间，再选择扫描件登记。',
  'letters.wetInk.signedAtTime': '签署时间',
  'letters.wetInk.timeHint': '按纸质责任书上的签署日期填写；时间填签字的大致时刻（例如 15:30）。',
  'letters.wetInk.error.time': '请填写签署时间（时:分）。',
  'letters.wetInk.error.future': '签署时间不能晚于现在。',
} as const;
