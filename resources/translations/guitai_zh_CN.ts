<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditHome</name>
    <message>
        <location filename="../../ui/audit/home.py" line="143"/>
        <source>Give the date as YYYY-MM-DD, e.g. 2026-01-31.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期，例如 2026-01-31。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="150"/>
        <source>Searching the audit trail on the server…</source>
        <translation>正在服务器上检索审计记录…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="179"/>
        <source>Search by customer number, user, action or date; Enter searches, Enter on a row opens the customer.</source>
        <translation>可按客户号、用户、操作或日期检索；按 Enter 检索，在某行上按 Enter 打开该客户。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="185"/>
        <source>%1 events found.</source>
        <translation>找到 %1 条事件。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="187"/>
        <source>%1 shown by the filter.</source>
        <translation>筛选后显示 %1 条。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="189"/>
        <source>Only the newest are listed: narrow the search.</source>
        <translation>仅列出最新的记录：请缩小检索范围。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="208"/>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="209"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="210"/>
        <source>&amp;Action:</source>
        <translation>操作(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="211"/>
        <source>Si&amp;nce:</source>
        <translation>起始日期(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="212"/>
        <source>Fi&amp;lter shown:</source>
        <translation>筛选结果(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="217"/>
        <source>customer number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="218"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="219"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="220"/>
        <source>any text of the rows shown</source>
        <translation>所显示行中的任意文字</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="221"/>
        <source>any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="225"/>
        <source>Sea&amp;rch</source>
        <translation>检索(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AuditModels</name>
    <message>
        <location filename="../../ui/models/audit.py" line="42"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="43"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="44"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="45"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="46"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="47"/>
        <source>What</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="48"/>
        <source>Old → new</source>
        <translation>旧值 → 新值</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="52"/>
        <source>viewed</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="53"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="54"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="55"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="56"/>
        <source>showed whole</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="57"/>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="58"/>
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="59"/>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="60"/>
        <source>sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="61"/>
        <source>locked</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="62"/>
        <source>unlocked</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="63"/>
        <source>settled</source>
        <translation>已处理</translation>
    </message>
</context>
<context>
    <name>AuditRefusals</name>
    <message>
        <location filename="../../ui/audit/refusals.py" line="18"/>
        <source>Your role may not read the audit trail this way.</source>
        <translation>您的角色无权以此方式查阅审计记录。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="22"/>
        <source>This customer belongs to another branch: its history is not yours to see.</source>
        <translation>该客户属于其他网点：您无权查看其历史记录。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="27"/>
        <source>The server cannot be reached: the audit trail is searched there.</source>
        <translation>无法连接服务器：审计记录需在服务器上检索。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="31"/>
        <source>This server does not offer the audit search yet (an older version).</source>
        <translation>该服务器尚不支持审计检索（版本较旧）。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="34"/>
        <source>The server refused the search: %1</source>
        <translation>服务器拒绝了检索：%1</translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="40"/>
        <source>Offline: the audit trail is searched on the server. Try again when online.</source>
        <translation>离线：审计记录需在服务器上检索，请联网后重试。</translation>
    </message>
</context>
<context>
    <name>AuditUi</name>
    <message>
        <location filename="../../ui/audit/install.py" line="97"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/audit/install.py" line="99"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/audit/install.py" line="101"/>
        <source>Find and open customers (Ctrl+1)</source>
        <translation>查找并打开客户（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../ui/audit/install.py" line="102"/>
        <source>Search the audit trail on the server (Ctrl+2)</source>
        <translation>在服务器上检索审计记录（Ctrl+2）</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/work/booking.py" line="33"/>
        <source>Book appointment — %1</source>
        <translation>预约 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="39"/>
        <source>&amp;RM</source>
        <translation>客户经理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="40"/>
        <source>Free &amp;slot</source>
        <translation>空闲时段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="41"/>
        <source>&amp;Purpose</source>
        <translation>事由(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="46"/>
        <source>The booking is tentative until it is uploaded and the server confirms it.</source>
        <translation>预约在上传并经服务器确认之前为暂定。</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="98"/>
        <source>No free slot in the next 14 days.</source>
        <translation>未来 14 天内没有空闲时段。</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="103"/>
        <source>Choose an RM.</source>
        <translation>请选择客户经理。</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="107"/>
        <source>Choose a free slot.</source>
        <translation>请选择一个空闲时段。</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="165"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="166"/>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="167"/>
        <source>Take &amp;theirs</source>
        <translation>采用服务器的(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="168"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="169"/>
        <source>&amp;Send again</source>
        <translation>重新发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="170"/>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="171"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="213"/>
        <source>%1 change(s) could not be uploaded as they are and need you.</source>
        <translation>有 %1 项修改无法按原样上传，需要您处理。</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="218"/>
        <source>No conflicts: every change is uploaded or waiting to.</source>
        <translation>没有冲突：所有修改均已上传或正在等待上传。</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="232"/>
        <source>Someone changed the same field on the server after you. Mine is what you wrote, Server what it has now, Original what it was before both changes.</source>
        <translation>在您之后，有人在服务器上修改了同一字段。“我的”是您填写的值，“服务器”是服务器当前的值，“原值”是两次修改之前的值。</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="238"/>
        <source>The server refused this change: %1</source>
        <translation>服务器拒绝了此修改：%1</translation>
    </message>
</context>
<context>
    <name>ConflictsInbox</name>
    <message>
        <location filename="../../ui/conflicts/install.py" line="49"/>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/install.py" line="50"/>
        <source>Open the conflicts inbox</source>
        <translation>打开冲突收件箱</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/install.py" line="125"/>
        <source>Settled — your change is saved locally and uploads now</source>
        <translation>已处理 — 您的修改已保存在本机，正在上传</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/install.py" line="127"/>
        <source>Settled — the server&apos;s value stays</source>
        <translation>已处理 — 保留服务器的值</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="74"/>
        <source>Edit contact — %1</source>
        <translation>修改联系方式 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="77"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="78"/>
        <source>&amp;E-mail</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="79"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="88"/>
        <source>Leave a field blank to keep what the customer has.</source>
        <translation>留空的栏位保持客户现有的信息不变。</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="96"/>
        <source>Fill in at least one of phone, e-mail, address.</source>
        <translation>请至少填写电话、电子邮件、地址中的一项。</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>The disk of this computer is full, so Guitai cannot save or download. Free some space (or ask IT); your work so far is kept.</source>
        <translation>本机磁盘已满，柜台无法保存或下载。请释放一些空间（或联系 IT）；已完成的工作都已保留。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Guitai</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>Guitai: something went wrong</source>
        <translation>柜台：出现错误</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>Guitai ran into an error of its own. What you saved is safe; the action you were doing may not have finished. Please send this log file to IT:
%1</source>
        <translation>柜台程序内部出错。已保存的内容是安全的；刚才的操作可能没有完成。请将此日志文件发给 IT：
%1</translation>
    </message>
</context>
<context>
    <name>Customer360View</name>
    <message>
        <location filename="../../ui/widgets/customer.py" line="262"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="267"/>
        <source>Reading the history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="269"/>
        <source>Nothing recorded for this customer yet.</source>
        <translation>该客户尚无记录。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="271"/>
        <source>From the server: the changes and views of every workstation.</source>
        <translation>来自服务器：所有工作站的修改与查看记录。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="274"/>
        <source>From this computer&apos;s copy of the audit trail, as far as the last sync brought it.</source>
        <translation>来自本机的审计记录副本，截至上次同步。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="277"/>
        <source>Only the newest %1 are shown.</source>
        <translation>仅显示最新的 %1 条。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="302"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="303"/>
        <source>Next appointment</source>
        <translation>下次预约</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="304"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="305"/>
        <source>Profitability</source>
        <translation>盈利贡献</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="306"/>
        <location filename="../../ui/widgets/customer.py" line="388"/>
        <source>Related parties</source>
        <translation>关联方</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="307"/>
        <location filename="../../ui/widgets/customer.py" line="391"/>
        <source>External data</source>
        <translation>外部数据</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="309"/>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="310"/>
        <source>Open tasks</source>
        <translation>待办任务</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="311"/>
        <source>Referrals</source>
        <translation>商机转介</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="312"/>
        <source>Offers</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="340"/>
        <source>Find a customer on the left, then press Enter to open the relationship.</source>
        <translation>在左侧查找客户，按回车键打开客户全景视图。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="352"/>
        <source>No segment</source>
        <translation>未分层</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="365"/>
        <source>Customer %1</source>
        <translation>客户号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="366"/>
        <source>ID %1</source>
        <translation>证件号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="367"/>
        <source>RM %1</source>
        <translation>客户经理 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="368"/>
        <source>KYC review %1</source>
        <translation>KYC 复核 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="376"/>
        <source>No contact data.</source>
        <translation>无联系方式。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="379"/>
        <source>None booked.</source>
        <translation>暂无预约。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="386"/>
        <source>Net profit, last 12 months: %1</source>
        <translation>近 12 个月净利润：%1</translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message>
        <location filename="../../ui/audit/history.py" line="77"/>
        <source>History is read from the server: it shows when online.</source>
        <translation>历史记录从服务器读取：联网后显示。</translation>
    </message>
</context>
<context>
    <name>CustomerModels</name>
    <message>
        <location filename="../../ui/models/customer.py" line="22"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="26"/>
        <location filename="../../ui/models/customer.py" line="115"/>
        <location filename="../../ui/models/customer.py" line="139"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="29"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="32"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="37"/>
        <source>Net profit (12 m)</source>
        <translation>净利润（12 个月）</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="42"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="45"/>
        <source>Other holders</source>
        <translation>其他持有人</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="54"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="56"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="60"/>
        <source>Number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="72"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="76"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="79"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="82"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="86"/>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="98"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="101"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="103"/>
        <location filename="../../ui/models/customer.py" line="127"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="118"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="122"/>
        <source>Expected value</source>
        <translation>预期金额</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="142"/>
        <source>Reason</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="145"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="150"/>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="163"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="166"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="170"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="173"/>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
</context>
<context>
    <name>EditValuesDialog</name>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="46"/>
        <source>Edit the values to keep</source>
        <translation>编辑要保留的值</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="56"/>
        <source>Server: %1 — original: %2</source>
        <translation>服务器：%1 — 原值：%2</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/work/choices.py" line="105"/>
        <source>Segment feedback — %1</source>
        <translation>客群反馈 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="109"/>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="110"/>
        <source>Disagree</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="111"/>
        <source>Suggest another segment</source>
        <translation>建议其他客群</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="116"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="118"/>
        <source>&amp;Verdict</source>
        <translation>意见(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="119"/>
        <source>S&amp;uggested segment</source>
        <translation>建议的客群(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="120"/>
        <source>&amp;Comment</source>
        <translation>备注(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="145"/>
        <source>Head office has not put this customer in a segment.</source>
        <translation>总行尚未将此客户划入客群。</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="155"/>
        <source>This customer has no segment.</source>
        <translation>此客户没有客群。</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="160"/>
        <source>Choose the segment you suggest instead.</source>
        <translation>请选择您建议的客群。</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../ui/conflicts/models.py" line="137"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="137"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="137"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="137"/>
        <source>Original</source>
        <translation>原值</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/lock.py" line="199"/>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="270"/>
        <source>Wrong password. The screen stays locked.</source>
        <translation>密码错误，屏幕保持锁定。</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="274"/>
        <source>The password could not be checked: %1</source>
        <translation>无法验证密码：%1</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="40"/>
        <source>Log interaction — %1</source>
        <translation>记录接触 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="47"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="48"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="49"/>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="50"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="51"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../ui/conflicts/models.py" line="80"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="80"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="80"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="80"/>
        <source>Reported</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="101"/>
        <source>In conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="101"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="131"/>
        <source>Guitai is locked</source>
        <translation>柜台已锁定</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="133"/>
        <source>Signed in as %1. Enter your password to go on.</source>
        <translation>已登录用户：%1。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="135"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="136"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="146"/>
        <source>Checking …</source>
        <translation>正在验证…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="94"/>
        <source>Opening %1 …</source>
        <translation>正在打开 %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <source>Guitai — %1</source>
        <translation>柜台 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="123"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="124"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="125"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="153"/>
        <source>Cache open: %1</source>
        <translation>本地缓存已打开：%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="157"/>
        <source>The cache could not be opened: %1</source>
        <translation>无法打开本地缓存：%1</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../ui/sync_ui.py" line="43"/>
        <source>Offline: your work is saved on this computer and uploads when the server can be reached again.</source>
        <translation>离线：您的工作已保存在本机，服务器恢复连接后将自动上传。</translation>
    </message>
</context>
<context>
    <name>ProfitChart</name>
    <message>
        <location filename="../../ui/widgets/chart.py" line="74"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="75"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="76"/>
        <source>Net</source>
        <translation>净利润</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="91"/>
        <source>Profitability, last 12 months (%1)</source>
        <translation>近 12 个月盈利贡献（%1）</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/work/choices.py" line="53"/>
        <source>Refer to an RM — %1</source>
        <translation>转介客户经理 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="60"/>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="61"/>
        <source>&amp;RM</source>
        <translation>客户经理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="62"/>
        <source>&amp;Expected value</source>
        <translation>预计金额(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="63"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="87"/>
        <source>Choose a product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="88"/>
        <source>Choose the RM to pass the lead to.</source>
        <translation>请选择接收商机的客户经理。</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/models/search.py" line="19"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="24"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="26"/>
        <source>Number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="28"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="29"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="30"/>
        <source>Latin name</source>
        <translation>拼音/英文名</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="77"/>
        <source>Not on this computer yet: opens from the server</source>
        <translation>本机尚无此客户：将从服务器打开</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/widgets/search.py" line="129"/>
        <source>Search: name, pinyin, initials, phone, ID or account number  (Ctrl+F)</source>
        <translation>搜索：姓名、拼音、首字母、电话、证件号或账号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="139"/>
        <source>Opening %1 from the server …</source>
        <translation>正在从服务器打开 %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="142"/>
        <source>Type to search the customers on this workstation.</source>
        <translation>输入即可搜索本机缓存的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="145"/>
        <source>No customer found.</source>
        <translation>未找到客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search.py" line="147"/>
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>找到 %n 位客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search.py" line="150"/>
        <source>%n more on the server.</source>
        <translation>
            <numerusform>服务器上另有 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="205"/>
        <source>The server could not open this customer: %1</source>
        <translation>服务器无法打开此客户：%1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signin.py" line="143"/>
        <source>Sign in to Guitai</source>
        <translation>登录柜台</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="147"/>
        <source>Sign in with your bank user name and password. The first sign-in on this computer needs the network.</source>
        <translation>请使用银行用户名和密码登录。在本机首次登录需要联网。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="152"/>
        <source>Sign in again to keep your work in step with the bank.</source>
        <translation>请重新登录，以便与银行保持同步。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="154"/>
        <source>&amp;Server address:</source>
        <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="155"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="156"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="157"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="158"/>
        <source>&amp;Repeat new password:</source>
        <translation>确认新密码(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="162"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="174"/>
        <source>Fill in the server address, user name and password.</source>
        <translation>请填写服务器地址、用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="178"/>
        <source>The two new passwords differ. Type them again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="181"/>
        <source>Signing in …</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="256"/>
        <source>This is a one-time password. Choose a new password of at least %1 characters, type it twice and sign in.</source>
        <translation>这是一次性密码。请设置至少 %1 个字符的新密码，输入两次后登录。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="261"/>
        <source>The new password is shorter than %1 characters or the same as the old one. Choose another.</source>
        <translation>新密码少于 %1 个字符，或与旧密码相同。请另选一个。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="266"/>
        <source>The server %1 cannot be reached. Check the network and the server address, then try again.</source>
        <translation>无法连接服务器 %1。请检查网络和服务器地址后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="271"/>
        <source>This computer does not trust the server&apos;s certificate, so your password was not sent. Ask IT to check the certificate (guitai doctor shows the details).</source>
        <translation>本机不信任该服务器的证书，因此没有发送您的密码。请联系 IT 检查证书（guitai doctor 可显示详情）。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="275"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="277"/>
        <source>The disk of this computer is full. Free some space and try again.</source>
        <translation>本机磁盘已满。请释放一些空间后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="279"/>
        <source>Signing in did not work: %1</source>
        <translation>登录未成功：%1</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="280"/>
        <source>Signing in failed on an internal error; the log has the details.</source>
        <translation>登录时发生内部错误；详情见日志。</translation>
    </message>
</context>
<context>
    <name>SyncErrorDialogs</name>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <location filename="../../ui/errors.py" line="176"/>
        <source>Guitai</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="182"/>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="184"/>
        <source>Your sign-in has expired, so Guitai cannot sync with the bank. Your work is kept on this computer and uploads after you sign in again.</source>
        <translation>您的登录已过期，柜台无法与银行同步。您的工作保存在本机，重新登录后会自动上传。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="191"/>
        <source>Sign in …</source>
        <translation>登录…</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="192"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="199"/>
        <source>The disk of this computer is full, so Guitai cannot save or download. Free some space (or ask IT); your work so far is kept.</source>
        <translation>本机磁盘已满，柜台无法保存或下载。请释放一些空间（或联系 IT）；已完成的工作都已保留。</translation>
    </message>
</context>
<context>
    <name>SyncLine</name>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="53"/>
        <source>Saved locally</source>
        <translation>已保存在本机</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="54"/>
        <source>Uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="55"/>
        <source>In conflict</source>
        <translation>存在冲突</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="69"/>
        <source>Not synced with the server yet</source>
        <translation>尚未与服务器同步</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="71"/>
        <source>Synced %1</source>
        <translation>同步于 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="74"/>
        <source>Latest change of this data: %1</source>
        <translation>此数据最近变更：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/sync_line.py" line="88"/>
        <source>%n more change(s)</source>
        <translation>
            <numerusform>另有 %n 项变更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../ui/sync_menu.py" line="34"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_menu.py" line="35"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/sync_menu.py" line="36"/>
        <source>Upload and download changes with the server now</source>
        <translation>现在就与服务器上传和下载更改</translation>
    </message>
    <message>
        <location filename="../../ui/sync_menu.py" line="51"/>
        <source>Syncing with the server…</source>
        <translation>正在与服务器同步…</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../../ui/sync_ui.py" line="71"/>
        <source>Downloading: %1 rows</source>
        <translation>正在下载：%1 行</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/status.py" line="45"/>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="45"/>
        <source>● Offline</source>
        <translation>● 离线</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="51"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="52"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="53"/>
        <source>Pending uploads: %1</source>
        <translation>待上传：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="54"/>
        <source>Conflicts: %1</source>
        <translation>冲突：%1</translation>
    </message>
</context>
<context>
    <name>TableLabel</name>
    <message>
        <location filename="../../client/schema/registry.py" line="138"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="139"/>
        <source>Member of staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="140"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="141"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="142"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="143"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="146"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="155"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="160"/>
        <source>Consent</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="163"/>
        <source>Interaction</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="168"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="171"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="179"/>
        <source>Account holder</source>
        <translation>账户持有人</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="186"/>
        <source>Account history</source>
        <translation>账户历史</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="194"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="201"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="208"/>
        <source>Household member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="214"/>
        <source>Segment feedback</source>
        <translation>客群反馈</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="219"/>
        <source>Offer</source>
        <translation>产品推荐</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="220"/>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="223"/>
        <source>Calendar</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="229"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="236"/>
        <source>External record</source>
        <translation>外部数据</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="242"/>
        <source>Audit event</source>
        <translation>审计记录</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="106"/>
        <source>Follow-up task — %1</source>
        <translation>跟进任务 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="113"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="115"/>
        <source>&amp;Due on</source>
        <translation>到期日(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="348"/>
        <source>This could not be done because of an internal error (see the log).</source>
        <translation>由于内部错误，无法完成此操作（请查看日志）。</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../ui/terms.py" line="10"/>
        <source>open</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="11"/>
        <source>dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="12"/>
        <source>blocked</source>
        <translation>冻结</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="13"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="14"/>
        <source>tentative</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="15"/>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="16"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="17"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="18"/>
        <source>counter</source>
        <translation>柜台</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="19"/>
        <source>call_centre</source>
        <translation>电话中心</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="20"/>
        <source>internet</source>
        <translation>网银</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="21"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="22"/>
        <source>home</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="23"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="24"/>
        <source>email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="25"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="26"/>
        <source>individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="27"/>
        <source>business</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="28"/>
        <source>primary</source>
        <translation>主持有人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="29"/>
        <source>joint</source>
        <translation>联名</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="30"/>
        <source>authorised</source>
        <translation>授权人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="31"/>
        <source>visit</source>
        <translation>到访</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="32"/>
        <source>call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="33"/>
        <source>meeting</source>
        <translation>会面</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="34"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="35"/>
        <source>service_request</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="36"/>
        <source>prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="37"/>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="38"/>
        <source>suggested</source>
        <translation>待推荐</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="39"/>
        <source>presented</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="40"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="41"/>
        <source>declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="42"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="43"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="44"/>
        <source>contacted</source>
        <translation>已联系</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="45"/>
        <source>qualified</source>
        <translation>已确认需求</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="46"/>
        <source>proposal</source>
        <translation>方案中</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="47"/>
        <source>won</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="48"/>
        <source>lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="49"/>
        <source>same household as</source>
        <translation>同一家庭</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="50"/>
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="51"/>
        <source>parent of</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="52"/>
        <source>child of</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="53"/>
        <source>director of</source>
        <translation>担任董事</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="54"/>
        <source>has director</source>
        <translation>董事</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="55"/>
        <source>guarantor for</source>
        <translation>为其担保</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="56"/>
        <source>guaranteed by</source>
        <translation>担保人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="57"/>
        <source>employee of</source>
        <translation>任职于</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="58"/>
        <source>employer of</source>
        <translation>雇主</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="59"/>
        <source>beneficial owner of</source>
        <translation>受益所有人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="60"/>
        <source>beneficially owned by</source>
        <translation>受益所有人为</translation>
    </message>
</context>
<context>
    <name>WorkActions</name>
    <message>
        <location filename="../../ui/work/actions.py" line="67"/>
        <source>&amp;Work</source>
        <translation>业务(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="69"/>
        <source>Log &amp;interaction…</source>
        <translation>记录接触(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="70"/>
        <source>&amp;Edit contact…</source>
        <translation>修改联系方式(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="71"/>
        <source>Follow-up &amp;task…</source>
        <translation>跟进任务(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="72"/>
        <source>&amp;Refer to an RM…</source>
        <translation>转介客户经理(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="73"/>
        <source>&amp;Book appointment…</source>
        <translation>预约(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="74"/>
        <source>Se&amp;gment feedback…</source>
        <translation>客群反馈(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="123"/>
        <source>Appointment saved locally as tentative — the server confirms it once uploaded</source>
        <translation>预约已在本地保存为暂定 — 上传后由服务器确认</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="126"/>
        <source>Saved locally — waiting to upload</source>
        <translation>已在本地保存 — 等待上传</translation>
    </message>
</context>
<context>
    <name>WorkForm</name>
    <message>
        <location filename="../../ui/work/form.py" line="25"/>
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="26"/>
        <source>This is not an e-mail address.</source>
        <translation>这不是电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="27"/>
        <source>A phone number needs digits.</source>
        <translation>电话号码需要包含数字。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="28"/>
        <source>This date is in the past.</source>
        <translation>此日期已经过去。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="29"/>
        <source>This is not an amount.</source>
        <translation>这不是金额。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="30"/>
        <source>The amount must be zero or more.</source>
        <translation>金额必须大于或等于零。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="31"/>
        <source>Choose the segment you suggest instead.</source>
        <translation>请选择您建议的客群。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="34"/>
        <source>The RM is already booked at that time; choose another slot.</source>
        <translation>该客户经理此时段已有预约,请选择其他时段。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="49"/>
        <source>Too long: at most %1 characters.</source>
        <translation>太长:最多 %1 个字符。</translation>
    </message>
</context>
</TS>
