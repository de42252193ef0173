## The public register (issue 22): the static website `izde publish` builds, and the admin pages
## that review it. The site's words are read by the public: journalists, diplomats, families.

nav-register = 公开名录
access-refused-publish-register = 您的账户（{ $role }）无权审核或发布公开名录：此事由管理员负责。

register-site-name = Izde — 新疆失踪人员名录
register-footer = 由运营 Izde 的机构发布，所依据的证词均已获家属同意公开。每个条目中的陈述都注明了来源和核实程度。
register-nav-entries = 全部条目
register-nav-browse = 分类浏览
register-nav-stats = 统计
register-nav-about = 本名录如何编制
register-intro = { $count ->
   *[other] 本名录收录 { $count } 人，其家属均同意公开其案件。
}
register-search-label = 搜索名录
register-search-placeholder = 任何文字书写的姓名、地点、罪名、年份、条目编号
register-search-button = 搜索
# %n is replaced by the number of entries found (not a Fluent variable: the page's script fills it in).
register-search-found = 找到的条目：%n
register-search-none = 没有同时包含所有词语的条目。
register-col-entry = 条目
register-col-status = 状态
register-col-prefecture = 地区
register-col-detained = 拘押年份
register-col-claim = 记录内容
register-col-level = 核实
register-col-supported = 支持的来源
register-col-disputed = 提出异议的来源
register-entry-anonymized-title = 条目 { $id }
register-entry-anonymized = 应家属要求匿名公开
register-entry-named = 经家属同意实名公开
register-names = 姓名的其他文字写法
register-verification = 核实：{ $level }
register-clock = 刑期推算
register-clock-expected = 预计释放：{ $when }
register-clock-passed = 预计释放：{ $when }——已过期
register-clock-alert = 预计释放：{ $when }——已过期，此后再无此人的任何消息
register-detentions = 拘押、罪名与刑期
register-timeline = 时间线
register-claims = 陈述及其证据
register-sources = 来源
register-no-sources = 尚未记录任何公开来源。
register-claim-unpublished = { $count ->
   *[other] 另有 { $count } 份证词予以保密
}
register-undated = 日期不详
register-by-status = 按状态
register-by-prefecture = 按地区
register-by-charge = 按罪名
register-by-year = 按拘押年份
register-group-count = { $count ->
   *[other] { $count } 个条目。
}
register-stats-lede = 此处只统计本名录中的条目：既不是所有已记录案件的数量，也不是所有被拘押者的数量。
register-chart-unit = 条目
register-about-consent = 每个条目都经作证亲属同意后才公开。如果他们同意公开姓名，条目会以各种文字写法列出当事人的姓名；如果他们只同意匿名公开，则改为显示一个编号条目。一旦家属撤回同意，条目即被撤下。
register-about-anonymized = 在匿名条目中，地点只精确到地区，日期只精确到年份，出生年份以五年为一段，关押场所名称、法院、职业和来源标题均不显示，以免有人凭条目认出某个家庭。
register-about-levels = 每项陈述都标明其核实程度：据报道（一个来源）、已佐证（多个独立来源相互印证）或已证实（已与文件核对）。证词用于支持陈述，但从不公开：站出来讲述的亲属身处险境。
register-about-manifest = 本名录由普通文件组成。其中的 manifest.json 列出每个文件及其 SHA-256，并以本机构公开的 Ed25519 密钥签名（manifest.sig），因此任何托管或镜像本名录的人都能核查内容未被改动。
register-fact-sex = 性别
register-fact-born = 出生年份
register-fact-ethnicity = 民族
register-fact-residency = 国籍及海外居留
register-fact-occupation = 职业
register-fact-last-contact = 最后联系
register-fact-last-place = 最后已知地点
register-detention-facility = 关押场所类型
register-detention-name = 关押场所
register-detention-place = 地点
register-detention-forces = 实施抓捕者
register-detention-warrant = 逮捕证
register-detention-act = 被指控行为
register-detention-charge = 罪名
register-detention-court = 法院
register-detention-convicted = 判决日期
register-detention-sentence = 刑期
register-archive-kept = 存档于 { $date }
register-archive-changed = 存档于 { $date }；此后页面已更改
register-archive-gone = 存档于 { $date }；此后页面已被删除
register-no-consent = 此案件无法公开：并非所有证人都同意公开。

register-admin-title = 公开名录
register-admin-lede = 名录是一个静态网站，收录家属同意公开的案件，以文件形式生成，托管在其他地方：公众永远不会访问本服务器。每个案件首次公开前都由管理员审核。
register-admin-publication = 发布
register-admin-last = 最近一次发布于 { $when }，发布者：{ $by }，共 { $count } 个条目。
register-admin-changes = 自上一次发布以来：新增 { $added } 个，更新 { $changed } 个，移除 { $removed } 个，未变 { $unchanged } 个。
register-admin-added = 新增：
register-admin-changed = 更新：
register-admin-removed = 移除（撤回同意或案件已抹除）：
register-admin-never = 名录尚未发布。
register-admin-counts = 已批准 { $approved } 个，待审核 { $waiting } 个。
register-admin-command = 在服务器上，{ $command } 会将名录写入一个文件夹（再次发布到同一文件夹即可更新）；在这里则以 ZIP 压缩包下载。无论哪种方式，发布都会签名并记录在审计日志中。
register-admin-download = 发布并下载名录（ZIP）
register-admin-candidates = 家属已同意公开的案件
register-admin-case = 案件
register-admin-consent = 同意
register-admin-standing = 审核
register-admin-named = 实名
register-admin-anonymized = 匿名
register-admin-approved = 已批准，条目 { $id }
register-admin-awaiting = 待审核
register-admin-review = 审核
register-admin-preview = 预览

register-review-title = 可以公开吗？
register-review-lede = { $case }：家属同意公开（{ $consent }）。请对比保留在 Izde 中的内容与名录将显示的内容。
register-review-private = 保留在 Izde 中
register-review-private-hint = 永远不会进入名录：证人、证词、备注、证件号码、地址和确切日期。
register-review-public = 将会公开
register-review-public-hint = 条目在其页面上的显示效果。
register-review-confirm = 我已核查，公开条目中没有任何可能危及家属的内容。
register-review-approve = 批准公开
register-review-approved = 已由 { $by } 于 { $when } 批准为条目 { $id }。
register-review-command-line = 命令行
register-review-no-id = （批准后分配编号）
register-review-back = 返回名录

register-private-name = 全名
register-private-other-names = 其他写法
register-private-aliases = 别名
register-private-id-numbers = 证件号码
register-private-birth-date = 出生日期
register-private-address = 地址
register-private-place-note = 地点备注
register-private-narrative = 经历
register-private-testifier = 证人
register-private-testimonies = 证词
register-private-source = 未公开的来源
register-private-evidence = 证据文件
