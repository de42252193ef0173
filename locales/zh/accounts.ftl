# 登录、账户页面、管理员页面（披露请求、账户、审计日志、地点、重复记录、合并）。

## 通用
account-loading = 正在加载…
account-save = 保存

## 登录
login-title = 登录
login-heading = 登录 Izde
login-username = 用户名
login-password = 密码
login-submit = 登录
login-hint = 账户由管理员创建。30 分钟无操作后，或登录 12 小时后，会话即结束。
login-code-title = 登录：验证码
login-code-heading = 两步验证
login-code-intro = { $username } 的密码已通过。请输入身份验证器应用为 Izde 显示的 6 位验证码。
login-code-label = 验证码
login-code-verify = 验证
login-code-restart = 重新开始
login-unavailable = Izde 暂时无法为您登录。请稍后再试。
login-challenge-over = 此次登录等待时间过长，或输错验证码次数过多：请重新输入用户名和密码。
login-code-wrong = 验证码不正确：请输入身份验证器应用当前显示的 6 位数字。
login-wrong = 用户名或密码不正确。
login-throttled = { $minutes ->
   *[other] 此账户或此地址登录失败次数过多。请在 { $minutes } 分钟后再试。
}
login-busy = Izde 正忙于核验其他登录。请稍候，然后重新登录。
login-first = 请先登录。
login-cross-origin = 此请求并非来自 Izde 自身的页面，因此已被拒绝。请打开 Izde，从那里重试。
login-database-unavailable = Izde 目前无法连接其数据库。请稍后再试。
login-enrol-first = 请先在您的账户页面开启两步验证：设置要求管理员必须使用两步验证。
login-session-needed = 请先登录 Izde：您的会话已结束，或您尚未登录。

## 披露请求
admin-reveals-title = 披露请求
admin-reveals-hint = 研究员看到的每个案件都以化名显示。批准后，研究员可在 7 天内查看该案件的姓名、联系方式和证词（但不能修改）。每个请求和决定都记录在审计日志中。
admin-reveals-empty = 没有待处理的请求。
admin-reveals-asked = 由 { $username } 于 { $when } UTC 提出
admin-reveals-grant = 批准 7 天
admin-reveals-decline = 拒绝
admin-reveals-decided = 另一位管理员已对此请求作出决定。

## 账户
admin-accounts-title = 账户
admin-accounts-username = 用户名
admin-accounts-role = 角色
admin-accounts-status = 状态
admin-accounts-sessions = 会话
admin-accounts-since = 创建于
admin-accounts-change = 更改
admin-accounts-disabled = 已停用
admin-accounts-active = 正常
admin-accounts-role-of = { $username } 的角色
admin-accounts-disabled-check = 停用
admin-accounts-change-hint = 更改角色或停用账户会立即结束该账户的所有会话。
admin-settings-title = 设置
admin-settings-auto-grant = 无需等待管理员即批准研究员的披露请求（每项仍会记录）
admin-settings-totp-required = 管理员必须使用两步验证（未开启的管理员在开启之前只能进行设置）
admin-settings-save = 保存设置
admin-new-account-title = 新账户
admin-new-account-username-hint = 3 到 64 个字母、数字、点、下划线或连字符。
admin-new-account-password = 初始密码
admin-new-account-password-hint = 至少 12 个字符。请当面交给本人；本人可在其账户页面修改。
admin-new-account-submit = 创建账户
admin-role-invalid = 请选择管理员、志愿者或研究员
admin-role-choose = 请选择角色
admin-password-short = { $count ->
   *[other] 密码至少需要 { $count } 个字符
}
admin-username-taken = 此用户名已被使用
admin-self-lockout = 您不能取消自己的管理员角色或停用自己的账户：请找另一位管理员。
admin-last-admin = 这是最后一个有效的管理员账户：请先设立另一位管理员。
account-username-length = 用户名须为 3 到 64 个字符
account-username-characters = 用户名只能包含字母、数字、点、下划线和连字符

