skip-to-content = 跳到正文
brand-tagline = 失踪者的证词
dev-key-title = 开发密钥——不可用于真实证词。
dev-key-body = 此服务器使用在其数据库旁生成的密钥加密。仅可用虚构数据试用 Izde。
sealed-title = 已封存。
sealed-body = 在管理员用口令解封此服务器之前，记录一直保持加密。

nav-main = 主导航
nav-cases = 案件
nav-statistics = 统计
nav-timeline = 时间线
nav-release-alerts = 已过释放日期
nav-export = 导出
nav-new-testimony = 新证词
nav-reveals = 披露请求
nav-duplicates = 重复记录
nav-places = 地点
nav-accounts = 账户
nav-audit = 审计日志
log-out = 退出

role-admin = 管理员
role-researcher = 研究员
role-volunteer = 志愿者

language-label = 语言
language-apply = 切换

not-found-title = 未找到
not-found-body = 此地址没有内容。
back-to-cases = 返回案件列表
pager = 分页
pager-previous = ← 上一页
pager-next = 下一页 →

encrypted-mark = 已加密
encrypted-mark-spoken = （存储前加密）
form-cancel = 取消
form-nothing-saved = 未保存任何内容。每个问题都标在下方相应字段旁；您输入的内容都还在。
checkboxes-empty = 暂无可选项。
footer-note = Izde 对姓名、联系方式、陈述和文字记录加密保存。此页面不从任何其他网站加载内容。
language-unknown = Izde 没有这种语言。请从列表中选择。
database-unavailable = Izde 暂时无法连接数据库。请稍后再试。
