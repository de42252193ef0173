# 案件列表、搜索、统计、时间线、刑满提醒、导出及其可打印报告。

## 案件列表
cases-title = 案件
cases-new-testimony = 记录新证词
cases-loading = 加载中…
cases-link-statistics = 此范围的统计
cases-link-timeline = 此范围的时间线
cases-link-alerts = 已过预计释放日期，此后无消息
cases-link-export = 导出此范围
cases-facets-label = 缩小列表
cases-filter-label = 筛选案件
cases-filter-any = 任意
cases-filter-words = 关键词
cases-filter-words-hint = 罪名、被指控的行为、地点、设施、法院、事件、来源标题和发布者——可用五种语言中的任何一种。不含姓名：姓名在上方搜索，且绝不会出现在链接中。
cases-filter-status = 状态
cases-filter-prefecture = 地区（最后已知）
cases-filter-charge = 罪名
cases-filter-year = 失踪年份
cases-filter-sort = 排序
cases-filter-apply = 应用筛选
cases-filter-clear = 清除
cases-born = 生于{ $year }
cases-col-person = 失踪者
cases-col-status = 状态
cases-col-place = 最后已知地点
cases-col-disappeared = 失踪
cases-col-charge = 罪名
cases-col-why = 原因
cases-none = 没有符合这些筛选条件的案件。
cases-count = 第 { $first }–{ $last } 件，共 { $total } 件

## 查找人员
search-label = 查找人员
search-field = 按姓名或身份证号查找人员
search-hint = 任何文字或拼写均可：Нұрлан Сейітқали、نۇرلان سەيىتقالي 和 Nurlan Seitkali 会找到同一个人；词序无关紧要。
search-submit = 搜索
search-title = 查找人员
search-all-cases = 全部案件
search-found = { $count ->
   *[other] 找到 { $count } 件案件
}
search-hidden-matches = { $count ->
   *[other] 另有 { $count } 件您无权阅读的案件也符合。
}不显示是哪些；管理员可以核查，并将此记录与您的记录关联。

## 关于所选范围的页面
selection-cases = 此范围的案件

## 统计
stats-title = 统计
stats-link-timeline = 其时间线
stats-lede = { $count ->
   *[other] 此范围内有 { $count } 件案件。
}
stats-lede-described = { $count ->
   *[other] 此范围内有 { $count } 件案件：{ $selection }。
}
stats-lede-few = 此范围内有 { $count } 件案件。
stats-lede-few-described = 此范围内有 { $count } 件案件：{ $selection }。
stats-suppressed = 小于 5 的数字显示为“<5”，不画柱条，以免小群体指向某个家庭。

## 图表
chart-empty = 此范围内没有任何案件有这项信息。
chart-numbers = 数字
chart-unit-cases = 案件
chart-status = 按状态划分的案件
chart-disappearances = 每年失踪人数
chart-detentions = 每年拘留和关押进营（有日期的事件）
chart-prefectures = 按最后已知地点所在地区划分的案件
chart-sources = 已存档的来源：被删除、已更改或仍在线（案件）
chart-source-gone = 被删除
chart-source-changed = 已更改
chart-source-alive = 仍在线
chart-sentences = 刑期：{ $charge }

## 跨案件时间线
waves-title = 案件时间线
waves-years = { $from }–{ $to }
waves-lede = { $cases_with_events ->
   *[other] { $cases_with_events } 件案件
}中有日期的事件 { $events ->
   *[other] { $events } 件
}（此范围内共 { $cases } 件案件），{ $years }。
waves-lede-described = { $cases_with_events ->
   *[other] { $cases_with_events } 件案件
}中有日期的事件 { $events ->
   *[other] { $events } 件
}（此范围内共 { $cases } 件案件：{ $selection }），{ $years }。
waves-vague = { $count ->
   *[other] { $count } 件日期无终点或跨度很大的事件画在各案件轨道上，但未计入波形。
}
waves-suppressed = 每年小于 5 的数字显示为“<5”，不作图。
waves-too-many = 仅在范围不超过 { $count } 件案件时为每件案件画一条轨道：请缩小筛选范围以查看每件案件。
waves-none = 此范围内没有任何案件有带日期的事件。
waves-note-hidden = 每年少于 5 件：不作图
waves-note-peak = 每月最多 { $peak } 件
waves-caption = 按类型的每月事件（只知道年份的日期分摊到该年十二个月）
waves-numbers = 数字（每年事件数）
waves-lanes-caption = 每件案件：其事件按日期允许的范围绘出