## 导出最低要求
admin-minimums-title = 导出最低要求
admin-minimums-now = 任何导出，无论在本网站还是在命令行，都不能低于这些要求。当前：公开数据集 k ≥ { $public_k }，l ≥ { $public_l }，最多剔除 { $public_percent } %；研究员数据集 k ≥ { $researcher_k }，l ≥ { $researcher_l }，最多剔除 { $researcher_percent } %；表格中小于 { $threshold } 的计数隐藏。
admin-minimums-public = 公开数据集（公开发布）
admin-minimums-least-k = 最小 k
admin-minimums-least-l = 最小 l
admin-minimums-suppressed = 最多剔除的行（%）
admin-minimums-public-k-hint = 每条发布的行在地点、出生年份、性别、民族、职业、日期、罪名和刑期上至少与另外 k − 1 条相同（默认 5）。
admin-minimums-public-l-hint = 每个这样的组中不同状态的数量（默认 2）。
admin-minimums-public-suppressed-hint = 0–50（默认 5）。
admin-minimums-researcher = 研究员数据集（依协议共享）
admin-minimums-researcher-k-hint = 默认 3。
admin-minimums-researcher-l-hint = 默认 1。
admin-minimums-researcher-suppressed-hint = 0–50（默认 10）。
admin-minimums-threshold = 表格中显示的最小计数
admin-minimums-threshold-hint = 所有报告表格中更小的计数显示为“x”（默认 5）。
admin-minimums-save = 保存导出最低要求

## 证据设置
admin-evidence-title = 证据文件与存档网页
admin-evidence-max-file = 最大文件（MB）
admin-evidence-max-file-hint = 更大的上传将被拒绝，且不保留任何内容（默认 2148 MB：2 GiB）。
admin-evidence-hosts = 存档程序可访问的内网主机
admin-evidence-hosts-hint = 通常为空。除非主机列在此处（以逗号分隔），例如内部存档服务器，Izde 从不访问私有地址、回环地址或链路本地地址。

## 您的账户
account-title = 您的账户
account-logged-in-as = 已登录为 { $username }（{ $role }）。
account-password-changed = 您的密码已更改。您账户的其他所有会话均已结束。
account-password-heading = 修改密码
account-password-current = 当前密码
account-password-new = 新密码
account-password-new-hint = 至少 12 个字符。
account-password-confirm = 再次输入新密码
account-password-submit = 修改密码
account-password-throttled = { $minutes ->
   *[other] 当前密码尝试次数过多：请在 { $minutes } 分钟后再试
}
account-password-differ = 两次输入的新密码不一致
account-password-not-current = 这不是您的当前密码

## 两步验证
account-two-step-title = 两步验证
account-two-step-demanded = 设置要求管理员使用两步验证：请先在此处完成设置，再进行其他操作。
account-two-step-code-hint = 身份验证器应用当前为 Izde 显示的 6 位数字。
account-two-step-on = 已开启：登录时需要输入身份验证器应用中的验证码。
account-two-step-code-off = 验证码（用于关闭）
account-two-step-turn-off = 关闭
account-two-step-scan = 用身份验证器应用（Aegis、FreeOTP、Google Authenticator…）扫描此码，或在应用中输入密钥。然后输入应用显示的验证码。
account-two-step-key = 密钥：
account-two-step-code-app = 应用中的验证码
account-two-step-turn-on = 开启
account-two-step-off = 未开启。开启后，仅凭被盗的密码无法打开您的账户。
account-two-step-set-up = 设置两步验证
account-two-step-bad-code = 验证码不正确：请输入应用当前显示的 6 位数字
account-two-step-already-on = 您的账户已开启两步验证。
account-two-step-admins-keep = 管理员必须保持两步验证开启：本系统的设置有此要求。

## 审计日志
admin-audit-title = 审计日志
admin-audit-hint = 按顺序记录每一次更改、每一次对姓名和其他敏感字段的读取、每一次披露、登录和导出。条目只保存标识符和加密值的哈希，从不保存值本身。每个条目都带有前一个条目的哈希，因此数据库中任何条目被修改或删除，都会使链条从该处起断裂。
admin-audit-chain-intact = { $count ->
   *[other] 链条完整：刚刚验证了 { $count } 个条目。链头
}
admin-audit-chain-broken = 链条在第 { $seq } 个条目处断裂：
admin-audit-chain-broken-advice = 。从该处起的条目均不可信：请与备份比对并调查。
admin-audit-matches = { $count ->
   *[other] 共 { $count } 个条目符合条件。
}
admin-audit-when = 时间（UTC）
admin-audit-who = 用户
admin-audit-action = 操作
admin-audit-record = 记录
admin-audit-change = 之前 → 之后
admin-audit-cases = { $count ->
   *[other] { $count } 个案件
}
admin-audit-record-case = 案件 { $id }
admin-audit-record-testifier = 证人 { $id }
admin-audit-record-event = 事件 { $id }
admin-audit-record-source = 来源 { $id }
admin-audit-record-detention = 拘押 { $id }
admin-audit-record-testimony = 证词 { $id }
admin-audit-record-user = 用户 { $id }
admin-audit-record-reveal = 披露 { $id }
admin-audit-record-export = 导出 { $id }
admin-audit-record-place = 地点 { $id }
admin-audit-record-evidence = 证据 { $id }
admin-audit-deleted-account = 已删除的账户
admin-audit-pages = 分页
admin-audit-newer = ← 较新
admin-audit-older = 较早 →
admin-audit-filter-label = 筛选审计日志
admin-audit-filter-who = 用户（用户名）
admin-audit-filter-any = 全部
admin-audit-filter-record = 记录标识符
admin-audit-filter-from = 起始（YYYY-MM-DD）
admin-audit-filter-to = 截止（YYYY-MM-DD）
admin-audit-filter = 筛选
admin-audit-clear = 清除

