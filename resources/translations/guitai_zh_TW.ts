<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
    <name>AuditUi</name>
    <message>
        <location filename="../../ui/audit/install.py" line="97"/>
        <source>Customers</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../ui/audit/install.py" line="99"/>
        <source>Audit trail</source>
        <translation>稽核紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/audit/install.py" line="101"/>
        <source>Find and open customers (Ctrl+1)</source>
        <translation>尋找並開啟客戶（Ctrl+1）</translation>
    </message>
    <message>
        <location filename="../../ui/audit/install.py" line="102"/>
        <source>Search the audit trail on the server (Ctrl+2)</source>
        <translation>在伺服器上檢索稽核紀錄（Ctrl+2）</translation>
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
        <location filename="../../ui/widgets/customer.py" line="262"/>
        <source>History</source>
        <translation>歷史紀錄</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="267"/>
        <source>Reading the history…</source>
        <translation>正在讀取歷史紀錄…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="269"/>
        <source>Nothing recorded for this customer yet.</source>
        <translation>該客戶尚無紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="271"/>
        <source>From the server: the changes and views of every workstation.</source>
        <translation>來自伺服器：所有工作站的修改與檢視紀錄。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="274"/>
        <source>From this computer&apos;s copy of the audit trail, as far as the last sync brought it.</source>
        <translation>來自本機的稽核紀錄副本，截至上次同步。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="277"/>
        <source>Only the newest %1 are shown.</source>
        <translation>僅顯示最新的 %1 筆。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="302"/>
        <source>Contact</source>
        <translation>聯繫方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="303"/>
        <source>Next appointment</source>
        <translation>下次預約</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="304"/>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="305"/>
        <source>Profitability</source>
        <translation>盈利貢獻</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="306"/>
        <location filename="../../ui/widgets/customer.py" line="388"/>
        <source>Related parties</source>
        <translation>關聯方</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="307"/>
        <location filename="../../ui/widgets/customer.py" line="391"/>
        <source>External data</source>
        <translation>外部資料</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="309"/>
        <source>Interactions</source>
        <translation>互動記錄</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="310"/>
        <source>Open tasks</source>
        <translation>待辦任務</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="311"/>
        <source>Referrals</source>
        <translation>商機轉介</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="312"/>
        <source>Offers</source>
        <translation>推薦產品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="340"/>
        <source>Find a customer on the left, then press Enter to open the relationship.</source>
        <translation>在左側查找客戶，按回車鍵打開客戶全景視圖。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="352"/>
        <source>No segment</source>
        <translation>未分層</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="365"/>
        <source>Customer %1</source>
        <translation>客戶號 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="366"/>
        <source>ID %1</source>
        <translation>證件號 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="367"/>
        <source>RM %1</source>
        <translation>客戶經理 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="368"/>
        <source>KYC review %1</source>
        <translation>KYC 覆核 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="376"/>
        <source>No contact data.</source>
        <translation>無聯繫方式。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="379"/>
        <source>None booked.</source>
        <translation>暫無預約。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="386"/>
        <source>Net profit, last 12 months: %1</source>
        <translation>近 12 個月淨利潤：%1</translation>
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
        <location filename="../../ui/models/customer.py" line="22"/>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="26"/>
        <location filename="../../ui/models/customer.py" line="115"/>
        <location filename="../../ui/models/customer.py" line="139"/>
        <source>Product</source>
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="29"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="32"/>
        <source>Balance</source>
        <translation>餘額</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="37"/>
        <source>Net profit (12 m)</source>
        <translation>淨利潤（12 個月）</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="42"/>
        <source>Status</source>
        <translation>狀態</translation>
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
        <translation>關係</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="60"/>
        <source>Number</source>
        <translation>客戶號</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="72"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="76"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="79"/>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="82"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="86"/>
        <source>Staff</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="98"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="101"/>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="103"/>
        <location filename="../../ui/models/customer.py" line="127"/>
        <source>Assigned to</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="118"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="122"/>
        <source>Expected value</source>
        <translation>預期金額</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="142"/>
        <source>Reason</source>
        <translation>推薦理由</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="145"/>
        <source>Score</source>
        <translation>評分</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="150"/>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="163"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="166"/>
        <source>Attribute</source>
        <translation>屬性</translation>
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
        <translation>編輯要保留的值</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="56"/>
        <source>Server: %1 — original: %2</source>
        <translation>伺服器：%1 — 原值：%2</translation>
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
        <location filename="../../ui/work/choices.py" line="116"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="118"/>
        <source>&amp;Verdict</source>
        <translation>意見(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="119"/>
        <source>S&amp;uggested segment</source>
        <translation>建議的客群(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="120"/>
        <source>&amp;Comment</source>
        <translation>備註(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="145"/>
        <source>Head office has not put this customer in a segment.</source>
        <translation>總行尚未將此客戶劃入客群。</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="155"/>
        <source>This customer has no segment.</source>
        <translation>此客戶沒有客群。</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="160"/>
        <source>Choose the segment you suggest instead.</source>
        <translation>請選擇您建議的客群。</translation>
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
        <location filename="../../ui/mainwindow.py" line="94"/>
        <source>Opening %1 …</source>
        <translation>正在打開 %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <source>Guitai — %1</source>
        <translation>櫃檯 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="123"/>
        <source>&amp;Settings</source>
        <translation>設置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="124"/>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="125"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="153"/>
        <source>Cache open: %1</source>
        <translation>本機快取已打開：%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="157"/>
        <source>The cache could not be opened: %1</source>
        <translation>無法打開本機快取：%1</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../ui/sync_ui.py" line="43"/>
        <source>Offline: your work is saved on this computer and uploads when the server can be reached again.</source>
        <translation>離線：您的工作已儲存在本機，伺服器恢復連線後將自動上傳。</translation>
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
        <translation>淨利潤</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="91"/>
        <source>Profitability, last 12 months (%1)</source>
        <translation>近 12 個月盈利貢獻（%1）</translation>
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
        <location filename="../../ui/sync_ui.py" line="71"/>
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
        <location filename="../../client/schema/registry.py" line="138"/>
        <source>Branch</source>
        <translation>分行</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="139"/>
        <source>Member of staff</source>
        <translation>員工</translation>
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
        <translation>產品</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="143"/>
        <source>Campaign</source>
        <translation>行銷活動</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="146"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="155"/>
        <source>Contact</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="160"/>
        <source>Consent</source>
        <translation>授權</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="163"/>
        <source>Interaction</source>
        <translation>互動記錄</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="168"/>
        <source>Task</source>
        <translation>任務</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="171"/>
        <source>Account</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="179"/>
        <source>Account holder</source>
        <translation>帳戶持有人</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="186"/>
        <source>Account history</source>
        <translation>帳戶歷史</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="194"/>
        <source>Relationship</source>
        <translation>關係</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="201"/>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="208"/>
        <source>Household member</source>
        <translation>家庭成員</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="214"/>
        <source>Segment feedback</source>
        <translation>客群回饋</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="219"/>
        <source>Offer</source>
        <translation>產品推薦</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="220"/>
        <source>Referral</source>
        <translation>轉介</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="223"/>
        <source>Calendar</source>
        <translation>行事曆</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="229"/>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="236"/>
        <source>External record</source>
        <translation>外部資料</translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="242"/>
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
        <location filename="../../ui/tasks.py" line="348"/>
        <source>This could not be done because of an internal error (see the log).</source>
        <translation>由於內部錯誤，無法完成此操作（請查看日誌）。</translation>
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
        <location filename="../../ui/terms.py" line="45"/>
        <source>qualified</source>
        <translation>已確認需求</translation>
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
        <translation>擔任董事</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="54"/>
        <source>has director</source>
        <translation>董事</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="55"/>
        <source>guarantor for</source>
        <translation>為其擔保</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="56"/>
        <source>guaranteed by</source>
        <translation>擔保人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="57"/>
        <source>employee of</source>
        <translation>任職於</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="58"/>
        <source>employer of</source>
        <translation>僱主</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="59"/>
        <source>beneficial owner of</source>
        <translation>受益所有人</translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="60"/>
        <source>beneficially owned by</source>
        <translation>受益所有人為</translation>
    </message>
</context>
<context>
    <name>WorkActions</name>
    <message>
        <location filename="../../ui/work/actions.py" line="67"/>
        <source>&amp;Work</source>
        <translation>業務(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="69"/>
        <source>Log &amp;interaction…</source>
        <translation>記錄接觸(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="70"/>
        <source>&amp;Edit contact…</source>
        <translation>修改聯絡方式(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="71"/>
        <source>Follow-up &amp;task…</source>
        <translation>後續任務(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="72"/>
        <source>&amp;Refer to an RM…</source>
        <translation>轉介客戶經理(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="73"/>
        <source>&amp;Book appointment…</source>
        <translation>預約(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="74"/>
        <source>Se&amp;gment feedback…</source>
        <translation>客群回饋(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="123"/>
        <source>Appointment saved locally as tentative — the server confirms it once uploaded</source>
        <translation>預約已在本機儲存為暫定 — 上傳後由伺服器確認</translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="126"/>
        <source>Saved locally — waiting to upload</source>
        <translation>已在本機儲存 — 等待上傳</translation>
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