## 已过预计释放日期
alerts-title = 已过预计释放日期
alerts-heading = 已过预计释放日期，此后无生存证明
alerts-lede = { $count ->
   *[other] 此范围内有 { $count } 件案件，按记录的刑期应在 { $date } 前获释，此后没有记录任何消息——无生存证明、联系、获释或死亡。
}
alerts-lede-described = { $count ->
   *[other] 此范围（{ $selection }）内有 { $count } 件案件，按记录的刑期应在 { $date } 前获释，此后没有记录任何消息——无生存证明、联系、获释或死亡。
}
alerts-method = 刑期从首次拘留起算，没有则从判决起算；不完整的日期给出一个区间，区间内每一天都已过去时案件才会列出。
alerts-last-news = { $kind }，{ $date }
alerts-no-news = 无记录
alerts-none = 此范围内没有已过预计释放日期而无消息的案件。
alerts-caption = 已过预计释放日期的案件
alerts-col-person = 失踪者
alerts-col-status = 状态
alerts-col-sentence = 刑期
alerts-col-expected = 预计释放
alerts-col-years = 已过年数
alerts-col-last-news = 此前最后消息

## 导出：表单
export-title = 导出
export-heading = 导出匿名化数据集或报告
export-forbidden = 导出由研究人员和协调人制作；您的账户不能导出。
export-all-cases = 全部案件
export-change-selection = 更改范围
export-selection-label = 范围：
export-selection-end = 。
export-lede = 任何加密的内容都不会流出：没有姓名、身份证号、联系方式、地址、叙述、记录稿、证人或媒体文件，也没有任何自由文本。各行会被泛化，直到每一行都隐藏在至少 k 个相同行之中。
export-minimums-note = 本站点由管理员设定的最低要求：{ $minimums }。
export-minimums = 公开数据集 { $public }；研究数据集 { $researcher }；表格中小于 { $threshold } 的数字隐藏
export-minimums-rows = k ≥ { $k }，l ≥ { $l }，最多剔除 { $percent } %
export-profile = 方案
export-profile-public = 公开数据集
export-profile-researcher = 研究数据集
export-profile-aggregate = 汇总报告
export-profile-public-describe = 每件案件一行：地点为地区级或以上，日期精确到年，出生年份按 5 年分段，职业按行业
export-profile-researcher-describe = 每件案件一行：地点为县级或以上，日期精确到月，出生年份，职业
export-profile-aggregate-describe = 无行数据：计数表格，低于阈值的单元格（以及可由其他单元格推算出的单元格）被隐藏
export-format = 文件格式
export-format-csv = CSV（电子表格）
export-format-json = JSON（程序）
export-k = k——最小组
export-k-hint = 每一条发布的行在地点、出生年份、性别、民族、职业、日期、罪名和刑期上至少与 k − 1 条其他行相同（默认 5）。
export-l = l——每组状态数
export-l-hint = 每个这样的组至少含有 l 种不同状态，因此身在其中并不透露此人的遭遇（默认 2）。
export-max-suppressed = 可剔除的行（%）
export-max-suppressed-hint = 任何泛化都无法隐藏的罕见行会被剔除，最多到此比例；超过则拒绝导出（0–50，默认 5）。
export-threshold = 表格中显示的最小数字
export-threshold-hint = 在报告的表格中，更小的数字（以及可推算出它们的单元格）显示为“x”（默认 5）。
export-stable-ids = 在多次导出之间保持 ID 不变
export-stable-ids-hint = 仅当接收方必须在前后两次导出之间追踪案件时使用；清单会注明。否则每次导出都使用新 ID，两次导出无法关联。
export-submit = 准备导出
export-error-whole = 请填写 { $from } 到 { $to } 之间的整数。
export-error-percent = 请填写 0 到 { $most } 之间的百分比。
export-error-percent-profile = 请填写 0 到 { $most } 之间的百分比：此方案不会剔除更多。
export-error-l-over-k = l 不能大于 k（{ $k }）：{ $k } 行的组最多有 { $k } 种状态。
export-error-profile = 请选择方案：公开、研究或汇总。
export-error-format = 请选择 CSV 或 JSON。
export-error-threshold = 请填写 { $from } 到 { $to } 之间的整数：小于它的数字会被隐藏。

## 导出：完成、拒绝、下载
export-refused-fields = 未导出任何内容：请修改下方标出的字段。
export-stable-ids-admin = 在多次导出之间不变的 ID 可让导出相互关联：只有管理员可以进行此类导出。请联系管理员，或取消勾选。
export-refused-words = 未导出任何内容：按关键词选出的范围可能锁定某一个人的案件，因此只有管理员可以导出。请联系管理员，或用其他筛选条件选择案件。
export-refused-stable-ids = 未导出任何内容：在多次导出之间不变的 ID 可让导出相互关联，因此只有管理员可以进行此类导出。请联系管理员，或取消勾选“保持 ID 不变”。
export-refused-busy = 未导出任何内容：您的另一项导出仍在进行。请等它完成后再试。
export-refused-server-busy = 未导出任何内容：服务器正在进行其他导出。请一分钟后再试。
export-refused-no-generalization = 未导出任何内容：此范围的任何泛化都无法保护每一行。
export-refused-failed = 未导出任何内容：服务器在制作导出时出错。请重试；如再次失败，请告知管理员。
export-gone = 此导出不在这里：导出仅保存 30 分钟，且仅供制作它的账户使用。请在导出页面重新制作。
export-no-such-file = 此导出中没有这个文件。
export-zip-failed = 无法生成压缩包；请逐个下载文件。