## 地点
places-title = 地点
places-hint = 地名录列出新疆的地州和县市（以及境外地点）。证词中提到的乡镇或村可以在这里添加到所属县下，并填写各种文字的名称。之后志愿者可在所有地点选择器中找到它。添加地点会记录在审计日志中；一旦可能有案件指向某地点，该地点便不能删除。
places-village = 村
places-township = 乡镇
places-add-title = 添加乡镇或村
places-parent = 所属
places-parent-hint = 所属县（村也可以添加到之前添加的乡镇下）。
places-level = 地点类型
places-name-en = 拉丁字母名称
places-name-en-hint = 按维权人士的写法，例如 Qaraqara。
places-name-kk = 哈萨克文名称（西里尔字母）
places-name-ug = 维吾尔文名称（阿拉伯字母）
places-name-zh = 中文名称
places-name-zh-hint = 官方名称，如身份证或判决书上所写（如已知）。
places-add = 添加地点
places-added-title = 已添加的地点
places-empty = 尚未添加任何地点。
places-place = 地点
places-kind = 类型
places-kazakh = 哈萨克文
places-uyghur = 维吾尔文
places-chinese = 中文
places-added = 添加时间
places-kind-village = 村
places-kind-township = 乡镇
places-added-by = { $when }，由 { $username } 添加

## 重复记录
dup-title = 可能的重复记录
dup-lede = 在其中一个案件保存时，姓名索引发现相似的案件——同一姓名的其他拼写或文字，或相同的身份证号码。请打开两个案件（各在新标签页中）比较后再作决定。打开此页面即视为读取其中的每个案件，并会记入审计日志。
dup-empty = 没有等待决定的配对。
dup-found-intake = 于 { $when } UTC 录入时发现
dup-found-intake-by = 于 { $when } UTC 录入时发现，录入者 { $username }
dup-found-edit = 于 { $when } UTC 编辑案件时发现
dup-found-edit-by = 于 { $when } UTC 编辑案件时发现，编辑者 { $username }
dup-saved = 已保存的
dup-looks-like = 相似于（较早记录的）
dup-said-different = 保存者表示这是另一个人。
dup-compare = 比较并合并…
dup-different = 不同的人
dup-born = 生于 { $year } 年
dup-missing-since = 自 { $year } 年失踪

## 合并
merge-title = 合并同一人的两条记录
merge-back = 返回可能的重复记录
merge-testifiers = { $count ->
   *[other] { $count } 位证人
}
merge-testimonies = { $count ->
   *[other] { $count } 份证词
}
merge-detentions = { $count ->
   *[other] { $count } 次拘押
}
merge-events = { $count ->
   *[other] { $count } 个事件
}
merge-sources = { $count ->
   *[other] { $count } 个来源
}
merge-contents = { $list }。
merge-list-separator = 、
merge-nothing = 其下尚无任何记录。
merge-keep-address = 保留此案件的地址
merge-lede = 两个案件下记录的所有内容——证人、证词、拘押、事件、来源、陈述及其审核——都将保留在同一个案件下。请选择保留哪个地址（另一个地址此后将指向它），并对每个不同的档案字段选择正确的值。两者的其他拼写、别名和身份证号码都会保留；未被选中的姓名成为另一种拼写。两段历史都仍可查阅。
merge-which-keeps = 哪个案件保留其地址？
merge-saved-later = 较晚保存的
merge-recorded-before = 较早记录的
merge-profile = 失踪者档案
merge-field = 字段
merge-notes = 为什么这是同一个人？
merge-notes-hint = 例如：“身份证号码相同；他的兄弟于 12 月 3 日电话确认”。与案件一起加密保存。
merge-submit = 合并为一个案件
merge-cancel = 取消
merge-both-kept = 两者都保留。
merge-keep-both = 两者都保留，保留案件的值在前

