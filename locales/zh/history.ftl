# 案件某一版本的更改内容（案件历史）、每项陈述的内容、合并页面的字段，以及陈述和合并表单的错误提示。
# 敏感字段只说名称，不引用内容。

## 案件历史：每项更改一句话。

change-name = 姓名已更改。
change-other-names = 其他姓名已更改。
change-aliases = 别名已更改。
change-id-numbers = 证件号码已更改。
change-birth-date = 出生日期已更改。
change-address = 地址已更改。
change-narrative = 经历已更改。
change-place-note = 不在地名录中的最后已知地点已更改。
change-value = { $field }：{ $from } → { $to }。
change-field-status = 状况
change-field-verification = 核实程度
change-field-gender = 性别
change-field-ethnicity = 民族
change-field-residency = 海外居住地
change-field-occupation = 职业
change-field-last-place = 最后已知地点
change-field-birth-year = 出生年份
change-field-last-contact = 最后联系
change-unknown = 未知
change-undated = 日期不详
change-event-label = { $kind }（{ $date }）
change-source-label = “{ $title }”
change-event-added = 添加了事件：{ $event }。
change-event-changed = 更改了事件：{ $event }。
change-event-removed = 移除了事件：{ $event }。
change-source-added = 添加了来源：{ $source }。
change-source-changed = 更改了来源：{ $source }。
change-source-removed = 移除了来源：{ $source }。
change-source-retracted = 撤回了来源：{ $source }，不再作为证据（可查看姓名的人能看到原因）。
change-source-retracted-reason = 撤回了来源：{ $source }，不再作为证据。原因：“{ $reason }”
change-claim-sources = “{ $claim }”所引用的来源已更改。
change-claim-reviewed = 审核人将“{ $claim }”的级别设为：{ $level }。
change-claim-review-withdrawn = 撤销了对“{ $claim }”的审核：以根据来源计算的级别为准。
change-merged-in = 记录 { $case } 已合并到此案件：其证词、拘押信息、事件和来源现在都在这里。
change-removal-reason-event = 移除事件的原因：“{ $reason }”
change-removal-reason-testimony = 移除证词的原因：“{ $reason }”
change-removal-reason-detention = 移除拘押信息的原因：“{ $reason }”
change-removal-reason-citation = 移除陈述所引用来源的原因：“{ $reason }”
change-removal-reason-other = 移除（{ $what }）的原因：“{ $reason }”
change-removed-event = 事件已被移除，并写明了原因（可查看姓名的人能看到）。
change-removed-testimony = 证词已被移除，并写明了原因（可查看姓名的人能看到）。
change-removed-detention = 拘押信息已被移除，并写明了原因（可查看姓名的人能看到）。
change-removed-citation = 陈述所引用的来源已被移除，并写明了原因（可查看姓名的人能看到）。
change-removed-other = （{ $what }）已被移除，并写明了原因（可查看姓名的人能看到）。
change-testifier-added = 添加了证人：失踪者的{ $relationship }。
change-consent = 证人（{ $relationship }）的同意：{ $from } → { $to }。
change-testimony-added = 添加了证词。
change-testimony-changed = 更改了证词。
change-testimony-removed = 移除了证词。
change-detention-added = 添加了拘押信息。
change-detention-changed = 更改了拘押信息。
change-detention-removed = 移除了拘押信息。

## 每项陈述的内容（案件页面和历史中）。

statement-status = 状况：{ $status }
statement-last-location = 最后已知地点：{ $place }
statement-born = 出生于 { $year } 年
statement-ethnicity = 民族：{ $value }
statement-occupation = 职业：{ $value }
statement-residency = 海外居留身份：{ $value }
statement-names = 姓名及其其他写法
statement-id-numbers = 证件号码
statement-facility = 关押场所：{ $facility }
statement-alleged-act = 被指控行为：{ $act }
statement-charge = 罪名：{ $charge }
statement-sentence = 刑期：{ $sentence }
statement-court = 法院：{ $court }
statement-responsible-forces = 实施抓捕者：{ $forces }
statement-warrant = 抓捕时：{ $warrant }

## 陈述表单的错误提示（显示在字段旁）。

provenance-claim-gone = 此陈述已不在案件中（期间已被更改）：请重新加载页面
provenance-choose-source = 请选择此案件的一个来源
provenance-choose-stance = 请说明该来源支持还是质疑此陈述
provenance-timecode-format = 请按“分:秒”或“时:分:秒”填写录音录像中的时间，例如 12:05 或 1:02:30
provenance-timecode-sixty = 第一部分之后的分钟和秒数最多为 59
provenance-timecode-too-long = 录音录像超过 100 小时？请检查时间码
provenance-timecode-not-recorded = 只有视频证词或采访才有时间码；“{ $title }”是{ $kind }：请留空
provenance-uncite-reason = 请说明此来源为何不再计入此陈述（例如“视频里说的是 2018 年，不是 2017 年”）
provenance-not-cited = 此来源（已）不再被此陈述引用：请重新加载页面
provenance-review-reason = 请用一句话说明为何此级别正确：案件的每位读者都能看到
provenance-choose-level = 请选择一个级别，或根据来源计算的级别
provenance-no-review = 此陈述没有可撤销的审核：请选择一个级别
provenance-reason-names = 这里提到了案件中的某个人（可能是另一种写法），而研究人员会读到原因：请在不写姓名的情况下说明原因

## 合并页面的字段及其表单的错误提示。

merge-row-name = 姓名
merge-row-birth = 出生日期和年份
merge-row-gender = 性别
merge-row-ethnicity = 民族
merge-row-residency = 居留身份
merge-row-occupation = 职业
merge-row-status = 当前状况
merge-row-verification = 核实程度
merge-row-last-contact = 最后联系（日期和地点）
merge-row-address = 地址
merge-row-narrative = 经历
merge-row-other-names = 其他写法
merge-row-aliases = 别名
merge-row-id-numbers = 证件号码
merge-row-born = { $year } 年出生
merge-error-keep = 请选择保留哪个案件。
merge-error-notes = 请说明为何这是同一个人（例如“身份证号码相同；其兄长已通过电话确认”）：备注会加密保存。
merge-error-notes-long = 备注请少于 { $max } 个字符。
merge-error-pick = 请在两个值中选择一个。
