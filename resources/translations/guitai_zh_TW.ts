<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/homes/feedback.py" line="101"/>
        <source>the whole segment %1</source>
        <translation>整個分群 %1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="103"/>
        <source>Answer the feedback — %1</source>
        <translation>答覆回饋 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="108"/>
        <source>%1 (%2) said of %3: %4. Reason: %5</source>
        <translation>%1（%2）對 %3 的意見：%4。理由：%5</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="115"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="117"/>
        <source>&amp;Reject</source>
        <translation>拒絕(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="122"/>
        <source>Re&amp;ply to the branch</source>
        <translation>給分行的答覆(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="137"/>
        <source>Send the answer</source>
        <translation>傳送答覆</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="173"/>
        <source>The customer moves to %1 at once and stays there whatever the rules say, until head office lifts it.</source>
        <translation>客戶立即調入 %1，不論規則如何都留在該分群，直到總行撤銷。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="177"/>
        <source>The branch reads that head office agrees; nobody moves.</source>
        <translation>分行將看到總行同意；客戶不調整分群。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="179"/>
        <source>The customer stays where the rules put them.</source>
        <translation>客戶留在規則劃定的分群。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="180"/>
        <source>Ctrl+Enter sends.</source>
        <translation>按 Ctrl+Enter 傳送。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="189"/>
        <source>Write a reply for the branch first.</source>
        <translation>請先填寫給分行的答覆。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="193"/>
        <source>Offline: head office answers on the server; try again online.</source>
        <translation>離線：總行的答覆需在伺服器上提交，請連線後重試。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="219"/>
        <source>Not answered: %1</source>
        <translation>未答覆：%1</translation>
    </message>
</context>
<context>
    <name>AuditHome</name>
    <message>
        <location filename="../../ui/audit/home.py" line="143"/>
        <source>Give the date as YYYY-MM-DD, e.g. 2026-01-31.</source>
        <translation>請按 YYYY-MM-DD 格式輸入日期，例如 2026-01-31。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="150"/>
        <source>Searching the audit trail on the server…</source>
        <translation>正在伺服器上檢索稽核紀錄…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="179"/>
        <source>Search by customer number, user, action or date; Enter searches, Enter on a row opens the customer.</source>
        <translation>可按客戶編號、使用者、操作或日期檢索；按 Enter 檢索，在某列上按 Enter 開啟該客戶。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="185"/>
        <source>%1 events found.</source>
        <translation>找到 %1 筆事件。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="187"/>
        <source>%1 shown by the filter.</source>
        <translation>篩選後顯示 %1 筆。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="189"/>
        <source>Only the newest are listed: narrow the search.</source>
        <translation>僅列出最新的紀錄：請縮小檢索範圍。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="208"/>
        <source>&amp;Customer:</source>
        <translation>客戶(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="209"/>
        <source>&amp;User:</source>
        <translation>使用者(&amp;U)：</translation>
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
        <translation>篩選結果(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="217"/>
        <source>customer number</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="218"/>
        <source>user name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="219"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="220"/>
        <source>any text of the rows shown</source>
        <translation>所顯示列中的任意文字</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="221"/>
        <source>any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="225"/>
        <source>Sea&amp;rch</source>
        <translation>檢索(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AuditModels</name>
    <message>
        <location filename="../../ui/models/audit.py" line="42"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="43"/>
        <source>User</source>
        <translation>使用者</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="44"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="45"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="46"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="47"/>
        <source>What</source>
        <translation>對象</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="48"/>
        <source>Old → new</source>
        <translation>舊值 → 新值</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="52"/>
        <source>viewed</source>
        <translation>檢視</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="53"/>
        <source>created</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="54"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="55"/>
        <source>deleted</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="56"/>
        <source>showed whole</source>
        <translation>顯示完整號碼</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="57"/>
        <source>exported</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="58"/>
        <source>printed</source>
        <translation>列印</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="59"/>
        <source>signed in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="60"/>
        <source>sign-in failed</source>
        <translation>登入失敗</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="61"/>
        <source>locked</source>
        <translation>鎖定</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="62"/>
        <source>unlocked</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="63"/>
        <source>settled</source>
        <translation>已處理</translation>
    </message>
</context>
<context>
    <name>AuditRefusals</name>
    <message>
        <location filename="../../ui/audit/refusals.py" line="18"/>
        <source>Your role may not read the audit trail this way.</source>
        <translation>您的角色無權以此方式查閱稽核紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="22"/>
        <source>This customer belongs to another branch: its history is not yours to see.</source>
        <translation>該客戶屬於其他分行：您無權檢視其歷史紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="27"/>
        <source>The server cannot be reached: the audit trail is searched there.</source>
        <translation>無法連線伺服器：稽核紀錄需在伺服器上檢索。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="31"/>
        <source>This server does not offer the audit search yet (an older version).</source>
        <translation>該伺服器尚不支援稽核檢索（版本較舊）。</translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="34"/>
        <source>The server refused the search: %1</source>
        <translation>伺服器拒絕了檢索：%1</translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="40"/>
        <source>Offline: the audit trail is searched on the server. Try again when online.</source>
        <translation>離線：稽核紀錄需在伺服器上檢索，請連線後重試。</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <location filename="../../ui/widgets/chart.py" line="179"/>
        <source>Balance, last 24 months (CNY)</source>
        <translation>近 24 個月餘額（人民幣）</translation>
    </message>
</context>
<context>
    <name>BookHome</name>
    <message>
        <location filename="../../ui/homes/book.py" line="81"/>
        <source>Reading your book …</source>
        <translation>正在讀取您的客戶 …</translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="158"/>
        <source>%1 customers in your book.</source>
        <translation>您負責的客戶共 %1 位。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="161"/>
        <source>%1 of %2 customers shown.</source>
        <translation>顯示 %2 位客戶中的 %1 位。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="165"/>
        <source>Enter opens a customer.</source>
        <translation>按 Enter 開啟客戶。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="169"/>
        <source>Fi&amp;lter</source>
        <translation>篩選(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="170"/>
        <source>Number, name, pinyin or segment</source>
        <translation>編號、姓名、拼音或客戶分層</translation>
    </message>
</context>
<context>
    <name>BookModel</name>
    <message>
        <location filename="../../ui/models/book.py" line="48"/>
        <source>Customer</source>
        <translation>客戶號</translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="49"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="50"/>
        <source>Segment</source>
        <translation>客戶分層</translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="51"/>
        <source>Balance (CNY)</source>
        <translation>餘額（人民幣）</translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="52"/>
        <source>Net profit 12 m (CNY)</source>
        <translation>近12個月淨利潤（人民幣）</translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="53"/>
        <source>Last contact</source>
        <translation>最近聯繫</translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="54"/>
        <source>Next appointment</source>
        <translation>下次預約</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/work/booking.py" line="33"/>
        <source>Book appointment — %1</source>
        <translation>預約 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="39"/>
        <source>&amp;RM</source>
        <translation>客戶經理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="40"/>
        <source>Free &amp;slot</source>
        <translation>空閒時段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="41"/>
        <source>&amp;Purpose</source>
        <translation>事由(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="46"/>
        <source>The booking is tentative until it is uploaded and the server confirms it.</source>
        <translation>預約在上傳並經伺服器確認之前為暫定。</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="98"/>
        <source>No free slot in the next 14 days.</source>
        <translation>未來 14 天內沒有空閒時段。</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="103"/>
        <source>Choose an RM.</source>
        <translation>請選擇客戶經理。</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="107"/>
        <source>Choose a free slot.</source>
        <translation>請選擇一個空閒時段。</translation>
    </message>
</context>
<context>
    <name>BranchWeekHome</name>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="175"/>
        <source>Reading the branch&apos;s week …</source>
        <translation>正在讀取網點本週情況 …</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="230"/>
        <source>Appointments per day</source>
        <translation>每日預約</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="238"/>
        <source>Pipeline: expected value by stage (thousand CNY; referrals)</source>
        <translation>商機：各階段預期金額（千元人民幣；轉介數）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="245"/>
        <source>Branch %1, week of %2: %3 appointments · %4 open referrals worth %5 CNY · %6 tasks overdue · %7 KYC reviews overdue · %8 segment feedback, %9 answered</source>
        <translation>網點 %1，%2 這一週：%3 個預約 · %4 個未結轉介，價值 %5 元 · %6 個逾期任務 · %7 個 KYC 複核逾期 · %8 則分群回饋，已答覆 %9 則</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="261"/>
        <source>Appointments (%1)</source>
        <translation>預約 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="262"/>
        <source>Pipeline by stage</source>
        <translation>按階段的商機</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="263"/>
        <source>Tasks overdue (%1)</source>
        <translation>逾期任務 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="264"/>
        <source>KYC overdue (%1)</source>
        <translation>KYC 逾期 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="265"/>
        <source>Segment feedback (%1)</source>
        <translation>分群回饋 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="276"/>
        <source>Enter on a row opens the customer.</source>
        <translation>在一列上按 Enter 開啟該客戶。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="280"/>
        <source>Fi&amp;lter</source>
        <translation>篩選(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="281"/>
        <source>Any word of the lists</source>
        <translation>清單中的任意詞</translation>
    </message>
</context>
<context>
    <name>BranchWeekModel</name>
    <message>
        <location filename="../../ui/models/branch_week.py" line="35"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="36"/>
        <location filename="../../ui/models/branch_week.py" line="58"/>
        <location filename="../../ui/models/branch_week.py" line="72"/>
        <location filename="../../ui/models/branch_week.py" line="88"/>
        <source>Customer</source>
        <translation>客戶號</translation>
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
        <translation>客戶經理</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="39"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="40"/>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="43"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="44"/>
        <source>Referrals</source>
        <translation>轉介數</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="46"/>
        <source>Expected value (CNY)</source>
        <translation>預期金額（人民幣）</translation>
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
        <translation>逾期天數</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="60"/>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="61"/>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="65"/>
        <source>Review date</source>
        <translation>複核日期</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="85"/>
        <source>Given</source>
        <translation>提交日</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="86"/>
        <source>Segment</source>
        <translation>客戶分層</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="91"/>
        <source>Verdict</source>
        <translation>意見類型</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="92"/>
        <source>Comment</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="93"/>
        <source>Answer</source>
        <translation>答覆</translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="94"/>
        <source>Reply</source>
        <translation>總行回覆</translation>
    </message>
</context>
<context>
    <name>CalendarHome</name>
    <message>
        <location filename="../../ui/homes/calendar.py" line="272"/>
        <source>Confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="273"/>
        <source>Declined</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="274"/>
        <source>Marked as done</source>
        <translation>已標記為完成</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="275"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="278"/>
        <source>%1: %2 — saved locally, waiting to upload.</source>
        <translation>%1：%2 — 已儲存在本機，等待上傳。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="289"/>
        <source>Not changed: %1</source>
        <translation>未更改：%1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="318"/>
        <source>Working hours set: %1 (%2-minute slots); %3 blocks made, %4 removed.</source>
        <translation>工作時間已設定：%1（每段 %2 分鐘）；新建 %3 個時段，移除 %4 個。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="366"/>
        <source>%1 appointments, %2 of them tentative.</source>
        <translation>共 %1 個預約，其中 %2 個待確認。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="374"/>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="375"/>
        <source>&amp;Week</source>
        <translation>週(&amp;W)</translation>
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
        <translation>顯示工作時段(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="380"/>
        <source>Fi&amp;lter</source>
        <translation>篩選(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="381"/>
        <source>Customer, purpose or status</source>
        <translation>客戶、事由或狀態</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="383"/>
        <source>&amp;Confirm booking</source>
        <translation>確認預約(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="384"/>
        <source>D&amp;ecline booking</source>
        <translation>拒絕預約(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="385"/>
        <source>&amp;Mark done</source>
        <translation>標記完成(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="386"/>
        <source>Ca&amp;ncel appointment</source>
        <translation>取消預約(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="390"/>
        <source>Set working &amp;hours…</source>
        <translation>設定工作時間(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../../ui/models/calendar.py" line="33"/>
        <source>available for appointments</source>
        <translation>可預約</translation>
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
        <translation>週一</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="41"/>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="42"/>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="43"/>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="44"/>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="45"/>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="46"/>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
</context>
<context>
    <name>CallersHome</name>
    <message>
        <location filename="../../ui/callcentre/home.py" line="258"/>
        <source>Found on this computer (offline: the server was not asked).</source>
        <translation>在本機找到（離線：未查詢伺服器）。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="260"/>
        <source>Found on this computer; asking the server …</source>
        <translation>在本機找到；正在查詢伺服器 …</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="266"/>
        <source>Found on this computer; the server could not be asked.</source>
        <translation>在本機找到；無法查詢伺服器。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="281"/>
        <source>Found on this computer and on the server.</source>
        <translation>在本機和伺服器上找到。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="318"/>
        <source>This caller is on the server only; go online to open them.</source>
        <translation>該來電客戶僅在伺服器上；請連線後開啟。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="320"/>
        <source>Bringing the caller from the server …</source>
        <translation>正在從伺服器調取來電客戶 …</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="359"/>
        <source>No opportunity</source>
        <translation>無商機</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="387"/>
        <source>%1 %2 — branch %3, RM %4. Last %5 interactions, newest first.</source>
        <translation>%1 %2 — 網點 %3，客戶經理 %4。最近 %5 筆互動，最新在前。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="392"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="419"/>
        <source>Choose a free slot.</source>
        <translation>請選擇一個空閒時段。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="451"/>
        <source>Booked with %1 at %2 — saved locally, waiting to upload.</source>
        <translation>已預約 %1，時間 %2 — 已儲存在本機，等待上傳。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="486"/>
        <source>More callers match: give more digits.</source>
        <translation>符合的來電客戶更多：請輸入更多位數字。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="488"/>
        <source>Enter on a caller goes to the slots; Alt+B books.</source>
        <translation>在來電客戶上按 Enter 轉到時段；Alt+B 預約。</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="492"/>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="493"/>
        <source>Whole number or its last 4 digits, then Enter</source>
        <translation>完整號碼或後 4 碼，然後按 Enter</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="494"/>
        <source>Fi&amp;lter</source>
        <translation>篩選(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="495"/>
        <source>Number, name, branch or RM</source>
        <translation>客戶號、姓名、網點或客戶經理</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="496"/>
        <source>Recent interactions, every channel</source>
        <translation>最近互動（所有通路）</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="497"/>
        <source>Nearest free slots: their RM, then the branch&apos;s others</source>
        <translation>最近的空閒時段：其客戶經理優先，然後是該網點的其他客戶經理</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="498"/>
        <source>&amp;Opportunity</source>
        <translation>商機(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="499"/>
        <source>Expected &amp;value (CNY)</source>
        <translation>預期金額（人民幣）(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="500"/>
        <source>&amp;Notes for the RM</source>
        <translation>給客戶經理的備註(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="501"/>
        <source>P&amp;urpose</source>
        <translation>事由(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="502"/>
        <source>&amp;Book</source>
        <translation>預約(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="503"/>
        <source>Open 360</source>
        <translation>開啟客戶全景</translation>
    </message>
</context>
<context>
    <name>CallersModel</name>
    <message>
        <location filename="../../ui/models/callers.py" line="42"/>
        <source>Customer</source>
        <translation>客戶號</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="44"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="47"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="48"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="49"/>
        <location filename="../../ui/models/callers.py" line="84"/>
        <source>RM</source>
        <translation>客戶經理</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="50"/>
        <source>Found in</source>
        <translation>查到於</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="55"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="58"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="59"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="60"/>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="61"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="62"/>
        <source>By</source>
        <translation>記錄人</translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="86"/>
        <source>Free slot</source>
        <translation>空閒時段</translation>
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
        <translation>完成任務</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="112"/>
        <source>Mark “%1” as done.</source>
        <translation>將「%1」標記為已完成。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="115"/>
        <source>What came of it (optional)</source>
        <translation>結果如何（可不填）</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="116"/>
        <source>&amp;Outcome</source>
        <translation>結果(&amp;O)</translation>
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
        <translation>衝突</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="166"/>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="167"/>
        <source>Take &amp;theirs</source>
        <translation>採用伺服器的(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="168"/>
        <source>&amp;Edit…</source>
        <translation>編輯(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="169"/>
        <source>&amp;Send again</source>
        <translation>重新傳送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="170"/>
        <source>&amp;Dismiss</source>
        <translation>略過(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="171"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="213"/>
        <source>%1 change(s) could not be uploaded as they are and need you.</source>
        <translation>有 %1 項修改無法按原樣上傳，需要您處理。</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="218"/>
        <source>No conflicts: every change is uploaded or waiting to.</source>
        <translation>沒有衝突：所有修改均已上傳或正在等待上傳。</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="232"/>
        <source>Someone changed the same field on the server after you. Mine is what you wrote, Server what it has now, Original what it was before both changes.</source>
        <translation>在您之後，有人在伺服器上修改了同一欄位。「我的」是您填寫的值，「伺服器」是伺服器目前的值，「原值」是兩次修改之前的值。</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="238"/>
        <source>The server refused this change: %1</source>
        <translation>伺服器拒絕了此修改：%1</translation>
    </message>
</context>
<context>
    <name>ConflictsInbox</name>
    <message>
        <location filename="../../ui/conflicts/install.py" line="49"/>
        <source>&amp;Conflicts…</source>
        <translation>衝突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/install.py" line="50"/>
        <source>Open the conflicts inbox</source>
        <translation>開啟衝突收件匣</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/install.py" line="125"/>
        <source>Settled — your change is saved locally and uploads now</source>
        <translation>已處理 — 您的修改已儲存在本機，正在上傳</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/install.py" line="127"/>
        <source>Settled — the server&apos;s value stays</source>
        <translation>已處理 — 保留伺服器的值</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="74"/>
        <source>Edit contact — %1</source>
        <translation>修改聯絡方式 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="77"/>
        <source>&amp;Phone</source>
        <translation>電話(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="78"/>
        <source>&amp;E-mail</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="79"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="88"/>
        <source>Leave a field blank to keep what the customer has.</source>
        <translation>留空的欄位保持客戶現有的資料不變。</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="96"/>
        <source>Fill in at least one of phone, e-mail, address.</source>
        <translation>請至少填寫電話、電子郵件、地址中的一項。</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>The disk of this computer is full, so Guitai cannot save or download. Free some space (or ask IT); your work so far is kept.</source>
        <translation>本機磁碟已滿，櫃檯無法儲存或下載。請釋放一些空間（或聯絡 IT）；已完成的工作都已保留。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Guitai</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>Guitai: something went wrong</source>
        <translation>櫃檯：發生錯誤</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>Guitai ran into an error of its own. What you saved is safe; the action you were doing may not have finished. Please send this log file to IT:
%1</source>
        <translation>櫃檯程式內部出錯。已儲存的內容是安全的；剛才的操作可能沒有完成。請將此記錄檔傳給 IT：
%1</translation>
    </message>
</context>
<context>
    <name>Customer360View</name>
    <message>
        <location filename="../../ui/widgets/customer.py" line="317"/>
        <source>History</source>
        <translation>歷史紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="322"/>
        <source>Reading the history…</source>
        <translation>正在讀取歷史紀錄…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="324"/>
        <source>Nothing recorded for this customer yet.</source>
        <translation>該客戶尚無紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="326"/>
        <source>From the server: the changes and views of every workstation.</source>
        <translation>來自伺服器：所有工作站的修改與檢視紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="329"/>
        <source>From this computer&apos;s copy of the audit trail, as far as the last sync brought it.</source>
        <translation>來自本機的稽核紀錄副本，截至上次同步。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="332"/>
        <source>Only the newest %1 are shown.</source>
        <translation>僅顯示最新的 %1 筆。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="357"/>
        <source>Contact</source>
        <translation>聯繫方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="358"/>
        <source>Next appointment</source>
        <translation>下次預約</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="359"/>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="360"/>
        <source>Profitability</source>
        <translation>盈利貢獻</translation>
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
        <translation>餘額</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="363"/>
        <location filename="../../ui/widgets/customer.py" line="449"/>
        <source>Related parties</source>
        <translation>關聯方</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="364"/>
        <location filename="../../ui/widgets/customer.py" line="453"/>
        <source>External data</source>
        <translation>外部資料</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="366"/>
        <source>Interactions</source>
        <translation>互動記錄</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="367"/>
        <source>Open tasks</source>
        <translation>待辦任務</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="368"/>
        <source>Referrals</source>
        <translation>商機轉介</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="369"/>
        <source>Offers</source>
        <translation>推薦產品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="370"/>
        <source>Segment feedback</source>
        <translation>分群回饋</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="401"/>
        <source>Find a customer on the left, then press Enter to open the relationship.</source>
        <translation>在左側查找客戶，按回車鍵打開客戶全景視圖。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="413"/>
        <source>No segment</source>
        <translation>未分層</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="426"/>
        <source>Customer %1</source>
        <translation>客戶號 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="427"/>
        <source>ID %1</source>
        <translation>證件號 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="428"/>
        <source>RM %1</source>
        <translation>客戶經理 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="429"/>
        <source>KYC review %1</source>
        <translation>KYC 覆核 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="437"/>
        <source>No contact data.</source>
        <translation>無聯繫方式。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="440"/>
        <source>None booked.</source>
        <translation>暫無預約。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="447"/>
        <source>Net profit, last 12 months: %1</source>
        <translation>近 12 個月淨利潤：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="461"/>
        <source>Interest income</source>
        <translation>利息收入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="462"/>
        <source>Fee income</source>
        <translation>手續費收入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="463"/>
        <source>Funding cost</source>
        <translation>資金成本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="464"/>
        <source>Operating cost</source>
        <translation>營運成本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="465"/>
        <source>Risk cost</source>
        <translation>風險成本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="466"/>
        <source>Net</source>
        <translation>淨利潤</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="474"/>
        <source>No profitability figures yet.</source>
        <translation>暫無盈利數據。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="483"/>
        <source>Household net profit, last 12 months: %1</source>
        <translation>家庭近 12 個月淨利潤：%1</translation>
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
        <translation>歷史紀錄從伺服器讀取：連線後顯示。</translation>
    </message>
</context>
<context>
    <name>CustomerModels</name>
    <message>
        <location filename="../../ui/models/customer.py" line="69"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="73"/>
        <location filename="../../ui/models/customer.py" line="171"/>
        <location filename="../../ui/models/customer.py" line="195"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="76"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="79"/>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="84"/>
        <source>Net profit (12 m)</source>
        <translation>淨利潤（12 個月）</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="89"/>
        <location filename="../../ui/models/customer.py" line="206"/>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>關係</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="18"/>
        <source>%1 (another branch)</source>
        <translation>%1（其他網點）</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="45"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="49"/>
        <source>Member</source>
        <translation>成員</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="57"/>
        <location filename="../../ui/models/customer.py" line="110"/>
        <source>Number</source>
        <translation>客戶號</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="124"/>
        <location filename="../../ui/models/customer.py" line="268"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="128"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="131"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="135"/>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="138"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="142"/>
        <source>Staff</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="154"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="157"/>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="159"/>
        <location filename="../../ui/models/customer.py" line="183"/>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="174"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="178"/>
        <source>Expected value</source>
        <translation>預期金額</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="198"/>
        <source>Reason</source>
        <translation>推薦理由</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="201"/>
        <source>Score</source>
        <translation>評分</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="210"/>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="223"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="226"/>
        <source>Attribute</source>
        <translation>屬性</translation>
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
        <translation>不對，應為 %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="256"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="260"/>
        <source>Said</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="264"/>
        <source>Reason given</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="272"/>
        <source>Head office</source>
        <translation>總行</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="276"/>
        <source>Reply</source>
        <translation>答覆</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="280"/>
        <source>Answered</source>
        <translation>答覆時間</translation>
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
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="870"/>
        <source>%1 customers behind %2.</source>
        <translation>%2 背後有 %1 位客戶。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="872"/>
        <source>%1 staff behind %2.</source>
        <translation>%2 背後有 %1 名員工。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="875"/>
        <source>The first %1 are listed.</source>
        <translation>只列出前 %1 個。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="878"/>
        <source>%1 more belong to other branches and are not shown.</source>
        <translation>另有 %1 位屬於其他分行，不予顯示。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="883"/>
        <source>Enter on a customer opens their 360.</source>
        <translation>在客戶上按 Enter 鍵開啟其 360 檢視。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="890"/>
        <source>Fi&amp;lter (%1 of %2)</source>
        <translation>篩選(&amp;L)（%1 / %2）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="912"/>
        <source>%1 was removed: there is no 360 to open.</source>
        <translation>%1 已被刪除，無法開啟其 360 檢視。</translation>
    </message>
</context>
<context>
    <name>EditValuesDialog</name>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="46"/>
        <source>Edit the values to keep</source>
        <translation>編輯要保留的值</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="56"/>
        <source>Server: %1 — original: %2</source>
        <translation>伺服器：%1 — 原值：%2</translation>
    </message>
</context>
<context>
    <name>EvaluationDrill</name>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="785"/>
        <source>%1 (removed)</source>
        <translation>%1（已刪除）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="790"/>
        <source>Customer number</source>
        <translation>客戶編號</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="792"/>
        <source>Username</source>
        <translation>使用者名稱</translation>
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
        <translation>次數</translation>
    </message>
</context>
<context>
    <name>EvaluationFigures</name>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="90"/>
        <source>Interactions</source>
        <translation>客戶互動</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="91"/>
        <source>Referrals made</source>
        <translation>發起的轉介</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="92"/>
        <source>Appointments booked</source>
        <translation>預約數</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="95"/>
        <source>Appointments held</source>
        <translation>已完成預約</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="96"/>
        <source>Offers presented</source>
        <translation>已推介產品</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="97"/>
        <source>Segment feedback given</source>
        <translation>客群回饋</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="100"/>
        <source>Staff who signed in</source>
        <translation>登入員工數</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="101"/>
        <source>Staff active per week</source>
        <translation>每週活躍員工比例</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="104"/>
        <source>Customers viewed per active staff member</source>
        <translation>每名活躍員工檢視的客戶數</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="107"/>
        <source>New customers</source>
        <translation>新增客戶</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="108"/>
        <source>Prospects converted</source>
        <translation>潛在客戶轉化</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="111"/>
        <source>New accounts</source>
        <translation>新開帳戶</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="112"/>
        <source>Balance change (CNY)</source>
        <translation>餘額變動（人民幣）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="113"/>
        <source>Net profit, 12 months (CNY)</source>
        <translation>12 個月淨利（人民幣）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="116"/>
        <source>Change of 12-month net profit (CNY)</source>
        <translation>12 個月淨利變動（人民幣）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="119"/>
        <source>Referrals won</source>
        <translation>成功轉介</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="120"/>
        <source>Value of referrals won (CNY)</source>
        <translation>成功轉介金額（人民幣）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="123"/>
        <source>Referral conversion</source>
        <translation>轉介成功率</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="126"/>
        <source>Offer acceptance</source>
        <translation>推介接受率</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="129"/>
        <source>Customers moved up a segment</source>
        <translation>客群升級客戶</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="132"/>
        <source>Workstations that synced</source>
        <translation>已同步工作站</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="135"/>
        <source>Days offline per workstation</source>
        <translation>每台工作站離線天數</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="138"/>
        <source>Failed syncs</source>
        <translation>同步失敗</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="139"/>
        <source>Conflicts listed</source>
        <translation>出現的衝突</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="140"/>
        <source>Conflicts resolved</source>
        <translation>已解決衝突</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="141"/>
        <source>Versions in use</source>
        <translation>使用中版本數</translation>
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
        <translation>產出</translation>
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
        <translation>%1 / %2（至 %3）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="195"/>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="200"/>
        <source>Part</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="205"/>
        <source>This quarter</source>
        <translation>本季</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="211"/>
        <source>Previous quarter</source>
        <translation>上一季</translation>
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
        <translation>全行（每分行）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="229"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="401"/>
        <source>Asking the server for the evaluation …</source>
        <translation>正在向伺服器取得評估 …</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="444"/>
        <source>Your role does not read the quarterly evaluation.</source>
        <translation>您的角色無權檢視季度評估。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="446"/>
        <source>This server does not offer the evaluation yet (an older version).</source>
        <translation>此伺服器尚不提供評估（版本較舊）。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="448"/>
        <source>The server refused the evaluation: %1</source>
        <translation>伺服器拒絕了評估請求：%1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="475"/>
        <source>Offline: this computer has no evaluation of this quarter yet. It comes from the server, and is kept here, once online.</source>
        <translation>離線：本機尚無本季的評估。連線後將從伺服器取得並保存在本機。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="578"/>
        <source>Fi&amp;lter (%1 of %2)</source>
        <translation>篩選(&amp;L)（%1 / %2）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="593"/>
        <source>%1, quarter %2 (%3 to %4), beside the bank&apos;s %5 branches</source>
        <translation>%1，%2 季（%3 至 %4），對比全行 %5 家分行</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="602"/>
        <source>Offline: this computer&apos;s copy, as of %1 (fetched %2). The figures are counted on the server; they come again once online.</source>
        <translation>離線：本機副本，資料截至 %1（取得於 %2）。指標由伺服器計算，連線後將重新取得。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="606"/>
        <source>As of %1 (fetched from the server %2).</source>
        <translation>資料截至 %1（於 %2 從伺服器取得）。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="612"/>
        <source>Enter on a figure lists the customers or staff behind it.</source>
        <translation>在指標上按 Enter 鍵列出其背後的客戶或員工。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="625"/>
        <source>%1: the last 8 quarters</source>
        <translation>%1：最近 8 季</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="642"/>
        <source>%1: branch against the bank</source>
        <translation>%1：分行對比全行</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="677"/>
        <source>No milestones set for this half year.</source>
        <translation>本半年度未設定里程碑。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="713"/>
        <source>%1 is not made of customers or staff: there is nothing to list.</source>
        <translation>%1 不由客戶或員工構成，無可列出。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="722"/>
        <source>Offline: who is behind a figure is asked of the server. Try again when online.</source>
        <translation>離線：指標背後的明細需向伺服器查詢，請連線後重試。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="727"/>
        <source>Asking the server who is behind %1 …</source>
        <translation>正在向伺服器查詢 %1 背後的明細 …</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="763"/>
        <source>That branch&apos;s customers are not yours to see.</source>
        <translation>您無權檢視該分行的客戶。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="765"/>
        <source>The server cannot be reached: who is behind a figure is asked there.</source>
        <translation>無法連線伺服器：指標背後的明細需在伺服器上查詢。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="767"/>
        <source>The server refused: %1</source>
        <translation>伺服器拒絕：%1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="771"/>
        <source>&amp;Quarter</source>
        <translation>季度(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="772"/>
        <source>&amp;Branch</source>
        <translation>分行(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="773"/>
        <source>Ask again (F5)</source>
        <translation>重新取得 (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="774"/>
        <source>Any word of a figure</source>
        <translation>指標中的任意字詞</translation>
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
        <translation>客群回饋 — %1</translation>
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
        <translation>建議其他客群</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="112"/>
        <source>Watch: right for now, keep an eye on it</source>
        <translation>關注：目前正確，但需留意</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="117"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="119"/>
        <source>&amp;Verdict</source>
        <translation>意見(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="120"/>
        <source>S&amp;uggested segment</source>
        <translation>建議的客群(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="121"/>
        <source>&amp;Comment</source>
        <translation>備註(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="146"/>
        <source>Head office has not put this customer in a segment.</source>
        <translation>總行尚未將此客戶劃入客群。</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="156"/>
        <source>This customer has no segment.</source>
        <translation>此客戶沒有客群。</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="161"/>
        <source>Choose the segment you suggest instead.</source>
        <translation>請選擇您建議的客群。</translation>
    </message>
</context>
<context>
    <name>FeedbackHome</name>
    <message>
        <location filename="../../ui/homes/feedback.py" line="78"/>
        <source>wrong, should be %1</source>
        <translation>不對，應為 %1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="284"/>
        <source>Only head office reads and answers segment feedback.</source>
        <translation>只有總行可以查看和答覆分群回饋。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="289"/>
        <source>Offline: the feedback is read from the server; it shows once online.</source>
        <translation>離線：回饋從伺服器讀取，連線後顯示。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="372"/>
        <source>This feedback is answered already (%1).</source>
        <translation>此回饋已答覆（%1）。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="393"/>
        <source>%1 accepted: the customer is now in %2.</source>
        <translation>%1 已接受：客戶現屬 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="398"/>
        <source>%1 %2.</source>
        <translation>%1 %2。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="432"/>
        <source>%1 shown of %2 · %3 open · %4 segments · %5 branches</source>
        <translation>顯示 %1 / 共 %2 筆 · %3 筆待答覆 · %4 個分群 · %5 個分行</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="440"/>
        <source>(the first %1 only)</source>
        <translation>（僅前 %1 筆）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="445"/>
        <source>&amp;Show</source>
        <translation>顯示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="447"/>
        <source>Open</source>
        <translation>待答覆</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="448"/>
        <source>Answered</source>
        <translation>已答覆</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="449"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="453"/>
        <source>Fi&amp;lter</source>
        <translation>篩選(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="454"/>
        <source>Customer, name, branch, segment, reason or author</source>
        <translation>客戶、姓名、分行、分群、理由或提交人</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="455"/>
        <source>Accept…</source>
        <translation>接受…</translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="455"/>
        <source>Reject…</source>
        <translation>拒絕…</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location filename="../../ui/models/feedback.py" line="34"/>
        <source>(whole segment)</source>
        <translation>（整個分群）</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="44"/>
        <source>%1 (was %2)</source>
        <translation>%1（原 %2）</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="57"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="67"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="72"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="77"/>
        <source>Verdict</source>
        <translation>意見</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="82"/>
        <source>Suggested</source>
        <translation>建議分群</translation>
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
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="107"/>
        <source>Reply</source>
        <translation>答覆</translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../ui/conflicts/models.py" line="137"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="137"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="137"/>
        <source>Server</source>
        <translation>伺服器</translation>
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
        <translation>請登入以查看您自己的客戶和日程。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/page.py" line="212"/>
        <source>This computer&apos;s copy, not synced yet.</source>
        <translation>本機副本，尚未同步。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/page.py" line="213"/>
        <source>This computer&apos;s copy, synced %1.</source>
        <translation>本機副本，同步於 %1。</translation>
    </message>
</context>
<context>
    <name>HomeTabs</name>
    <message>
        <location filename="../../ui/homes/registry.py" line="197"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="198"/>
        <source>Find and open customers</source>
        <translation>尋找並開啟客戶</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="206"/>
        <source>Audit trail</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="207"/>
        <source>Search the audit trail on the server</source>
        <translation>在伺服器上檢索稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="215"/>
        <source>My book</source>
        <translation>我的客戶</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="216"/>
        <source>The customers you own</source>
        <translation>由您負責的客戶</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="224"/>
        <source>My pipeline</source>
        <translation>我的商機</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="225"/>
        <source>The referrals passed to you, by stage</source>
        <translation>轉介給您的商機，按階段</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="233"/>
        <source>My calendar</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="234"/>
        <source>Your appointments and working hours, by day or week</source>
        <translation>您的預約和工作時段，按日或按週</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="242"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="243"/>
        <source>The branch&apos;s day: appointments, tasks due, KYC reviews, offers</source>
        <translation>本分行今天的安排：預約、到期任務、KYC 複核、推薦產品</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="253"/>
        <source>My tasks</source>
        <translation>我的任務</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="254"/>
        <source>The open tasks given to you, soonest due first</source>
        <translation>分配給您的未完成任務，最早到期的在前</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="262"/>
        <source>Callers</source>
        <translation>來電客戶</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="263"/>
        <source>Find a caller by phone, see their interactions, book an RM&apos;s slot</source>
        <translation>按電話查找來電客戶，查看互動，預約客戶經理時段</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="273"/>
        <source>Branch week</source>
        <translation>網點本週</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="274"/>
        <source>The branch&apos;s week: appointments, pipeline, tasks and KYC overdue, feedback</source>
        <translation>網點本週：預約、商機、逾期任務與 KYC、回饋</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="285"/>
        <source>Watched</source>
        <translation>關注</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="286"/>
        <source>What changed for the watched customers since you last looked</source>
        <translation>自您上次查看以來關注客戶的變化</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="296"/>
        <source>Evaluation</source>
        <translation>評估</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="297"/>
        <source>The quarter&apos;s evaluation: activity in, results out, against the bank and the milestones</source>
        <translation>季度評估：投入與產出，對比全行與里程碑</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="309"/>
        <source>Feedback</source>
        <translation>分群回饋</translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="310"/>
        <source>The branches&apos; feedback on the customers&apos; segments: read and answer it</source>
        <translation>各分行對客戶分群的回饋：查看並答覆</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../ui/homes/hours.py" line="85"/>
        <source>Set my working hours</source>
        <translation>設定我的工作時間</translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="86"/>
        <source>&amp;Hours</source>
        <translation>時間(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="87"/>
        <source>&amp;Slot minutes</source>
        <translation>每個時段分鐘數(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="90"/>
        <source>Days and times, e.g. “mon-fri 09:00-12:00,13:30-17:00; sat 09:00-12:00”. Your bookable blocks of the coming weeks are made from them on the server and arrive here with the next sync.</source>
        <translation>星期與時間，例如「mon-fri 09:00-12:00,13:30-17:00; sat 09:00-12:00」。伺服器據此產生您未來幾週可預約的時段，下次同步時送到本機。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="99"/>
        <location filename="../../ui/homes/hours.py" line="123"/>
        <source>Offline: working hours are set on the server; try again online.</source>
        <translation>離線：工作時間需在伺服器上設定，請連線後重試。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="149"/>
        <source>Not set: %1</source>
        <translation>未設定：%1</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/lock.py" line="199"/>
        <source>&amp;Lock now</source>
        <translation>立即鎖定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="270"/>
        <source>Wrong password. The screen stays locked.</source>
        <translation>密碼錯誤，螢幕保持鎖定。</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="274"/>
        <source>The password could not be checked: %1</source>
        <translation>無法驗證密碼：%1</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="40"/>
        <source>Log interaction — %1</source>
        <translation>記錄接觸 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="47"/>
        <source>&amp;Kind</source>
        <translation>類型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="48"/>
        <source>C&amp;hannel</source>
        <translation>管道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="49"/>
        <source>&amp;Subject</source>
        <translation>主旨(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="50"/>
        <source>&amp;Notes</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="51"/>
        <source>&amp;Outcome</source>
        <translation>結果(&amp;O)</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../ui/conflicts/models.py" line="80"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="80"/>
        <source>Change</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="80"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="80"/>
        <source>Reported</source>
        <translation>回報時間</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="101"/>
        <source>In conflict</source>
        <translation>衝突</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="101"/>
        <source>Refused</source>
        <translation>被拒絕</translation>
    </message>
</context>
<context>
    <name>ItemFlows</name>
    <message>
        <location filename="../../ui/teller/items.py" line="243"/>
        <source>Task “%1” done — saved locally, waiting to upload</source>
        <translation>任務「%1」已完成——已儲存在本機，等待上傳</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="267"/>
        <source>Choose whom to give the task to.</source>
        <translation>請選擇接手任務的員工。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="275"/>
        <source>Task “%1” given to %2 — saved locally, waiting to upload</source>
        <translation>任務「%1」已交給 %2——已儲存在本機，等待上傳</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="299"/>
        <source>Response to “%1” recorded — saved locally, waiting to upload</source>
        <translation>已記錄對「%1」的答覆——已儲存在本機，等待上傳</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="131"/>
        <source>Guitai is locked</source>
        <translation>櫃檯已鎖定</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="133"/>
        <source>Signed in as %1. Enter your password to go on.</source>
        <translation>已登入使用者：%1。請輸入密碼繼續。</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="135"/>
        <source>&amp;Unlock</source>
        <translation>解鎖(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="136"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="146"/>
        <source>Checking …</source>
        <translation>正在驗證…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="134"/>
        <source>Opening %1 …</source>
        <translation>正在打開 %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="161"/>
        <source>Guitai — %1</source>
        <translation>櫃檯 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="163"/>
        <source>&amp;Settings</source>
        <translation>設置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="164"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="165"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="193"/>
        <source>Cache open: %1</source>
        <translation>本機快取已打開：%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="197"/>
        <source>The cache could not be opened: %1</source>
        <translation>無法打開本機快取：%1</translation>
    </message>
</context>
<context>
    <name>MyTasksModel</name>
    <message>
        <location filename="../../ui/homes/tasks.py" line="52"/>
        <source>Saved locally</source>
        <translation>已儲存在本機</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="54"/>
        <source>In conflict</source>
        <translation>有衝突</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="70"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="74"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="75"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="77"/>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="82"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>NewCustomer</name>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="58"/>
        <source>same ID number</source>
        <translation>證件號碼相同</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="59"/>
        <source>same phone</source>
        <translation>電話相同</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="60"/>
        <source>same name and birth date</source>
        <translation>姓名和出生日期相同</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="72"/>
        <source>The ID card says the customer was born on %1.</source>
        <translation>身分證上的出生日期是 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="76"/>
        <source>%1 characters typed; the number has 18.</source>
        <translation>已輸入 %1 位；號碼應為 18 位。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="81"/>
        <source>%1 cannot appear in a credit code (no I, O, S, V or Z).</source>
        <translation>統一社會信用代碼中不能出現 %1（沒有 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="84"/>
        <source>An ID card number is 17 digits, then a digit or X.</source>
        <translation>身分證號碼為 17 位數字，最後一位是數字或 X。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="88"/>
        <source>The check character should be %1: a character is mistyped.</source>
        <translation>校驗位應為 %1：有字元輸錯了。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="92"/>
        <source>The birth date inside the number is not a possible one.</source>
        <translation>號碼中的出生日期不可能成立。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="102"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="106"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="110"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="113"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="117"/>
        <source>Found in</source>
        <translation>查到於</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="119"/>
        <source>the bank (server)</source>
        <translation>全行（伺服器）</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="121"/>
        <source>this computer</source>
        <translation>本機</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="493"/>
        <source>Offline: only this computer&apos;s copy was checked.</source>
        <translation>離線：只檢查了本機副本。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="516"/>
        <source>The server did not answer: only this computer&apos;s copy was checked.</source>
        <translation>伺服器未回應：只檢查了本機副本。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="548"/>
        <source>It could not be saved.</source>
        <translation>無法儲存。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="555"/>
        <source>New prospect %1 saved locally — waiting to upload</source>
        <translation>新潛在客戶 %1 已儲存在本機——等待上傳</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="559"/>
        <source>New customer %1 saved locally — waiting to upload</source>
        <translation>新客戶 %1 已儲存在本機——等待上傳</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="251"/>
        <source>New customer or prospect</source>
        <translation>新客戶或潛在客戶</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="252"/>
        <source>Individual</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="253"/>
        <source>Business</source>
        <translation>企業</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="254"/>
        <source>Not asked</source>
        <translation>未詢問</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="255"/>
        <source>Yes: SMS, e-mail and calls</source>
        <translation>同意：簡訊、電子郵件和電話</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="256"/>
        <source>No</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="257"/>
        <source>Prospect</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="258"/>
        <source>Active customer</source>
        <translation>正式客戶</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="260"/>
        <source>&amp;Kind</source>
        <translation>類別(&amp;K)</translation>
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
        <translation>手機(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="264"/>
        <source>Ot&amp;her phone</source>
        <translation>其他電話(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="265"/>
        <source>&amp;E-mail</source>
        <translation>電子郵件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="266"/>
        <source>A&amp;ddress</source>
        <translation>地址(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="267"/>
        <source>Marketing &amp;consent</source>
        <translation>行銷同意(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="268"/>
        <source>&amp;Taken on as</source>
        <translation>建檔類型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="271"/>
        <source>&amp;Registration number (USCC)</source>
        <translation>統一社會信用代碼(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="272"/>
        <source>Date of &amp;incorporation</source>
        <translation>成立日期(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="274"/>
        <source>&amp;ID card number</source>
        <translation>身分證號碼(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="275"/>
        <source>&amp;Birth date</source>
        <translation>出生日期(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="278"/>
        <source>Likely duplicates</source>
        <translation>可能重複的客戶</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="279"/>
        <source>Not the same person? Say &amp;why:</source>
        <translation>不是同一人？請說明原因(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="280"/>
        <source>e.g. a different person: other father&apos;s name</source>
        <translation>例如：不同的人，父親姓名不同</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="281"/>
        <source>&amp;Open the listed customer instead</source>
        <translation>改為開啟所列客戶(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="292"/>
        <source>Save &amp;anyway</source>
        <translation>仍然儲存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="295"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="309"/>
        <source>18 characters; the last is a check character.</source>
        <translation>共 18 位，最後一位是校驗位。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="316"/>
        <source>✓ The check character is right.</source>
        <translation>✓ 校驗位正確。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="321"/>
        <source>✓ The check character is right; born %1.</source>
        <translation>✓ 校驗位正確；出生於 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="328"/>
        <source>%1 of 18 characters.</source>
        <translation>已輸入 %1/18 位。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="358"/>
        <source>Write the date as YYYY-MM-DD, e.g. 1980-03-08.</source>
        <translation>日期請寫成 YYYY-MM-DD，例如 1980-03-08。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="389"/>
        <source>Checking for likely duplicates …</source>
        <translation>正在檢查可能重複的客戶…</translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="442"/>
        <source>Likely the same as a customer the bank has (found: %1). Open the listed customer, or save anyway with the reason this is someone else (it is kept in the audit trail).</source>
        <translation>可能與本行已有客戶為同一人（找到 %1 位）。請開啟所列客戶，或說明不是同一人的原因後仍然儲存（原因記入稽核紀錄）。</translation>
    </message>
</context>
<context>
    <name>OfferResponseDialog</name>
    <message>
        <location filename="../../ui/teller/items.py" line="169"/>
        <source>Offer response</source>
        <translation>客戶答覆</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="171"/>
        <source>What did the customer say to “%1”?</source>
        <translation>客戶對「%1」怎麼說？</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="175"/>
        <source>&amp;Presented (no answer yet)</source>
        <translation>已介紹（尚未答覆）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="176"/>
        <source>&amp;Accepted</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="177"/>
        <source>De&amp;clined</source>
        <translation>拒絕(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="178"/>
        <source>&amp;Later (show it again)</source>
        <translation>以後再說（下次再提示）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="189"/>
        <source>&amp;Record</source>
        <translation>記錄(&amp;R)</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../ui/sync_ui.py" line="49"/>
        <source>Offline: your work is saved on this computer and uploads when the server can be reached again.</source>
        <translation>離線：您的工作已儲存在本機，伺服器恢復連線後將自動上傳。</translation>
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
        <translation>客戶辦理了什麼？</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="83"/>
        <source>Why was it lost?</source>
        <translation>為什麼未成交？</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="98"/>
        <source>Mark as won</source>
        <translation>標記為已成交</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="98"/>
        <source>Mark as lost</source>
        <translation>標記為未成交</translation>
    </message>
</context>
<context>
    <name>PipelineHome</name>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="269"/>
        <source>%1 moved to %2 — saved locally, waiting to upload.</source>
        <translation>%1 已移至「%2」— 已儲存在本機，等待上傳。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="280"/>
        <source>Not moved: %1</source>
        <translation>未移動：%1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="285"/>
        <source>This referral is closed (%1): it stays where it is.</source>
        <translation>該商機已結束（%1），不能再移動。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="288"/>
        <source>A new referral has no stage before it.</source>
        <translation>新建商機之前沒有階段。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="332"/>
        <source>All stages (%1)</source>
        <translation>全部階段（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="347"/>
        <source>By stage (count · value in CNY): %1.</source>
        <translation>按階段（數量 · 金額，人民幣）：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="354"/>
        <source>&amp;Stage</source>
        <translation>階段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="355"/>
        <source>Fi&amp;lter</source>
        <translation>篩選(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="356"/>
        <source>Customer, name, product or who referred</source>
        <translation>客戶號、姓名、產品或轉介人</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="358"/>
        <source>Next stage ▶</source>
        <translation>下一階段 ▶</translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="359"/>
        <source>◀ Stage before</source>
        <translation>◀ 上一階段</translation>
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
        <translation>淨利潤</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="101"/>
        <source>Profitability, last 12 months (%1)</source>
        <translation>近 12 個月盈利貢獻（%1）</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/teller/items.py" line="130"/>
        <source>Reassign task</source>
        <translation>改派任務</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="131"/>
        <source>Give “%1” to:</source>
        <translation>將「%1」交給：</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="134"/>
        <source>&amp;Staff member</source>
        <translation>員工(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="137"/>
        <source>&amp;Reassign</source>
        <translation>改派(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="147"/>
        <source>Nobody else of the branch is in this computer&apos;s copy.</source>
        <translation>本機副本中沒有本分行的其他員工。</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/work/choices.py" line="53"/>
        <source>Refer to an RM — %1</source>
        <translation>轉介客戶經理 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="60"/>
        <source>&amp;Product</source>
        <translation>產品(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="61"/>
        <source>&amp;RM</source>
        <translation>客戶經理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="62"/>
        <source>&amp;Expected value</source>
        <translation>預計金額(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="63"/>
        <source>&amp;Notes</source>
        <translation>備註(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="87"/>
        <source>Choose a product.</source>
        <translation>請選擇產品。</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="88"/>
        <source>Choose the RM to pass the lead to.</source>
        <translation>請選擇接收商機的客戶經理。</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/models/search.py" line="19"/>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="24"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="26"/>
        <source>Number</source>
        <translation>客戶號</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="28"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="29"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="30"/>
        <source>Latin name</source>
        <translation>拼音/英文名</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="77"/>
        <source>Not on this computer yet: opens from the server</source>
        <translation>本機尚無此客戶：將從伺服器開啟</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/widgets/search.py" line="129"/>
        <source>Search: name, pinyin, initials, phone, ID or account number  (Ctrl+F)</source>
        <translation>搜尋：姓名、拼音、首字母、電話、證件號或帳號（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="139"/>
        <source>Opening %1 from the server …</source>
        <translation>正在從伺服器開啟 %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="142"/>
        <source>Type to search the customers on this workstation.</source>
        <translation>輸入即可搜尋本機快取的客戶。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="145"/>
        <source>No customer found.</source>
        <translation>未找到客戶。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search.py" line="147"/>
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>找到 %n 位客戶。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search.py" line="150"/>
        <source>%n more on the server.</source>
        <translation>
            <numerusform>伺服器上另有 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="205"/>
        <source>The server could not open this customer: %1</source>
        <translation>伺服器無法開啟此客戶：%1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signin.py" line="143"/>
        <source>Sign in to Guitai</source>
        <translation>登入櫃檯</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="147"/>
        <source>Sign in with your bank user name and password. The first sign-in on this computer needs the network.</source>
        <translation>請使用銀行使用者名稱和密碼登入。在本機首次登入需要連線。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="152"/>
        <source>Sign in again to keep your work in step with the bank.</source>
        <translation>請重新登入，以便與銀行保持同步。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="154"/>
        <source>&amp;Server address:</source>
        <translation>伺服器位址(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="155"/>
        <source>&amp;User name:</source>
        <translation>使用者名稱(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="156"/>
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="157"/>
        <source>&amp;New password:</source>
        <translation>新密碼(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="158"/>
        <source>&amp;Repeat new password:</source>
        <translation>確認新密碼(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="162"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="174"/>
        <source>Fill in the server address, user name and password.</source>
        <translation>請填寫伺服器位址、使用者名稱和密碼。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="178"/>
        <source>The two new passwords differ. Type them again.</source>
        <translation>兩次輸入的新密碼不一致，請重新輸入。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="181"/>
        <source>Signing in …</source>
        <translation>正在登入…</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="256"/>
        <source>This is a one-time password. Choose a new password of at least %1 characters, type it twice and sign in.</source>
        <translation>這是一次性密碼。請設定至少 %1 個字元的新密碼，輸入兩次後登入。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="261"/>
        <source>The new password is shorter than %1 characters or the same as the old one. Choose another.</source>
        <translation>新密碼少於 %1 個字元，或與舊密碼相同。請另選一個。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="266"/>
        <source>The server %1 cannot be reached. Check the network and the server address, then try again.</source>
        <translation>無法連線伺服器 %1。請檢查網路和伺服器位址後重試。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="271"/>
        <source>This computer does not trust the server&apos;s certificate, so your password was not sent. Ask IT to check the certificate (guitai doctor shows the details).</source>
        <translation>本機不信任該伺服器的憑證，因此沒有傳送您的密碼。請聯絡 IT 檢查憑證（guitai doctor 可顯示詳情）。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="275"/>
        <source>Wrong user name or password.</source>
        <translation>使用者名稱或密碼錯誤。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="277"/>
        <source>The disk of this computer is full. Free some space and try again.</source>
        <translation>本機磁碟已滿。請釋放一些空間後重試。</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="279"/>
        <source>Signing in did not work: %1</source>
        <translation>登入未成功：%1</translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="280"/>
        <source>Signing in failed on an internal error; the log has the details.</source>
        <translation>登入時發生內部錯誤；詳情見記錄檔。</translation>
    </message>
</context>
<context>
    <name>SyncErrorDialogs</name>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <location filename="../../ui/errors.py" line="176"/>
        <source>Guitai</source>
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="182"/>
        <source>Sign in again</source>
        <translation>重新登入</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="184"/>
        <source>Your sign-in has expired, so Guitai cannot sync with the bank. Your work is kept on this computer and uploads after you sign in again.</source>
        <translation>您的登入已過期，櫃檯無法與銀行同步。您的工作保存在本機，重新登入後會自動上傳。</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="191"/>
        <source>Sign in …</source>
        <translation>登入…</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="192"/>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="199"/>
        <source>The disk of this computer is full, so Guitai cannot save or download. Free some space (or ask IT); your work so far is kept.</source>
        <translation>本機磁碟已滿，櫃檯無法儲存或下載。請釋放一些空間（或聯絡 IT）；已完成的工作都已保留。</translation>
    </message>
</context>
<context>
    <name>SyncLine</name>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="53"/>
        <source>Saved locally</source>
        <translation>已儲存在本機</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="54"/>
        <source>Uploaded</source>
        <translation>已上傳</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="55"/>
        <source>In conflict</source>
        <translation>存在衝突</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="69"/>
        <source>Not synced with the server yet</source>
        <translation>尚未與伺服器同步</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="71"/>
        <source>Synced %1</source>
        <translation>同步於 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="74"/>
        <source>Latest change of this data: %1</source>
        <translation>此資料最近變更：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/sync_line.py" line="88"/>
        <source>%n more change(s)</source>
        <translation>
            <numerusform>另有 %n 項變更</numerusform>
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
        <translation>現在就與伺服器上傳和下載變更</translation>
    </message>
    <message>
        <location filename="../../ui/sync_menu.py" line="51"/>
        <source>Syncing with the server…</source>
        <translation>正在與伺服器同步…</translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../../ui/sync_ui.py" line="77"/>
        <source>Downloading: %1 rows</source>
        <translation>正在下載：%1 列</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/status.py" line="45"/>
        <source>● Online</source>
        <translation>● 在線</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="45"/>
        <source>● Offline</source>
        <translation>● 離線</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="51"/>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="52"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="53"/>
        <source>Pending uploads: %1</source>
        <translation>待上傳：%1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="54"/>
        <source>Conflicts: %1</source>
        <translation>衝突：%1</translation>
    </message>
</context>
<context>
    <name>TableLabel</name>
    <message>
        <location filename="../../client/schema/registry.py" line="145"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="146"/>
        <source>Member of staff</source>
        <translation>員工</translation>
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
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="150"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="153"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="162"/>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="167"/>
        <source>Consent</source>
        <translation>授權</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="170"/>
        <source>Interaction</source>
        <translation>互動記錄</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="175"/>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="178"/>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="186"/>
        <source>Account holder</source>
        <translation>帳戶持有人</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="194"/>
        <source>Account history</source>
        <translation>帳戶歷史</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="202"/>
        <source>Relationship</source>
        <translation>關係</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="209"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="216"/>
        <source>Household member</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="223"/>
        <source>Segment feedback</source>
        <translation>客群回饋</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="230"/>
        <source>Segment history</source>
        <translation>分群變動記錄</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="235"/>
        <source>Offer</source>
        <translation>產品推薦</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="236"/>
        <source>Referral</source>
        <translation>轉介</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="239"/>
        <source>Calendar</source>
        <translation>行事曆</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="245"/>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="252"/>
        <source>External record</source>
        <translation>外部資料</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="258"/>
        <source>Audit event</source>
        <translation>稽核紀錄</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="106"/>
        <source>Follow-up task — %1</source>
        <translation>後續任務 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="113"/>
        <source>&amp;Title</source>
        <translation>標題(&amp;T)</translation>
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
        <translation>由於內部錯誤，無法完成此操作（請查看日誌）。</translation>
    </message>
</context>
<context>
    <name>TasksHome</name>
    <message>
        <location filename="../../ui/homes/tasks.py" line="229"/>
        <source>%1 open tasks, %2 of them overdue.</source>
        <translation>%1 項未完成任務，其中 %2 項已逾期。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="237"/>
        <source>Fi&amp;lter</source>
        <translation>篩選(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="238"/>
        <source>Customer, name or task</source>
        <translation>客戶號、姓名或任務</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="239"/>
        <source>&amp;Done…</source>
        <translation>完成(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="240"/>
        <source>&amp;Give to…</source>
        <translation>改派給(&amp;G)…</translation>
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
        <translation>凍結</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="13"/>
        <source>closed</source>
        <translation>已關閉</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="14"/>
        <source>tentative</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="15"/>
        <source>confirmed</source>
        <translation>已確認</translation>
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
        <translation>櫃檯</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="19"/>
        <source>call_centre</source>
        <translation>電話中心</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="20"/>
        <source>internet</source>
        <translation>網銀</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="21"/>
        <source>mobile</source>
        <translation>手機</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="22"/>
        <source>home</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="23"/>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="24"/>
        <source>email</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="25"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="26"/>
        <source>individual</source>
        <translation>個人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="27"/>
        <source>business</source>
        <translation>企業</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="28"/>
        <source>primary</source>
        <translation>主持有人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="29"/>
        <source>joint</source>
        <translation>聯名</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="30"/>
        <source>authorised</source>
        <translation>授權人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="31"/>
        <source>visit</source>
        <translation>到訪</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="32"/>
        <source>call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="33"/>
        <source>meeting</source>
        <translation>會面</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="34"/>
        <source>complaint</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="35"/>
        <source>service_request</source>
        <translation>服務請求</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="36"/>
        <source>prospect</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="37"/>
        <source>active</source>
        <translation>活躍</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="38"/>
        <source>suggested</source>
        <translation>待推薦</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="39"/>
        <source>presented</source>
        <translation>已推薦</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="40"/>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="41"/>
        <source>declined</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="42"/>
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="43"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="44"/>
        <source>contacted</source>
        <translation>已聯繫</translation>
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
        <translation>建議其他分群</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="63"/>
        <source>rejected</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="64"/>
        <source>lifted</source>
        <translation>已撤銷</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="65"/>
        <source>watch</source>
        <translation>關注</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="66"/>
        <source>later</source>
        <translation>稍後再議</translation>
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
        <translation>擔任董事</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="53"/>
        <source>has director</source>
        <translation>董事</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="54"/>
        <source>guarantor for</source>
        <translation>為其擔保</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="55"/>
        <source>guaranteed by</source>
        <translation>擔保人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="56"/>
        <source>employee of</source>
        <translation>任職於</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="57"/>
        <source>employer of</source>
        <translation>僱主</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="58"/>
        <source>beneficial owner of</source>
        <translation>受益所有人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="59"/>
        <source>beneficially owned by</source>
        <translation>受益所有人為</translation>
    </message>
</context>
<context>
    <name>TodayHome</name>
    <message>
        <location filename="../../ui/teller/today.py" line="130"/>
        <source>Reading the branch&apos;s day …</source>
        <translation>正在讀取本分行今天的安排…</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="250"/>
        <source>Everything (%1)</source>
        <translation>全部（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="276"/>
        <source>%1 booked in, %2 tasks due, %3 KYC reviews, %4 offers to present.</source>
        <translation>%1 個預約，%2 項到期任務，%3 項 KYC 複核，%4 個待推薦產品。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="283"/>
        <source>⚠ %1 overdue.</source>
        <translation>⚠ %1 項已逾期。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="286"/>
        <source>%1 shown.</source>
        <translation>顯示 %1 項。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="287"/>
        <source>Enter opens the customer.</source>
        <translation>按 Enter 開啟客戶。</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="293"/>
        <source>S&amp;how</source>
        <translation>顯示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="294"/>
        <source>Fi&amp;lter</source>
        <translation>篩選(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="295"/>
        <source>Number, name, task, product or RM</source>
        <translation>編號、姓名、任務、產品或客戶經理</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="296"/>
        <source>Open 360</source>
        <translation>開啟客戶全景</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="297"/>
        <source>Opens the customer&apos;s 360 (Enter)</source>
        <translation>開啟客戶全景檢視（Enter）</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="298"/>
        <source>&amp;Close task…</source>
        <translation>完成任務(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="299"/>
        <source>Re&amp;assign task…</source>
        <translation>改派任務(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="300"/>
        <source>&amp;Record offer response…</source>
        <translation>記錄客戶答覆(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../ui/models/today.py" line="52"/>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="53"/>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="54"/>
        <source>KYC review</source>
        <translation>KYC 複核</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="55"/>
        <source>Offer</source>
        <translation>推薦產品</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="58"/>
        <source>Appointments</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="59"/>
        <source>Tasks due</source>
        <translation>到期任務</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="60"/>
        <source>KYC reviews</source>
        <translation>KYC 複核</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="61"/>
        <source>Offers to present</source>
        <translation>待推薦產品</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="65"/>
        <source>saved locally</source>
        <translation>已儲存在本機</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="66"/>
        <source>uploaded</source>
        <translation>已上傳</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="67"/>
        <source>in conflict</source>
        <translation>有衝突</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="72"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="73"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="74"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="75"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="76"/>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="77"/>
        <source>Who</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="78"/>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>即將到期</translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="227"/>
        <source>KYC review due %1</source>
        <translation>KYC 複核到期日 %1</translation>
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
        <translation>您的角色無權查看關注組的變化。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="149"/>
        <source>The server could not list the changes: %1</source>
        <translation>伺服器無法列出變化：%1</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="203"/>
        <source>Marked as seen; new changes will show here.</source>
        <translation>已標記為已讀；新的變化將顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="266"/>
        <source>The watched groups&apos; changes are on the server: go online to see them.</source>
        <translation>關注組的變化在伺服器上：請連線後查看。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="270"/>
        <source>Shown: the list as read at %1.</source>
        <translation>顯示的是 %1 讀取的列表。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="277"/>
        <source>Head office watches no groups yet.</source>
        <translation>總行尚未設定關注組。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="280"/>
        <source>Unseen changes by group: %1.</source>
        <translation>各組未讀變化：%1。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="283"/>
        <source>The newest %1 of %2 are listed.</source>
        <translation>列出了 %2 條中最新的 %1 條。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="289"/>
        <source>Read from the server at %1.</source>
        <translation>於 %1 從伺服器讀取。</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="294"/>
        <source>Fi&amp;lter</source>
        <translation>篩選(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="295"/>
        <source>Customer, name, group, what changed or RM</source>
        <translation>客戶、姓名、組、變化或客戶經理</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="296"/>
        <source>&amp;Only my customers</source>
        <translation>只看我的客戶(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="298"/>
        <source>Mark all seen</source>
        <translation>全部標記為已讀</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="299"/>
        <source>Mark all seen (%1)</source>
        <translation>全部標記為已讀 (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="300"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
</context>
<context>
    <name>WatchedModel</name>
    <message>
        <location filename="../../ui/models/watched.py" line="27"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="28"/>
        <source>Group</source>
        <translation>組</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="29"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="30"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="31"/>
        <source>What changed</source>
        <translation>變化</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="32"/>
        <source>Detail</source>
        <translation>詳情</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="33"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="34"/>
        <source>RM</source>
        <translation>客戶經理</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="45"/>
        <source>New customer</source>
        <translation>新客戶</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="46"/>
        <source>New account</source>
        <translation>新帳戶</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="47"/>
        <source>Balance moved</source>
        <translation>餘額變動</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="48"/>
        <source>Interaction</source>
        <translation>互動記錄</translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="49"/>
        <source>Segment changed</source>
        <translation>客戶分層變更</translation>
    </message>
</context>
<context>
    <name>WorkActions</name>
    <message>
        <location filename="../../ui/work/actions.py" line="117"/>
        <source>&amp;Work</source>
        <translation>業務(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="119"/>
        <source>Log &amp;interaction…</source>
        <translation>記錄接觸(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="120"/>
        <source>&amp;Edit contact…</source>
        <translation>修改聯絡方式(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="121"/>
        <source>Follow-up &amp;task…</source>
        <translation>後續任務(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="122"/>
        <source>&amp;Refer to an RM…</source>
        <translation>轉介客戶經理(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="123"/>
        <source>&amp;Book appointment…</source>
        <translation>預約(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="124"/>
        <source>Se&amp;gment feedback…</source>
        <translation>客群回饋(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="125"/>
        <source>&amp;New customer or prospect…</source>
        <translation>新客戶或潛在客戶(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="126"/>
        <source>&amp;Close task…</source>
        <translation>完成任務(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="127"/>
        <source>Re&amp;assign task…</source>
        <translation>改派任務(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="128"/>
        <source>&amp;Offer response…</source>
        <translation>客戶答覆(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="177"/>
        <source>Appointment saved locally as tentative — the server confirms it once uploaded</source>
        <translation>預約已在本機儲存為暫定 — 上傳後由伺服器確認</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="180"/>
        <source>Saved locally — waiting to upload</source>
        <translation>已在本機儲存 — 等待上傳</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="234"/>
        <source>This customer is of another branch: their tasks and offers are changed there.</source>
        <translation>該客戶屬於其他網點：其任務和產品推薦須在該網點處理。</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="265"/>
        <source>Choose an offer first: in Today, or in the 360&apos;s Offers.</source>
        <translation>請先選擇一個推薦產品：在「今天」或客戶全景的「推薦產品」中。</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="267"/>
        <source>Choose a task first: in Today, or in the 360&apos;s Open tasks.</source>
        <translation>請先選擇一項任務：在「今天」或客戶全景的「未完成任務」中。</translation>
    </message>
</context>
<context>
    <name>WorkForm</name>
    <message>
        <location filename="../../ui/work/form.py" line="25"/>
        <source>Please fill this in.</source>
        <translation>請填寫此項。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="26"/>
        <source>This is not an e-mail address.</source>
        <translation>這不是電子郵件地址。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="27"/>
        <source>A phone number needs digits.</source>
        <translation>電話號碼需要包含數字。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="28"/>
        <source>This date is in the past.</source>
        <translation>此日期已經過去。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="29"/>
        <source>This is not an amount.</source>
        <translation>這不是金額。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="30"/>
        <source>The amount must be zero or more.</source>
        <translation>金額必須大於或等於零。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="31"/>
        <source>Choose the segment you suggest instead.</source>
        <translation>請選擇您建議的客群。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="34"/>
        <source>The RM is already booked at that time; choose another slot.</source>
        <translation>該客戶經理此時段已有預約,請選擇其他時段。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="49"/>
        <source>Too long: at most %1 characters.</source>
        <translation>太長:最多 %1 個字元。</translation>
    </message>
</context>
</TS>