# What a role is refused.
access-refused-enter-testimonies = 您的账户（{ $role }）无权录入新的证词。
access-refused-find-testifiers = 您的账户（{ $role }）无权按姓名查找证人。
access-refused-add-places = 您的账户（{ $role }）无权向地名录添加地点。
access-refused-see-added-places = 您的账户（{ $role }）无权查看地名录中添加的地点。
access-refused-review-claims = 您的账户（{ $role }）无权审核陈述（由管理员审核）。
access-refused-merge-cases = 您的账户（{ $role }）无权合并案件。
access-refused-read-cases = 您的账户（{ $role }）无权阅读案件。
access-refused-search-by-name = 您的账户（{ $role }）无权按姓名搜索案件。
access-refused-check-duplicates = 您的账户（{ $role }）无权检查新证词是否重复。
access-refused-review-duplicates = 您的账户（{ $role }）无权审查可能重复的案件。
access-refused-decide-duplicates = 您的账户（{ $role }）无权决定可能重复的案件。
access-refused-erase-cases = 您的账户（{ $role }）无权抹除案件。
access-refused-request-reveals = 您的账户（{ $role }）无权请求显示姓名（由研究员请求）。
access-refused-decide-reveals = 您的账户（{ $role }）无权决定显示姓名的请求。
access-refused-see-reveals = 您的账户（{ $role }）无权查看显示姓名的请求。
access-refused-manage-accounts = 您的账户（{ $role }）无权管理账户。
access-refused-assign-cases = 您的账户（{ $role }）无权指派案件。
access-refused-change-settings = 您的账户（{ $role }）无权更改设置。
access-refused-read-audit-log = 您的账户（{ $role }）无权阅读审计日志。

## Personal API tokens (the account page; every account's tokens on the admins' accounts page)
api-tokens-title = API 令牌
api-tokens-hint = 个人令牌让您自己的脚本通过 Izde 的只读 API 读取您在这些页面上能读取的内容，按您的角色，绝不更多。它只能读取。过期、被您撤销或您的账户被停用时即失效。请像密码一样保管。API 说明：/api/v1/openapi.json。
api-tokens-none = 还没有令牌。
api-tokens-name = 名称
api-tokens-name-hint = 令牌的用途，例如“笔记本电脑上的分析笔记”。不要在此写任何人的姓名。
api-tokens-lasts = 有效期
api-tokens-days = { $count } 天
api-tokens-make = 生成令牌
api-tokens-new = 新令牌
api-tokens-made = 您的新令牌“{ $name }”，有效期至 { $when }：
api-tokens-copy-now = 请立即复制并妥善保存：它只显示这一次。Izde 只保存它的指纹，无法再次显示。
api-tokens-created = 创建时间
api-tokens-expires = 过期时间
api-tokens-last-used = 最近使用
api-tokens-never-used = 从未使用
api-tokens-active = 有效
api-tokens-expired = 已过期
api-tokens-revoked-on = 已于 { $when } 撤销
api-tokens-revoke = 撤销
api-tokens-revoke-named = 撤销令牌 { $name }
api-tokens-all-title = 所有账户的 API 令牌
api-tokens-all-hint = 每个令牌都按其账户当前的角色读取。请撤销可能已泄露的令牌；停用账户会使其所有令牌失效。
api-token-name-required = 请为令牌命名
api-token-no-account = 只有账户才能拥有 API 令牌。
admin-audit-record-api-token = API 令牌 { $id }

## Read API errors (JSON answers of /api/v1)
api-error-missing-token = 此请求没有携带 API 令牌：请发送 “Authorization: Bearer” 请求头，后接您的令牌。
api-error-invalid-token = 此 API 令牌无效：可能已被撤销，或其账户已被停用。请在账户页面生成新令牌。
api-error-token-expired = 此 API 令牌已过期。请在账户页面生成新令牌。
api-error-rate-limited = 此令牌的请求过多：请等待 { $seconds } 秒后重试。
api-error-unknown-parameter = 此接口不接受参数“{ $name }”。
api-error-invalid-filter = “{ $name }”的这个值不被接受（参见 API 说明）。
api-error-invalid-cursor = 此游标不是 Izde 给出的：请原样传回上一次响应的 next_cursor。
api-error-cursor-mismatch = 此游标属于筛选条件不同的列表：请使用相同的筛选条件，或不带游标重新开始。
api-error-read-only = 此 API 只读：请使用 GET。
