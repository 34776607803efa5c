<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/homes/feedback.py" line="101"/>
        <source>the whole segment %1</source>
        <translation>整个分群 %1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="103"/>
        <source>Answer the feedback — %1</source>
        <translation>答复反馈 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="108"/>
        <source>%1 (%2) said of %3: %4. Reason: %5</source>
        <translation>%1（%2）对 %3 的意见：%4。理由：%5</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="115"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="117"/>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="122"/>
        <source>Re&amp;ply to the branch</source>
        <translation>给网点的答复(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="137"/>
        <source>Send the answer</source>
        <translation>发送答复</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="173"/>
        <source>The customer moves to %1 at once and stays there whatever the rules say, until head office lifts it.</source>
        <translation>客户立即调入 %1，不论规则如何都留在该分群，直到总行撤销。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="177"/>
        <source>The branch reads that head office agrees; nobody moves.</source>
        <translation>网点将看到总行同意；客户不调整分群。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="179"/>
        <source>The customer stays where the rules put them.</source>
        <translation>客户留在规则划定的分群。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="180"/>
        <source>Ctrl+Enter sends.</source>
        <translation>按 Ctrl+Enter 发送。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="189"/>
        <source>Write a reply for the branch first.</source>
        <translation>请先填写给网点的答复。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="193"/>
        <source>Offline: head office answers on the server; try again online.</source>
        <translation>离线：总行的答复需在服务器上提交，请联网后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="219"/>
        <source>Not answered: %1</source>
        <translation>未答复：%1</translation>
    </message>
</context>
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
    <name>BalanceChart</name>
    <message>
        <location filename="../../ui/widgets/chart.py" line="179"/>
        <source>Balance, last 24 months (CNY)</source>
        <translation>近 24 个月余额（人民币）</translation>
    </message>
</context>
<context>
    <name>BookHome</name>
    <message>
        <location filename="../../ui/homes/book.py" line="81"/>
        <source>Reading your book …</source>
        <translation>正在读取您的客户 …</translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="158"/>
        <source>%1 customers in your book.</source>
        <translation>您负责的客户共 %1 位。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="161"/>
        <source>%1 of %2 customers shown.</source>
        <translation>显示 %2 位客户中的 %1 位。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="165"/>
        <source>Enter opens a customer.</source>
        <translation>按回车打开客户。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="169"/>
        <source>Fi&amp;lter</source>
        <translation>筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="170"/>
        <source>Number, name, pinyin or segment</source>
        <translation>编号、姓名、拼音或客户分层</translation>
    </message>
</context>
<context>
    <name>BookModel</name>
    <message>
        <location filename="../../ui/models/book.py" line="48"/>
        <source>Customer</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="49"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="50"/>
        <source>Segment</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="51"/>
        <source>Balance (CNY)</source>
        <translation>余额（人民币）</translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="52"/>
        <source>Net profit 12 m (CNY)</source>
        <translation>近12个月净利润（人民币）</translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="53"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="54"/>
        <source>Next appointment</source>
        <translation>下次预约</translation>
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
    <name>BranchWeekHome</name>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="175"/>
        <source>Reading the branch&apos;s week …</source>
        <translation>正在读取网点本周情况 …</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="230"/>
        <source>Appointments per day</source>
        <translation>每日预约</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="238"/>
        <source>Pipeline: expected value by stage (thousand CNY; referrals)</source>
        <translation>商机：各阶段预期金额（千元人民币；转介数）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="245"/>
        <source>Branch %1, week of %2: %3 appointments · %4 open referrals worth %5 CNY · %6 tasks overdue · %7 KYC reviews overdue · %8 segment feedback, %9 answered</source>
        <translation>网点 %1，%2 这一周：%3 个预约 · %4 个未结转介，价值 %5 元 · %6 个逾期任务 · %7 个 KYC 复核逾期 · %8 条分群反馈，已答复 %9 条</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="261"/>
        <source>Appointments (%1)</source>
        <translation>预约 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="262"/>
        <source>Pipeline by stage</source>
        <translation>按阶段的商机</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="263"/>
        <source>Tasks overdue (%1)</source>
        <translation>逾期任务 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="264"/>
        <source>KYC overdue (%1)</source>
        <translation>KYC 逾期 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="265"/>
        <source>Segment feedback (%1)</source>
        <translation>分群反馈 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="276"/>
        <source>Enter on a row opens the customer.</source>
        <translation>在一行上按 Enter 打开该客户。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="280"/>
        <source>Fi&amp;lter</source>
        <translation>筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="281"/>
        <source>Any word of the lists</source>
        <translation>列表中的任意词</translation>
    </message>
</context>
<context>
    <name>BranchWeekModel</name>
    <message>
        <location filename="../../ui/models/branch_week.py" line="35"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="36"/>
        <location filename="../../ui/models/branch_week.py" line="58"/>
        <location filename="../../ui/models/branch_week.py" line="72"/>
        <location filename="../../ui/models/branch_week.py" line="88"/>
        <source>Customer</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="37"/>
        <location filename="../../ui/models/branch_week.py" line="59"/>
        <location filename="../../ui/models/branch_week.py" line="73"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="38"/>
        <source>RM</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="39"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="40"/>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="43"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="44"/>
        <source>Referrals</source>
        <translation>转介数</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="46"/>
        <source>Expected value (CNY)</source>
        <translation>预期金额（人民币）</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="52"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="54"/>
        <location filename="../../ui/models/branch_week.py" line="68"/>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="60"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="61"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="65"/>
        <source>Review date</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="85"/>
        <source>Given</source>
        <translation>提交日</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="86"/>
        <source>Segment</source>
        <translation>客户分层</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="91"/>
        <source>Verdict</source>
        <translation>意见类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="92"/>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="93"/>
        <source>Answer</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="94"/>
        <source>Reply</source>
        <translation>总行回复</translation>
    </message>
</context>
<context>
    <name>CalendarHome</name>
    <message>
        <location filename="../../ui/homes/calendar.py" line="272"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="273"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="274"/>
        <source>Marked as done</source>
        <translation>已标记为完成</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="275"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="278"/>
        <source>%1: %2 — saved locally, waiting to upload.</source>
        <translation>%1：%2 — 已保存在本机，等待上传。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="289"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="318"/>
        <source>Working hours set: %1 (%2-minute slots); %3 blocks made, %4 removed.</source>
        <translation>工作时间已设置：%1（每段 %2 分钟）；新建 %3 个时段，移除 %4 个。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="366"/>
        <source>%1 appointments, %2 of them tentative.</source>
        <translation>共 %1 个预约，其中 %2 个待确认。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="374"/>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="375"/>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="376"/>
        <source>◀ Before (Alt+Left)</source>
        <translation>◀ 上一段 (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="377"/>
        <source>After ▶ (Alt+Right)</source>
        <translation>下一段 ▶ (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="378"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="379"/>
        <source>Show working &amp;blocks</source>
        <translation>显示工作时段(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="380"/>
        <source>Fi&amp;lter</source>
        <translation>筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="381"/>
        <source>Customer, purpose or status</source>
        <translation>客户、事由或状态</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="383"/>
        <source>&amp;Confirm booking</source>
        <translation>确认预约(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="384"/>
        <source>D&amp;ecline booking</source>
        <translation>拒绝预约(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="385"/>
        <source>&amp;Mark done</source>
        <translation>标记完成(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="386"/>
        <source>Ca&amp;ncel appointment</source>
        <translation>取消预约(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="390"/>
        <source>Set working &amp;hours…</source>
        <translation>设置工作时间(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../../ui/models/calendar.py" line="33"/>
        <source>available for appointments</source>
        <translation>可预约</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="34"/>
        <source>busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="35"/>
        <source>on leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="40"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="41"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="42"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="43"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="44"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="45"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="46"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
</context>
<context>
    <name>CallersHome</name>
    <message>
        <location filename="../../ui/callcentre/home.py" line="258"/>
        <source>Found on this computer (offline: the server was not asked).</source>
        <translation>在本机找到（离线：未查询服务器）。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="260"/>
        <source>Found on this computer; asking the server …</source>
        <translation>在本机找到；正在查询服务器 …</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="266"/>
        <source>Found on this computer; the server could not be asked.</source>
        <translation>在本机找到；无法查询服务器。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="281"/>
        <source>Found on this computer and on the server.</source>
        <translation>在本机和服务器上找到。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="318"/>
        <source>This caller is on the server only; go online to open them.</source>
        <translation>该来电客户仅在服务器上；请联网后打开。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="320"/>
        <source>Bringing the caller from the server …</source>
        <translation>正在从服务器调取来电客户 …</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="359"/>
        <source>No opportunity</source>
        <translation>无商机</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="387"/>
        <source>%1 %2 — branch %3, RM %4. Last %5 interactions, newest first.</source>
        <translation>%1 %2 — 网点 %3，客户经理 %4。最近 %5 条互动，最新在前。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="392"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="419"/>
        <source>Choose a free slot.</source>
        <translation>请选择一个空闲时段。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="451"/>
        <source>Booked with %1 at %2 — saved locally, waiting to upload.</source>
        <translation>已预约 %1，时间 %2 — 已保存在本机，等待上传。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="486"/>
        <source>More callers match: give more digits.</source>
        <translation>匹配的来电客户更多：请输入更多位数字。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="488"/>
        <source>Enter on a caller goes to the slots; Alt+B books.</source>
        <translation>在来电客户上按 Enter 转到时段；Alt+B 预约。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="492"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="493"/>
        <source>Whole number or its last 4 digits, then Enter</source>
        <translation>完整号码或后 4 位，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="494"/>
        <source>Fi&amp;lter</source>
        <translation>筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="495"/>
        <source>Number, name, branch or RM</source>
        <translation>客户号、姓名、网点或客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="496"/>
        <source>Recent interactions, every channel</source>
        <translation>最近互动（所有渠道）</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="497"/>
        <source>Nearest free slots: their RM, then the branch&apos;s others</source>
        <translation>最近的空闲时段：其客户经理优先，然后是该网点的其他客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="498"/>
        <source>&amp;Opportunity</source>
        <translation>商机(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="499"/>
        <source>Expected &amp;value (CNY)</source>
        <translation>预期金额（人民币）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="500"/>
        <source>&amp;Notes for the RM</source>
        <translation>给客户经理的备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="501"/>
        <source>P&amp;urpose</source>
        <translation>事由(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="502"/>
        <source>&amp;Book</source>
        <translation>预约(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="503"/>
        <source>Open 360</source>
        <translation>打开客户全景</translation>
    </message>
</context>
<context>
    <name>CallersModel</name>
    <message>
        <location filename="../../ui/models/callers.py" line="42"/>
        <source>Customer</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="47"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="48"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="49"/>
        <location filename="../../ui/models/callers.py" line="84"/>
        <source>RM</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="50"/>
        <source>Found in</source>
        <translation>查到于</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="55"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="58"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="59"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="60"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="61"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="62"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="86"/>
        <source>Free slot</source>
        <translation>空闲时段</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="89"/>
        <source>Until</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>CloseTaskDialog</name>
    <message>
        <location filename="../../ui/teller/items.py" line="111"/>
        <source>Close task</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="112"/>
        <source>Mark “%1” as done.</source>
        <translation>将“%1”标记为已完成。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="115"/>
        <source>What came of it (optional)</source>
        <translation>结果如何（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="116"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="119"/>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
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
        <location filename="../../ui/widgets/customer.py" line="317"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="322"/>
        <source>Reading the history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="324"/>
        <source>Nothing recorded for this customer yet.</source>
        <translation>该客户尚无记录。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="326"/>
        <source>From the server: the changes and views of every workstation.</source>
        <translation>来自服务器：所有工作站的修改与查看记录。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="329"/>
        <source>From this computer&apos;s copy of the audit trail, as far as the last sync brought it.</source>
        <translation>来自本机的审计记录副本，截至上次同步。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="332"/>
        <source>Only the newest %1 are shown.</source>
        <translation>仅显示最新的 %1 条。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="357"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="358"/>
        <source>Next appointment</source>
        <translation>下次预约</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="359"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="360"/>
        <source>Profitability</source>
        <translation>盈利贡献</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="361"/>
        <location filename="../../ui/widgets/customer.py" line="476"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="362"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="363"/>
        <location filename="../../ui/widgets/customer.py" line="449"/>
        <source>Related parties</source>
        <translation>关联方</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="364"/>
        <location filename="../../ui/widgets/customer.py" line="453"/>
        <source>External data</source>
        <translation>外部数据</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="366"/>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="367"/>
        <source>Open tasks</source>
        <translation>待办任务</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="368"/>
        <source>Referrals</source>
        <translation>商机转介</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="369"/>
        <source>Offers</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="370"/>
        <source>Segment feedback</source>
        <translation>分群反馈</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="401"/>
        <source>Find a customer on the left, then press Enter to open the relationship.</source>
        <translation>在左侧查找客户，按回车键打开客户全景视图。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="413"/>
        <source>No segment</source>
        <translation>未分层</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="426"/>
        <source>Customer %1</source>
        <translation>客户号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="427"/>
        <source>ID %1</source>
        <translation>证件号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="428"/>
        <source>RM %1</source>
        <translation>客户经理 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="429"/>
        <source>KYC review %1</source>
        <translation>KYC 复核 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="437"/>
        <source>No contact data.</source>
        <translation>无联系方式。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="440"/>
        <source>None booked.</source>
        <translation>暂无预约。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="447"/>
        <source>Net profit, last 12 months: %1</source>
        <translation>近 12 个月净利润：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="461"/>
        <source>Interest income</source>
        <translation>利息收入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="462"/>
        <source>Fee income</source>
        <translation>手续费收入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="463"/>
        <source>Funding cost</source>
        <translation>资金成本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="464"/>
        <source>Operating cost</source>
        <translation>运营成本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="465"/>
        <source>Risk cost</source>
        <translation>风险成本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="466"/>
        <source>Net</source>
        <translation>净利润</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="474"/>
        <source>No profitability figures yet.</source>
        <translation>暂无盈利数据。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="483"/>
        <source>Household net profit, last 12 months: %1</source>
        <translation>家庭近 12 个月净利润：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="485"/>
        <source>Not in a household.</source>
        <translation>未加入家庭。</translation>
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
        <location filename="../../ui/models/customer.py" line="69"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="73"/>
        <location filename="../../ui/models/customer.py" line="171"/>
        <location filename="../../ui/models/customer.py" line="195"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="76"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="79"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="84"/>
        <source>Net profit (12 m)</source>
        <translation>净利润（12 个月）</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="89"/>
        <location filename="../../ui/models/customer.py" line="206"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="92"/>
        <source>Other holders</source>
        <translation>其他持有人</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="102"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="53"/>
        <location filename="../../ui/models/customer.py" line="106"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="18"/>
        <source>%1 (another branch)</source>
        <translation>%1（其他网点）</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="45"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="49"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="57"/>
        <location filename="../../ui/models/customer.py" line="110"/>
        <source>Number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="124"/>
        <location filename="../../ui/models/customer.py" line="268"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="128"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="131"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="135"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="138"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="142"/>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="154"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="157"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="159"/>
        <location filename="../../ui/models/customer.py" line="183"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="174"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="178"/>
        <source>Expected value</source>
        <translation>预期金额</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="198"/>
        <source>Reason</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="201"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="210"/>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="223"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="226"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="230"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="233"/>
        <source>As of</source>
        <translation>截至日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="244"/>
        <source>wrong, should be %1</source>
        <translation>不对，应为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="256"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="260"/>
        <source>Said</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="264"/>
        <source>Reason given</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="272"/>
        <source>Head office</source>
        <translation>总行</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="276"/>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="280"/>
        <source>Answered</source>
        <translation>答复时间</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="828"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="854"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="870"/>
        <source>%1 customers behind %2.</source>
        <translation>%2 背后有 %1 位客户。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="872"/>
        <source>%1 staff behind %2.</source>
        <translation>%2 背后有 %1 名员工。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="875"/>
        <source>The first %1 are listed.</source>
        <translation>只列出前 %1 个。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="878"/>
        <source>%1 more belong to other branches and are not shown.</source>
        <translation>另有 %1 位属于其他网点，不予显示。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="883"/>
        <source>Enter on a customer opens their 360.</source>
        <translation>在客户上按回车键打开其 360 视图。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="890"/>
        <source>Fi&amp;lter (%1 of %2)</source>
        <translation>筛选(&amp;L)（%1 / %2）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="912"/>
        <source>%1 was removed: there is no 360 to open.</source>
        <translation>%1 已被删除，无法打开其 360 视图。</translation>
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
    <name>EvaluationDrill</name>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="785"/>
        <source>%1 (removed)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="790"/>
        <source>Customer number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="792"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="797"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="802"/>
        <source>Latin name</source>
        <translation>拼音姓名</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="807"/>
        <source>Count</source>
        <translation>次数</translation>
    </message>
</context>
<context>
    <name>EvaluationFigures</name>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="90"/>
        <source>Interactions</source>
        <translation>客户互动</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="91"/>
        <source>Referrals made</source>
        <translation>发起的转介</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="92"/>
        <source>Appointments booked</source>
        <translation>预约数</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="95"/>
        <source>Appointments held</source>
        <translation>已完成预约</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="96"/>
        <source>Offers presented</source>
        <translation>已推介产品</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="97"/>
        <source>Segment feedback given</source>
        <translation>客群反馈</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="100"/>
        <source>Staff who signed in</source>
        <translation>登录员工数</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="101"/>
        <source>Staff active per week</source>
        <translation>每周活跃员工占比</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="104"/>
        <source>Customers viewed per active staff member</source>
        <translation>每名活跃员工查看的客户数</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="107"/>
        <source>New customers</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="108"/>
        <source>Prospects converted</source>
        <translation>潜在客户转化</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="111"/>
        <source>New accounts</source>
        <translation>新开账户</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="112"/>
        <source>Balance change (CNY)</source>
        <translation>余额变动（人民币）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="113"/>
        <source>Net profit, 12 months (CNY)</source>
        <translation>12 个月净利润（人民币）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="116"/>
        <source>Change of 12-month net profit (CNY)</source>
        <translation>12 个月净利润变动（人民币）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="119"/>
        <source>Referrals won</source>
        <translation>成功转介</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="120"/>
        <source>Value of referrals won (CNY)</source>
        <translation>成功转介金额（人民币）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="123"/>
        <source>Referral conversion</source>
        <translation>转介成功率</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="126"/>
        <source>Offer acceptance</source>
        <translation>推介接受率</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="129"/>
        <source>Customers moved up a segment</source>
        <translation>客群升级客户</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="132"/>
        <source>Workstations that synced</source>
        <translation>已同步工作站</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="135"/>
        <source>Days offline per workstation</source>
        <translation>每台工作站离线天数</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="138"/>
        <source>Failed syncs</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="139"/>
        <source>Conflicts listed</source>
        <translation>出现的冲突</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="140"/>
        <source>Conflicts resolved</source>
        <translation>已解决冲突</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="141"/>
        <source>Versions in use</source>
        <translation>在用版本数</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="147"/>
        <source>Inputs</source>
        <translation>投入</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="148"/>
        <source>Use</source>
        <translation>使用</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="149"/>
        <source>Outputs</source>
        <translation>产出</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="150"/>
        <source>IT</source>
        <translation>IT</translation>
    </message>
</context>
<context>
    <name>EvaluationHome</name>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="180"/>
        <source>%1 of %2 by %3</source>
        <translation>%1 / %2（截至 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="195"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="200"/>
        <source>Part</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="205"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="211"/>
        <source>Previous quarter</source>
        <translation>上季度</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="217"/>
        <source>A year earlier</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="223"/>
        <location filename="../../ui/homes/evaluation.py" line="624"/>
        <source>Bank per branch</source>
        <translation>全行（每网点）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="229"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="401"/>
        <source>Asking the server for the evaluation …</source>
        <translation>正在向服务器获取评估 …</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="444"/>
        <source>Your role does not read the quarterly evaluation.</source>
        <translation>您的角色无权查看季度评估。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="446"/>
        <source>This server does not offer the evaluation yet (an older version).</source>
        <translation>此服务器尚不提供评估（版本较旧）。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="448"/>
        <source>The server refused the evaluation: %1</source>
        <translation>服务器拒绝了评估请求：%1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="475"/>
        <source>Offline: this computer has no evaluation of this quarter yet. It comes from the server, and is kept here, once online.</source>
        <translation>离线：本机尚无本季度的评估。联网后将从服务器获取并保存在本机。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="578"/>
        <source>Fi&amp;lter (%1 of %2)</source>
        <translation>筛选(&amp;L)（%1 / %2）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="593"/>
        <source>%1, quarter %2 (%3 to %4), beside the bank&apos;s %5 branches</source>
        <translation>%1，%2 季度（%3 至 %4），对比全行 %5 个网点</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="602"/>
        <source>Offline: this computer&apos;s copy, as of %1 (fetched %2). The figures are counted on the server; they come again once online.</source>
        <translation>离线：本机副本，数据截至 %1（获取于 %2）。指标由服务器计算，联网后将重新获取。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="606"/>
        <source>As of %1 (fetched from the server %2).</source>
        <translation>数据截至 %1（于 %2 从服务器获取）。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="612"/>
        <source>Enter on a figure lists the customers or staff behind it.</source>
        <translation>在指标上按回车键列出其背后的客户或员工。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="625"/>
        <source>%1: the last 8 quarters</source>
        <translation>%1：最近 8 个季度</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="642"/>
        <source>%1: branch against the bank</source>
        <translation>%1：网点对比全行</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="677"/>
        <source>No milestones set for this half year.</source>
        <translation>本半年度未设定里程碑。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="713"/>
        <source>%1 is not made of customers or staff: there is nothing to list.</source>
        <translation>%1 不由客户或员工构成，无可列出。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="722"/>
        <source>Offline: who is behind a figure is asked of the server. Try again when online.</source>
        <translation>离线：指标背后的明细需向服务器查询，请联网后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="727"/>
        <source>Asking the server who is behind %1 …</source>
        <translation>正在向服务器查询 %1 背后的明细 …</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="763"/>
        <source>That branch&apos;s customers are not yours to see.</source>
        <translation>您无权查看该网点的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="765"/>
        <source>The server cannot be reached: who is behind a figure is asked there.</source>
        <translation>无法连接服务器：指标背后的明细需在服务器上查询。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="767"/>
        <source>The server refused: %1</source>
        <translation>服务器拒绝：%1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="771"/>
        <source>&amp;Quarter</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="772"/>
        <source>&amp;Branch</source>
        <translation>网点(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="773"/>
        <source>Ask again (F5)</source>
        <translation>重新获取 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="774"/>
        <source>Any word of a figure</source>
        <translation>指标中的任意字词</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="775"/>
        <source>Milestones of the half year</source>
        <translation>半年度里程碑</translation>
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
        <location filename="../../ui/work/choices.py" line="112"/>
        <source>Watch: right for now, keep an eye on it</source>
        <translation>关注：目前正确，但需留意</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="117"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="119"/>
        <source>&amp;Verdict</source>
        <translation>意见(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="120"/>
        <source>S&amp;uggested segment</source>
        <translation>建议的客群(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="121"/>
        <source>&amp;Comment</source>
        <translation>备注(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="146"/>
        <source>Head office has not put this customer in a segment.</source>
        <translation>总行尚未将此客户划入客群。</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="156"/>
        <source>This customer has no segment.</source>
        <translation>此客户没有客群。</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="161"/>
        <source>Choose the segment you suggest instead.</source>
        <translation>请选择您建议的客群。</translation>
    </message>
</context>
<context>
    <name>FeedbackHome</name>
    <message>
        <location filename="../../ui/homes/feedback.py" line="78"/>
        <source>wrong, should be %1</source>
        <translation>不对，应为 %1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="284"/>
        <source>Only head office reads and answers segment feedback.</source>
        <translation>只有总行可以查看和答复分群反馈。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="289"/>
        <source>Offline: the feedback is read from the server; it shows once online.</source>
        <translation>离线：反馈从服务器读取，联网后显示。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="372"/>
        <source>This feedback is answered already (%1).</source>
        <translation>此反馈已答复（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="393"/>
        <source>%1 accepted: the customer is now in %2.</source>
        <translation>%1 已接受：客户现属 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="398"/>
        <source>%1 %2.</source>
        <translation>%1 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="432"/>
        <source>%1 shown of %2 · %3 open · %4 segments · %5 branches</source>
        <translation>显示 %1 / 共 %2 条 · %3 条待答复 · %4 个分群 · %5 个网点</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="440"/>
        <source>(the first %1 only)</source>
        <translation>（仅前 %1 条）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="445"/>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="447"/>
        <source>Open</source>
        <translation>待答复</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="448"/>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="449"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="453"/>
        <source>Fi&amp;lter</source>
        <translation>筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="454"/>
        <source>Customer, name, branch, segment, reason or author</source>
        <translation>客户、姓名、网点、分群、理由或提交人</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="455"/>
        <source>Accept…</source>
        <translation>接受…</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="455"/>
        <source>Reject…</source>
        <translation>拒绝…</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location filename="../../ui/models/feedback.py" line="34"/>
        <source>(whole segment)</source>
        <translation>（整个分群）</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="44"/>
        <source>%1 (was %2)</source>
        <translation>%1（原 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="57"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="67"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="72"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="77"/>
        <source>Verdict</source>
        <translation>意见</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="82"/>
        <source>Suggested</source>
        <translation>建议分群</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="87"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="92"/>
        <source>Author</source>
        <translation>提交人</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="97"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="102"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="107"/>
        <source>Reply</source>
        <translation>答复</translation>
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
    <name>HomePage</name>
    <message>
        <location filename="../../ui/homes/page.py" line="202"/>
        <source>Sign in to see your own customers and calendar.</source>
        <translation>请登录以查看您自己的客户和日程。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/page.py" line="212"/>
        <source>This computer&apos;s copy, not synced yet.</source>
        <translation>本机副本，尚未同步。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/page.py" line="213"/>
        <source>This computer&apos;s copy, synced %1.</source>
        <translation>本机副本，同步于 %1。</translation>
    </message>
</context>
<context>
    <name>HomeTabs</name>
    <message>
        <location filename="../../ui/homes/registry.py" line="197"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="198"/>
        <source>Find and open customers</source>
        <translation>查找并打开客户</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="206"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="207"/>
        <source>Search the audit trail on the server</source>
        <translation>在服务器上检索审计记录</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="215"/>
        <source>My book</source>
        <translation>我的客户</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="216"/>
        <source>The customers you own</source>
        <translation>由您负责的客户</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="224"/>
        <source>My pipeline</source>
        <translation>我的商机</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="225"/>
        <source>The referrals passed to you, by stage</source>
        <translation>转介给您的商机，按阶段</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="233"/>
        <source>My calendar</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="234"/>
        <source>Your appointments and working hours, by day or week</source>
        <translation>您的预约和工作时段，按日或按周</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="242"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="243"/>
        <source>The branch&apos;s day: appointments, tasks due, KYC reviews, offers</source>
        <translation>本网点今天的安排：预约、到期任务、KYC 复核、推荐产品</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="253"/>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="254"/>
        <source>The open tasks given to you, soonest due first</source>
        <translation>分配给您的未完成任务，最早到期的在前</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="262"/>
        <source>Callers</source>
        <translation>来电客户</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="263"/>
        <source>Find a caller by phone, see their interactions, book an RM&apos;s slot</source>
        <translation>按电话查找来电客户，查看互动，预约客户经理时段</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="273"/>
        <source>Branch week</source>
        <translation>网点本周</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="274"/>
        <source>The branch&apos;s week: appointments, pipeline, tasks and KYC overdue, feedback</source>
        <translation>网点本周：预约、商机、逾期任务与 KYC、反馈</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="285"/>
        <source>Watched</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="286"/>
        <source>What changed for the watched customers since you last looked</source>
        <translation>自您上次查看以来关注客户的变化</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="296"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="297"/>
        <source>The quarter&apos;s evaluation: activity in, results out, against the bank and the milestones</source>
        <translation>季度评估：投入与产出，对比全行与里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="309"/>
        <source>Feedback</source>
        <translation>分群反馈</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="310"/>
        <source>The branches&apos; feedback on the customers&apos; segments: read and answer it</source>
        <translation>各网点对客户分群的反馈：查看并答复</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../ui/homes/hours.py" line="85"/>
        <source>Set my working hours</source>
        <translation>设置我的工作时间</translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="86"/>
        <source>&amp;Hours</source>
        <translation>时间(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="87"/>
        <source>&amp;Slot minutes</source>
        <translation>每个时段分钟数(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="90"/>
        <source>Days and times, e.g. “mon-fri 09:00-12:00,13:30-17:00; sat 09:00-12:00”. Your bookable blocks of the coming weeks are made from them on the server and arrive here with the next sync.</source>
        <translation>星期与时间，例如“mon-fri 09:00-12:00,13:30-17:00; sat 09:00-12:00”。服务器据此生成您未来几周可预约的时段，下次同步时送到本机。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="99"/>
        <location filename="../../ui/homes/hours.py" line="123"/>
        <source>Offline: working hours are set on the server; try again online.</source>
        <translation>离线：工作时间需在服务器上设置，请联网后重试。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="149"/>
        <source>Not set: %1</source>
        <translation>未设置：%1</translation>
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
    <name>ItemFlows</name>
    <message>
        <location filename="../../ui/teller/items.py" line="243"/>
        <source>Task “%1” done — saved locally, waiting to upload</source>
        <translation>任务“%1”已完成——已保存在本机，等待上传</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="267"/>
        <source>Choose whom to give the task to.</source>
        <translation>请选择接手任务的员工。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="275"/>
        <source>Task “%1” given to %2 — saved locally, waiting to upload</source>
        <translation>任务“%1”已交给 %2——已保存在本机，等待上传</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="299"/>
        <source>Response to “%1” recorded — saved locally, waiting to upload</source>
        <translation>已记录对“%1”的答复——已保存在本机，等待上传</translation>
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
        <location filename="../../ui/mainwindow.py" line="134"/>
        <source>Opening %1 …</source>
        <translation>正在打开 %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="161"/>
        <source>Guitai — %1</source>
        <translation>柜台 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="163"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="164"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="165"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="193"/>
        <source>Cache open: %1</source>
        <translation>本地缓存已打开：%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="197"/>
        <source>The cache could not be opened: %1</source>
        <translation>无法打开本地缓存：%1</translation>
    </message>
</context>
<context>
    <name>MyTasksModel</name>
    <message>
        <location filename="../../ui/homes/tasks.py" line="52"/>
        <source>Saved locally</source>
        <translation>已保存在本机</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="54"/>
        <source>In conflict</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="70"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="74"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="75"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="77"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="82"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>NewCustomer</name>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="58"/>
        <source>same ID number</source>
        <translation>证件号码相同</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="59"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="60"/>
        <source>same name and birth date</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="72"/>
        <source>The ID card says the customer was born on %1.</source>
        <translation>身份证上的出生日期是 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="76"/>
        <source>%1 characters typed; the number has 18.</source>
        <translation>已输入 %1 位；号码应为 18 位。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="81"/>
        <source>%1 cannot appear in a credit code (no I, O, S, V or Z).</source>
        <translation>统一社会信用代码中不能出现 %1（没有 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="84"/>
        <source>An ID card number is 17 digits, then a digit or X.</source>
        <translation>身份证号码为 17 位数字，最后一位是数字或 X。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="88"/>
        <source>The check character should be %1: a character is mistyped.</source>
        <translation>校验位应为 %1：有字符输错了。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="92"/>
        <source>The birth date inside the number is not a possible one.</source>
        <translation>号码中的出生日期不可能成立。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="102"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="106"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="110"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="113"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="117"/>
        <source>Found in</source>
        <translation>查到于</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="119"/>
        <source>the bank (server)</source>
        <translation>全行（服务器）</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="121"/>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="493"/>
        <source>Offline: only this computer&apos;s copy was checked.</source>
        <translation>离线：只检查了本机副本。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="516"/>
        <source>The server did not answer: only this computer&apos;s copy was checked.</source>
        <translation>服务器未响应：只检查了本机副本。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="548"/>
        <source>It could not be saved.</source>
        <translation>无法保存。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="555"/>
        <source>New prospect %1 saved locally — waiting to upload</source>
        <translation>新潜在客户 %1 已保存在本机——等待上传</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="559"/>
        <source>New customer %1 saved locally — waiting to upload</source>
        <translation>新客户 %1 已保存在本机——等待上传</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="251"/>
        <source>New customer or prospect</source>
        <translation>新客户或潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="252"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="253"/>
        <source>Business</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="254"/>
        <source>Not asked</source>
        <translation>未询问</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="255"/>
        <source>Yes: SMS, e-mail and calls</source>
        <translation>同意：短信、电子邮件和电话</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="256"/>
        <source>No</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="257"/>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="258"/>
        <source>Active customer</source>
        <translation>正式客户</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="260"/>
        <source>&amp;Kind</source>
        <translation>类别(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="261"/>
        <source>&amp;Name (Chinese)</source>
        <translation>中文姓名(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="262"/>
        <source>Name in &amp;Latin letters</source>
        <translation>拼音/英文姓名(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="263"/>
        <source>&amp;Mobile phone</source>
        <translation>手机(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="264"/>
        <source>Ot&amp;her phone</source>
        <translation>其他电话(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="265"/>
        <source>&amp;E-mail</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="266"/>
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="267"/>
        <source>Marketing &amp;consent</source>
        <translation>营销同意(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="268"/>
        <source>&amp;Taken on as</source>
        <translation>建档类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="271"/>
        <source>&amp;Registration number (USCC)</source>
        <translation>统一社会信用代码(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="272"/>
        <source>Date of &amp;incorporation</source>
        <translation>成立日期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="274"/>
        <source>&amp;ID card number</source>
        <translation>身份证号码(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="275"/>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="278"/>
        <source>Likely duplicates</source>
        <translation>可能重复的客户</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="279"/>
        <source>Not the same person? Say &amp;why:</source>
        <translation>不是同一人？请说明原因(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="280"/>
        <source>e.g. a different person: other father&apos;s name</source>
        <translation>例如：不同的人，父亲姓名不同</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="281"/>
        <source>&amp;Open the listed customer instead</source>
        <translation>改为打开所列客户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="292"/>
        <source>Save &amp;anyway</source>
        <translation>仍然保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="295"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="309"/>
        <source>18 characters; the last is a check character.</source>
        <translation>共 18 位，最后一位是校验位。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="316"/>
        <source>✓ The check character is right.</source>
        <translation>✓ 校验位正确。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="321"/>
        <source>✓ The check character is right; born %1.</source>
        <translation>✓ 校验位正确；出生于 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="328"/>
        <source>%1 of 18 characters.</source>
        <translation>已输入 %1/18 位。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="358"/>
        <source>Write the date as YYYY-MM-DD, e.g. 1980-03-08.</source>
        <translation>日期请写成 YYYY-MM-DD，例如 1980-03-08。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="389"/>
        <source>Checking for likely duplicates …</source>
        <translation>正在检查可能重复的客户…</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="442"/>
        <source>Likely the same as a customer the bank has (found: %1). Open the listed customer, or save anyway with the reason this is someone else (it is kept in the audit trail).</source>
        <translation>可能与本行已有客户为同一人（找到 %1 位）。请打开所列客户，或说明不是同一人的原因后仍然保存（原因记入审计记录）。</translation>
    </message>
</context>
<context>
    <name>OfferResponseDialog</name>
    <message>
        <location filename="../../ui/teller/items.py" line="169"/>
        <source>Offer response</source>
        <translation>客户答复</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="171"/>
        <source>What did the customer say to “%1”?</source>
        <translation>客户对“%1”怎么说？</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="175"/>
        <source>&amp;Presented (no answer yet)</source>
        <translation>已介绍（尚未答复）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="176"/>
        <source>&amp;Accepted</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="177"/>
        <source>De&amp;clined</source>
        <translation>拒绝(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="178"/>
        <source>&amp;Later (show it again)</source>
        <translation>以后再说（下次再提示）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="189"/>
        <source>&amp;Record</source>
        <translation>记录(&amp;R)</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../ui/sync_ui.py" line="49"/>
        <source>Offline: your work is saved on this computer and uploads when the server can be reached again.</source>
        <translation>离线：您的工作已保存在本机，服务器恢复连接后将自动上传。</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="78"/>
        <source>Won — %1</source>
        <translation>已成交 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="78"/>
        <source>Lost — %1</source>
        <translation>未成交 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="83"/>
        <source>What did the customer take up?</source>
        <translation>客户办理了什么？</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="83"/>
        <source>Why was it lost?</source>
        <translation>为什么未成交？</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="98"/>
        <source>Mark as won</source>
        <translation>标记为已成交</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="98"/>
        <source>Mark as lost</source>
        <translation>标记为未成交</translation>
    </message>
</context>
<context>
    <name>PipelineHome</name>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="269"/>
        <source>%1 moved to %2 — saved locally, waiting to upload.</source>
        <translation>%1 已移至“%2” — 已保存在本机，等待上传。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="280"/>
        <source>Not moved: %1</source>
        <translation>未移动：%1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="285"/>
        <source>This referral is closed (%1): it stays where it is.</source>
        <translation>该商机已结束（%1），不能再移动。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="288"/>
        <source>A new referral has no stage before it.</source>
        <translation>新建商机之前没有阶段。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="332"/>
        <source>All stages (%1)</source>
        <translation>全部阶段（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="347"/>
        <source>By stage (count · value in CNY): %1.</source>
        <translation>按阶段（数量 · 金额，人民币）：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="354"/>
        <source>&amp;Stage</source>
        <translation>阶段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="355"/>
        <source>Fi&amp;lter</source>
        <translation>筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="356"/>
        <source>Customer, name, product or who referred</source>
        <translation>客户号、姓名、产品或转介人</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="358"/>
        <source>Next stage ▶</source>
        <translation>下一阶段 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="359"/>
        <source>◀ Stage before</source>
        <translation>◀ 上一阶段</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="360"/>
        <source>Won…</source>
        <translation>已成交…</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="361"/>
        <source>Lost…</source>
        <translation>未成交…</translation>
    </message>
</context>
<context>
    <name>ProfitChart</name>
    <message>
        <location filename="../../ui/widgets/chart.py" line="84"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="85"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="86"/>
        <source>Net</source>
        <translation>净利润</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="101"/>
        <source>Profitability, last 12 months (%1)</source>
        <translation>近 12 个月盈利贡献（%1）</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/teller/items.py" line="130"/>
        <source>Reassign task</source>
        <translation>改派任务</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="131"/>
        <source>Give “%1” to:</source>
        <translation>将“%1”交给：</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="134"/>
        <source>&amp;Staff member</source>
        <translation>员工(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="137"/>
        <source>&amp;Reassign</source>
        <translation>改派(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="147"/>
        <source>Nobody else of the branch is in this computer&apos;s copy.</source>
        <translation>本机副本中没有本网点的其他员工。</translation>
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
        <location filename="../../ui/sync_ui.py" line="77"/>
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
        <location filename="../../client/schema/registry.py" line="145"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="146"/>
        <source>Member of staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="147"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="148"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="149"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="150"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="153"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="162"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="167"/>
        <source>Consent</source>
        <translation>授权</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="170"/>
        <source>Interaction</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="175"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="178"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="186"/>
        <source>Account holder</source>
        <translation>账户持有人</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="194"/>
        <source>Account history</source>
        <translation>账户历史</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="202"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="209"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="216"/>
        <source>Household member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="223"/>
        <source>Segment feedback</source>
        <translation>客群反馈</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="230"/>
        <source>Segment history</source>
        <translation>分群变动记录</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="235"/>
        <source>Offer</source>
        <translation>产品推荐</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="236"/>
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="239"/>
        <source>Calendar</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="245"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="252"/>
        <source>External record</source>
        <translation>外部数据</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="258"/>
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
        <location filename="../../ui/tasks.py" line="353"/>
        <source>This could not be done because of an internal error (see the log).</source>
        <translation>由于内部错误，无法完成此操作（请查看日志）。</translation>
    </message>
</context>
<context>
    <name>TasksHome</name>
    <message>
        <location filename="../../ui/homes/tasks.py" line="229"/>
        <source>%1 open tasks, %2 of them overdue.</source>
        <translation>%1 项未完成任务，其中 %2 项已逾期。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="237"/>
        <source>Fi&amp;lter</source>
        <translation>筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="238"/>
        <source>Customer, name or task</source>
        <translation>客户号、姓名或任务</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="239"/>
        <source>&amp;Done…</source>
        <translation>完成(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="240"/>
        <source>&amp;Give to…</source>
        <translation>改派给(&amp;G)…</translation>
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
        <location filename="../../ui/terms.py" line="60"/>
        <source>agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="61"/>
        <source>disagree</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="62"/>
        <source>suggest_other</source>
        <translation>建议其他分群</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="63"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="64"/>
        <source>lifted</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="65"/>
        <source>watch</source>
        <translation>关注</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="66"/>
        <source>later</source>
        <translation>稍后再议</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="45"/>
        <source>proposal</source>
        <translation>方案中</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="46"/>
        <source>won</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="47"/>
        <source>lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="48"/>
        <source>same household as</source>
        <translation>同一家庭</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="49"/>
        <source>spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="50"/>
        <source>parent of</source>
        <translation>父母</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="51"/>
        <source>child of</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="52"/>
        <source>director of</source>
        <translation>担任董事</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="53"/>
        <source>has director</source>
        <translation>董事</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="54"/>
        <source>guarantor for</source>
        <translation>为其担保</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="55"/>
        <source>guaranteed by</source>
        <translation>担保人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="56"/>
        <source>employee of</source>
        <translation>任职于</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="57"/>
        <source>employer of</source>
        <translation>雇主</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="58"/>
        <source>beneficial owner of</source>
        <translation>受益所有人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="59"/>
        <source>beneficially owned by</source>
        <translation>受益所有人为</translation>
    </message>
</context>
<context>
    <name>TodayHome</name>
    <message>
        <location filename="../../ui/teller/today.py" line="130"/>
        <source>Reading the branch&apos;s day …</source>
        <translation>正在读取本网点今天的安排…</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="250"/>
        <source>Everything (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="276"/>
        <source>%1 booked in, %2 tasks due, %3 KYC reviews, %4 offers to present.</source>
        <translation>%1 个预约，%2 项到期任务，%3 项 KYC 复核，%4 个待推荐产品。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="283"/>
        <source>⚠ %1 overdue.</source>
        <translation>⚠ %1 项已逾期。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="286"/>
        <source>%1 shown.</source>
        <translation>显示 %1 项。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="287"/>
        <source>Enter opens the customer.</source>
        <translation>按 Enter 打开客户。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="293"/>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="294"/>
        <source>Fi&amp;lter</source>
        <translation>筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="295"/>
        <source>Number, name, task, product or RM</source>
        <translation>编号、姓名、任务、产品或客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="296"/>
        <source>Open 360</source>
        <translation>打开客户全景</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="297"/>
        <source>Opens the customer&apos;s 360 (Enter)</source>
        <translation>打开客户全景视图（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="298"/>
        <source>&amp;Close task…</source>
        <translation>完成任务(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="299"/>
        <source>Re&amp;assign task…</source>
        <translation>改派任务(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="300"/>
        <source>&amp;Record offer response…</source>
        <translation>记录客户答复(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../ui/models/today.py" line="52"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="53"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="54"/>
        <source>KYC review</source>
        <translation>KYC 复核</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="55"/>
        <source>Offer</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="58"/>
        <source>Appointments</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="59"/>
        <source>Tasks due</source>
        <translation>到期任务</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="60"/>
        <source>KYC reviews</source>
        <translation>KYC 复核</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="61"/>
        <source>Offers to present</source>
        <translation>待推荐产品</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="65"/>
        <source>saved locally</source>
        <translation>已保存在本机</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="66"/>
        <source>uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="67"/>
        <source>in conflict</source>
        <translation>有冲突</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="72"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="73"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="74"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="75"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="76"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="77"/>
        <source>Who</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="78"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="212"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="215"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="217"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="227"/>
        <source>KYC review due %1</source>
        <translation>KYC 复核到期日 %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="232"/>
        <source>%1 (until %2)</source>
        <translation>%1（有效至 %2）</translation>
    </message>
</context>
<context>
    <name>WatchedHome</name>
    <message>
        <location filename="../../ui/homes/watched.py" line="143"/>
        <source>Your role is not listed the watched groups&apos; changes.</source>
        <translation>您的角色无权查看关注组的变化。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="149"/>
        <source>The server could not list the changes: %1</source>
        <translation>服务器无法列出变化：%1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="203"/>
        <source>Marked as seen; new changes will show here.</source>
        <translation>已标记为已读；新的变化将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="266"/>
        <source>The watched groups&apos; changes are on the server: go online to see them.</source>
        <translation>关注组的变化在服务器上：请联网后查看。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="270"/>
        <source>Shown: the list as read at %1.</source>
        <translation>显示的是 %1 读取的列表。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="277"/>
        <source>Head office watches no groups yet.</source>
        <translation>总行尚未设置关注组。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="280"/>
        <source>Unseen changes by group: %1.</source>
        <translation>各组未读变化：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="283"/>
        <source>The newest %1 of %2 are listed.</source>
        <translation>列出了 %2 条中最新的 %1 条。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="289"/>
        <source>Read from the server at %1.</source>
        <translation>于 %1 从服务器读取。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="294"/>
        <source>Fi&amp;lter</source>
        <translation>筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="295"/>
        <source>Customer, name, group, what changed or RM</source>
        <translation>客户、姓名、组、变化或客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="296"/>
        <source>&amp;Only my customers</source>
        <translation>只看我的客户(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="298"/>
        <source>Mark all seen</source>
        <translation>全部标记为已读</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="299"/>
        <source>Mark all seen (%1)</source>
        <translation>全部标记为已读 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="300"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>WatchedModel</name>
    <message>
        <location filename="../../ui/models/watched.py" line="27"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="28"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="29"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="30"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="31"/>
        <source>What changed</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="32"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="33"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="34"/>
        <source>RM</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="45"/>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="46"/>
        <source>New account</source>
        <translation>新账户</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="47"/>
        <source>Balance moved</source>
        <translation>余额变动</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="48"/>
        <source>Interaction</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="49"/>
        <source>Segment changed</source>
        <translation>客户分层变更</translation>
    </message>
</context>
<context>
    <name>WorkActions</name>
    <message>
        <location filename="../../ui/work/actions.py" line="117"/>
        <source>&amp;Work</source>
        <translation>业务(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="119"/>
        <source>Log &amp;interaction…</source>
        <translation>记录接触(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="120"/>
        <source>&amp;Edit contact…</source>
        <translation>修改联系方式(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="121"/>
        <source>Follow-up &amp;task…</source>
        <translation>跟进任务(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="122"/>
        <source>&amp;Refer to an RM…</source>
        <translation>转介客户经理(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="123"/>
        <source>&amp;Book appointment…</source>
        <translation>预约(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="124"/>
        <source>Se&amp;gment feedback…</source>
        <translation>客群反馈(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="125"/>
        <source>&amp;New customer or prospect…</source>
        <translation>新客户或潜在客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="126"/>
        <source>&amp;Close task…</source>
        <translation>完成任务(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="127"/>
        <source>Re&amp;assign task…</source>
        <translation>改派任务(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="128"/>
        <source>&amp;Offer response…</source>
        <translation>客户答复(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="177"/>
        <source>Appointment saved locally as tentative — the server confirms it once uploaded</source>
        <translation>预约已在本地保存为暂定 — 上传后由服务器确认</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="180"/>
        <source>Saved locally — waiting to upload</source>
        <translation>已在本地保存 — 等待上传</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="234"/>
        <source>This customer is of another branch: their tasks and offers are changed there.</source>
        <translation>该客户属于其他网点：其任务和产品推荐须在该网点处理。</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="265"/>
        <source>Choose an offer first: in Today, or in the 360&apos;s Offers.</source>
        <translation>请先选择一个推荐产品：在“今天”或客户全景的“推荐产品”中。</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="267"/>
        <source>Choose a task first: in Today, or in the 360&apos;s Open tasks.</source>
        <translation>请先选择一项任务：在“今天”或客户全景的“未完成任务”中。</translation>
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