## 导出：已就绪
export-ready-title = 导出已就绪
export-gone-title = 此导出已不存在
export-gone-body = 导出仅保存 30 分钟，且仅供制作它的账户使用。
export-gone-again = 重新制作
export-ready-heading = 导出已就绪：{ $profile }
export-another = 另一次导出
export-ready-lede = 范围：{ $selection }。将在此再保存 { $minutes ->
   *[other] { $minutes } 分钟
}，仅供您使用；审计日志会记录您制作了它。
export-risk-report = 风险报告
export-cases-selected = 所选案件
export-consent = 因同意问题剔除
export-consent-value = { $count }（证人未同意公开，或已撤回同意）
export-rows-exported = 导出行数
export-rows-exported-value = { $selected } 中的 { $exported }
export-rows-left-out = 剔除行数
export-rows-left-out-value = { $count }（{ $share }%；最多允许 { $most }%）：它们所在的组小于 k 或多样性低于 l
export-k-achieved = 实际 k
export-l-achieved = 实际 l
export-achieved-value = { $achieved }（要求 { $asked }）
export-ids = ID
export-ids-stable = 在多次导出之间不变
export-ids-fresh = 新生成：仅属于此次导出
export-cells-suppressed = 隐藏的表格单元格
export-cells-suppressed-value = { $count }（小于 { $threshold } 的数字，以及可推算出它们的单元格）
export-generalization = 使用的泛化
export-quasi-identifier = 准标识符
export-level = 级别
export-download = 下载
export-download-all = 全部下载（zip）
export-download-hint = 压缩包包含下列所有文件以及 manifest.json 和其签名 manifest.sig；解压后在该文件夹上运行 izde export verify，可检查没有任何改动。
export-open-report = 打开报告
export-report-file = report.html，可打印
export-file-size = { $size } kB
export-preview-title = { $count ->
   *[other] { $file } 的前 { $count } 行
}

## 准标识符及其级别（风险报告）
export-qi-place = 地点
export-qi-birth-year = 出生年份
export-qi-gender = 性别
export-qi-ethnicity = 民族
export-qi-occupation = 职业
export-qi-disappeared = 失踪
export-qi-detained = 拘留
export-qi-charges = 罪名
export-qi-sentence = 刑期
export-level-as-recorded = 按记录
export-level-county = 县
export-level-prefecture = 地区
export-level-region = 自治区
export-level-hidden = 隐藏
export-level-year = 年
export-level-5-years = 5 年
export-level-10-years = 10 年
export-level-specific = 具体
export-level-grouped = 分组
export-level-sector = 行业
export-level-day = 日
export-level-month = 月
export-level-quarter = 季度
export-level-charged-or-not = 是否被控罪
export-level-range = 区间
export-level-under-over-10 = 不足或超过 10 年

## 任何导出都不包含的内容
export-never-free-text = 任何自由文本：叙述、摘要、记录稿、备注、理由、来源标题
export-never-testifier = 证人的任何属性，或有证人这一事实
export-never-names = 姓名、其他拼写和别名
export-never-id-numbers = 身份证号
export-never-contacts = 联系方式
export-never-birth-dates = 确切出生日期
export-never-addresses = 地址
export-never-media = 录音及其他媒体文件

