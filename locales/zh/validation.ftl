# Form errors (src/domain/forms.rs, partial dates) and the errors pages show (src/error.rs).

error-too-long = 太长：最多 { $max } 个字符
error-choose-listed = 请从列出的选项中选择一项
error-choose-place = 请从列表中选择地点
error-place-note-county = 请先从列表中选择该地点所在的县，再在此处填写地点名称
error-choose-listed-items = 请从列出的项目中选择
error-name-required = 必填：失踪者的姓名
error-birth-date-full = 请填写完整的出生日期（例如 1978-03-14），或留空并填写出生年份
error-birth-year-range = 出生年份必须是 { $min } 到 { $max } 之间的整数
error-birth-year-mismatch = 出生年份与出生日期不符
error-status-required = 请选择此人目前的状况
error-relationship-required = 请选择证人与失踪者的关系
error-consent-required = 请选择是否同意公开
error-testifier-name-required = 必填：证人的姓名
error-detention-empty = 请至少填写一项：关押地点、罪名、刑期、法院……
error-sentence-unreadable = 请用年和月填写刑期，例如“10 年”“7 年 6 个月”“18 个月”或“无期”
error-sentence-too-long = 超过 100 年的刑期不合常理，请检查数字
error-testifier-choose = 请从本案的证人中选择提供证言的人。
error-medium-required = 请选择证言的提供方式
error-duration-range = 时长必须是 { $min } 到 { $max } 之间的整数
error-reason-required = 请说明原因（例如“重复录入”“家属要求”）：原因会加密保存。
error-reason-too-long = 原因请少于 { $max } 个字符。
error-erasure-confirm = 请勾选确认：案件删除后无法恢复。
error-event-kind-required = 请选择发生了什么
error-sha256 = SHA-256 哈希值是 64 个十六进制字符
error-source-type-required = 请选择来源类型
error-source-title-required = 必填：标题或简短描述
error-reliability-required = 请选择来源的可靠性（A–F）
error-credibility-required = 请选择信息的可信度（1–6）
error-place-level = 请选择乡镇或村
error-place-parent-required = 请选择该地点所在的县
error-village-parent = 村应添加在其所属的县或乡镇之下
error-township-parent = 乡镇应添加在其所属的县之下
error-place-name-too-long = 名称请少于 { $max } 个字符
error-place-name-latin = 请用拉丁字母填写名称，即倡导者通常使用的写法
error-place-taken = { $place } 已在该处的地名录中：请直接从列表中选择

# Partial dates as typed.
error-date-empty = 请输入日期，例如 2017年、2017年5月 或 约2012年
error-date-too-long = 日期太长；请输入例如 2017年、2017年5月 或 约2012年 这样的日期
error-date-unrecognized = 无法识别此日期；请使用以下格式之一：2017年、2017年5月、2017年5月14日、2017-05-14、14.05.2017、2019年初、约2012年、2018年之前 或 2019年至2020年
error-date-unknown-word = 日期中有无法识别的词；请用数字写月份（5月），或使用约、之前、之后、初、中、末，也可用英文、俄文、哈萨克文或维吾尔文的月份名称
error-date-year-range = 年份必须在 { $min } 到 { $max } 之间
error-date-two-digit-year = 请用四位数字写年份，例如 2017
error-date-month-range = 月份必须在 1 到 12 之间
error-date-day-range = 日必须在 1 到 31 之间
error-date-nonexistent-day = 该月没有这一天
error-date-missing-year = 请加上年份，例如 2017-05
error-date-missing-month = 日期需要月份，例如 2017-05-14
error-date-part-with-day = early、mid、late 只能与年份或月份一起使用，不能与完整日期一起使用
error-date-ambiguous = 无法确定哪个数字是日、哪个是月；请写成 14.05.2017、2017-05-14 或 14 May 2017
error-date-conflicting-qualifiers = c.、before、after 只能使用其中一个
error-date-qualified-range = before 和 after 只能用于单个日期，不能用于日期范围
error-date-range-backwards = 日期范围的结束必须晚于开始
error-date-range-same-ends = 日期范围的开始和结束相同；请只输入一个日期

# What a page may learn about a failure.
error-not-found = 此记录不存在。
error-fields-need-attention = { $count ->
   *[other] 有 { $count } 个字段需要检查。
}
error-internal = 服务器出错。未保存任何内容。（编号 { $reference }）
error-sealed = Izde 已封存：在管理员用口令解封服务器之前，记录保持加密。未保存任何内容。
error-not-signed-in = 您尚未登录，或会话已结束。请重新登录以继续。
error-transport = 无法连接服务器。请检查网络连接后重试。

# The record services' refusals (src/server/records).
record-duplicate = 此人可能已被记录：保存前请查看列出的案件。
record-choose-case-items = 请从本案的条目中选择
record-source-retracted = 此来源已撤回：它按原样保留在案件中。请改为添加新来源。
record-merge-admin-account = 合并须由管理员账户进行。
record-stale-by = 在您打开此表单之后，{ $who } 于 { $when } UTC 修改了此案件，因此您的内容均未保存。您填写的内容仍在下方：请在另一个标签页中打开案件进行比较，然后再次保存以替换对方的版本。
record-stale = 在您打开此表单之后，此案件于 { $when } UTC 被修改，因此您的内容均未保存。您填写的内容仍在下方：请在另一个标签页中打开案件进行比较，然后再次保存以替换对方的版本。

# A name or ID number in a field that is stored unencrypted.
error-names-a-person = 此处包含本案中出现的姓名或身份证号（可能拼写不同），但该字段不加密存储，研究员可以看到：请不写姓名地描述（例如“他姐姐的视频证词”）
error-name-already-stored = 此姓名已写在本案一个不加密的字段中（来源的标题、发布者或出处，或拘押的场所、被指控行为、法院或证实方），研究员可以看到：请先改写该字段
