# The forms of a case's records: detentions, timeline events, sources, removals, erasure.

detention-page-title = 关押与判决
detention-correct = 更正关押记录
detention-add = 添加关押记录
detention-save = 保存关押记录
detention-not-encrypted = 这些字段不加密（研究人员会检索它们）：请勿填写任何人名。此人被带走的日期属于时间线事件。
detention-held-in = 关押场所类型
detention-not-known = 不详
detention-facility-name = 营地、看守所或监狱的名称
detention-where = 地点
detention-unknown = 不详
detention-alleged-act = 被指控做了什么
detention-alleged-act-hint = 行为本身，例如“2012 年在论坛发帖”——与法律罪名分开填写。
detention-legal-charge = 法律罪名
detention-none-known = 不详
detention-sentence = 刑期
detention-sentence-hint = 例如：10 年、7 年 6 个月、无期
detention-court = 法院
detention-conviction-date = 判决日期
detention-learned-date = 家属何时得知
detention-learned-how = 家属如何得知
detention-confirmed-by = 确认方（机构或公职）
detention-confirmed-by-hint = 例如：中国驻阿斯塔纳大使馆。不要填写私人姓名。

event-page-title = 时间线事件
event-edit = 编辑事件
event-add = 添加事件
event-save = 保存事件
event-kind = 发生了什么
event-date = 发生时间
event-reported = 报告时间
event-reported-hint = 家属或来源讲述此事的日期——与发生时间不同。
event-where = 地点
event-unknown = 不详
event-summary = 事件简述
event-sources = 支持此事件的来源
event-no-sources = 本案还没有来源：请先在案件页面添加来源，再在此处关联。

source-page-title = 来源
source-retracted-title = 此来源已撤回
source-retracted-body = 它按撤回时的样子保留在案件中，不再作为任何证据。如果该说法有其他证据，请将其作为新来源添加。
source-back-to-case = 返回案件
source-correct = 更正来源
source-add = 添加来源
source-save = 保存来源
source-events = 此来源支持的事件
source-no-events = 本案还没有事件。

removal-page-title = 从案件中移除
removal-undated = 无日期
removal-event = 移除事件
removal-testimony = 移除证言
removal-detention = 移除关押记录
removal-source = 撤回来源
removal-retract = 撤回
removal-to-be-retracted = 将撤回：
removal-retract-hint = 撤回的来源仍保留在案件中，标记为已撤回并附上您的理由，不再作为任何说法的证据。如果只是要改正其中的错误，请返回并更正。
removal-retract-reason = 为什么撤回？
removal-retract-reason-hint = 例如：“文件是伪造的”“报道把他与同名者混淆了”。
removal-remove = 移除
removal-to-be-removed = 将移除：
removal-remove-hint = 案件历史会按原样保留它及您的理由，供有权查看案件姓名的人阅读。如果只是要修改，请返回并更正。
removal-remove-reason = 为什么移除？
removal-remove-reason-hint = 例如：“重复录入”“家属更正：他从未在这个营地”。

erasure-page-title = 删除案件
erasure-heading = 删除
erasure-submit = 删除此案件
erasure-what = 删除会抹去案件及其下记录的一切——档案、证言和转写、关押记录、事件、来源、历史——并销毁其数据密钥。不为其他案件作证的证人会一并删除。只保留案件编号、日期、您的账户、下面的理由以及审计日志中的条目。
erasure-backups = 今天之前的备份仍包含此案件，其密钥可由当前服务器密钥打开：备份的保存时间不要超过您的保留期限（见 README）；如果日后恢复了某个备份，请再次删除此案件。
erasure-reason = 为什么删除此案件？
erasure-reason-hint = 例如：“家属于 12 月 3 日致电协调员提出要求”。
erasure-confirm = 我明白案件删除后无法恢复

record-case-recorded = 案件已记录。