## 导出的可打印报告
report-document-title = Izde 导出报告 · { $profile }
report-title = Izde 导出报告
report-lede = { $profile }——{ $description }。导出时间：{ $when }；导出者：{ $by }。
report-by-command-line = 命令行
report-by-role = 角色为“{ $role }”的账户
report-holds = 此导出包含什么
report-selection = 范围
report-rows = 行
report-rows-value = 所选 { $selected } 件案件中的 { $exported } 件；{ $suppressed } 件因所在组太小或多样性不足而被剔除
report-k-anonymity = k-匿名
report-k-value = 要求 k = { $asked }，实际 { $achieved }：每一行的准标识符至少与 { $others } 条其他行相同
report-l-diversity = l-多样性
report-l-value = 要求 l = { $asked }，实际 { $achieved }：每个这样的组至少含有 { $achieved } 种不同状态
report-ids-stable = 不变：同一案件在本站点所有保持 ID 不变的导出中 ID 相同
report-ids-fresh = 新生成：用仅供此次导出的密钥生成，因此各行无法与其他导出匹配
report-small-cells = 小单元格
report-small-cells-value = 在下列表格中，1 到 { $most } 的数字被隐藏，可推算出它们的单元格也被隐藏：共 { $count } 项显示为“x”
report-data-file = 数据文件
report-data = 数据
report-installation = 站点
report-signing-key = 签名密钥
report-manifest-hint = manifest.json 列出此导出的每个文件及其 SHA-256，并用上面的站点密钥签名（manifest.sig）。检查方法：izde export verify DIR。
report-figures = 图表
report-figures-rows = 根据导出的行、按其导出的详细程度计算。
report-figures-cases = 根据所有所选案件、按上述级别计算。
report-tables = 表格
report-method = 方法
report-method-ladders = 准标识符是单独无害、但组合起来可能锁定某个人的信息：地点、出生年份、性别、民族、职业，以及失踪和拘留的日期。每一项沿着一个阶梯上升：乡镇 → 县 → 地区 → 新疆维吾尔自治区；日 → 月 → 季度 → 年；出生年份 → 5 年段 → 10 年段；职业 → 行业；民族 → 民族组；每个阶梯的顶端是隐藏（“*”）。方案设定每项的最低一级。
report-method-groups = 对于数据集，按信息损失的顺序尝试各级的每一种组合。泛化后准标识符相同的行构成一个组；行数少于 k 或不同状态少于 l 的组会被剔除。采用第一个剔除行数不超过允许比例的组合，因此每个发布的组至少有 k 行和 l 种状态。
report-method-cells = 在表格中，1 到阈值减一之间的数字被替换为“x”——数据集的报告也是如此，以便报告可以单独打印和传递。为了不让这样的数字从合计中推算出来，还会隐藏更多数字：在每个有合计的行和列中，绝不只有一个“x”（最小的另一个数字也会隐藏），并在需要时隐藏更多，直到每个隐藏的数字都可以在不改变任何已公布内容的情况下变化。因任一原因隐藏的数字看起来都一样。这可以防止在表格内精确还原；读者仍可能把隐藏的数字缩小到某个区间，而且各表格之间、与以前的报告之间不受保护。
report-never-exported = 在任何方案中都从不导出：
report-verification = 核实一栏是 Izde 对整件案件的级别：已报告（一个来源）、已佐证（两个独立来源）、已确认（官方声明、法院或泄露文件）。
report-total = 合计
report-no-column-totals = 此处各列没有合计：一件案件可以计入多行。
report-unit-cases = 案件
report-chart-status = 按状态划分的案件
report-chart-prefecture = 按地区划分的案件
report-chart-disappearances = 每年失踪人数
report-chart-detentions = 每年首次拘留
report-chart-sentences = 按罪名划分的刑期
report-table-place-status = 按地区和状态划分的案件
report-table-prefecture = 地区
report-table-years = 首次失踪和首次拘留，按年份
report-table-event = 事件
report-table-disappearance = 失踪
report-table-detention = 拘留或关押进营
report-table-charge-sentence = 按罪名划分的最长刑期
report-table-charge = 罪名
report-table-people = 按民族组和性别划分的案件
report-table-ethnic-group = 民族组
report-no-year = 未知或跨越多年
report-none-recorded = 无记录
report-unknown = 未知或隐藏
report-sentence-lt5 = 不足 5 年
report-sentence-5-10 = 5 年至不足 10 年
report-sentence-10-20 = 10 年至不足 20 年
report-sentence-20plus = 20 年或以上
report-sentence-life = 无期徒刑
report-group-turkic = 突厥语民族
report-group-other-minority = 其他少数民族
report-group-han = 汉族
report-group-other = 其他

# The case list's filters, described in words (statistics, timeline, alerts, export).
facet-status = 状态
facet-prefecture = 地区（最后已知）
facet-place = 县或地点
facet-charge = 罪名
facet-year = 失踪年份
facet-detained = 拘押年份
facet-sentence = 最长刑期
facet-ethnicity = 民族
facet-gender = 性别
facet-verification = 核实
facet-source-type = 来源类型
facet-words = 关键词
filter-described = { $filter }：{ $value }
filter-separator = ；
filter-words-value = “{ $words }”
sort-updated = 最近更新
sort-disappeared = 失踪年份
sort-sentence = 刑期长短
sentence-range-under-5 = 不满5年
sentence-range-5-10 = 5年以上不满10年
sentence-range-10-20 = 10年以上不满20年
sentence-range-20-plus = 20年及以上
sentence-range-life = 无期徒刑
