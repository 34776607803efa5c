<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/work/booking.py" line="34"/>
        <source>Book appointment — %1</source>
        <translation>预约 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="40"/>
        <source>&amp;RM</source>
        <translation>客户经理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="41"/>
        <source>Free &amp;slot</source>
        <translation>空闲时段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="42"/>
        <source>&amp;Purpose</source>
        <translation>事由(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="47"/>
        <source>The booking is tentative until it is uploaded and the server confirms it.</source>
        <translation>预约在上传并经服务器确认之前为暂定。</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="90"/>
        <source>No free slot in the next 14 days.</source>
        <translation>未来 14 天内没有空闲时段。</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="95"/>
        <source>Choose an RM.</source>
        <translation>请选择客户经理。</translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="99"/>
        <source>Choose a free slot.</source>
        <translation>请选择一个空闲时段。</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="87"/>
        <source>Edit contact — %1</source>
        <translation>修改联系方式 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="90"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="91"/>
        <source>&amp;E-mail</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="92"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="101"/>
        <source>Leave a field blank to keep what the customer has.</source>
        <translation>留空的栏位保持客户现有的信息不变。</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="109"/>
        <source>Fill in at least one of phone, e-mail, address.</source>
        <translation>请至少填写电话、电子邮件、地址中的一项。</translation>
    </message>
</context>
<context>
    <name>Customer360View</name>
    <message>
        <location filename="../../ui/widgets/customer.py" line="173"/>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="174"/>
        <source>Next appointment</source>
        <translation>下次预约</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="175"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="176"/>
        <source>Profitability</source>
        <translation>盈利贡献</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="177"/>
        <location filename="../../ui/widgets/customer.py" line="252"/>
        <source>Related parties</source>
        <translation>关联方</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="179"/>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="180"/>
        <source>Open tasks</source>
        <translation>待办任务</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="181"/>
        <source>Referrals</source>
        <translation>商机转介</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="182"/>
        <source>Offers</source>
        <translation>推荐产品</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="207"/>
        <source>Find a customer on the left, then press Enter to open the relationship.</source>
        <translation>在左侧查找客户，按回车键打开客户全景视图。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="215"/>
        <source>No segment</source>
        <translation>未分层</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="229"/>
        <source>Customer %1</source>
        <translation>客户号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="230"/>
        <source>ID %1</source>
        <translation>证件号 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="231"/>
        <source>RM %1</source>
        <translation>客户经理 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="232"/>
        <source>KYC review %1</source>
        <translation>KYC 复核 %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="240"/>
        <source>No contact data.</source>
        <translation>无联系方式。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="243"/>
        <source>None booked.</source>
        <translation>暂无预约。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="250"/>
        <source>Net profit, last 12 months: %1</source>
        <translation>近 12 个月净利润：%1</translation>
    </message>
</context>
<context>
    <name>CustomerModels</name>
    <message>
        <location filename="../../ui/models/customer.py" line="21"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="25"/>
        <location filename="../../ui/models/customer.py" line="114"/>
        <location filename="../../ui/models/customer.py" line="138"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="28"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="31"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="36"/>
        <source>Net profit (12 m)</source>
        <translation>净利润（12 个月）</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="41"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="44"/>
        <source>Other holders</source>
        <translation>其他持有人</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="53"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="55"/>
        <source>Relationship</source>
        <translation>关系</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="59"/>
        <source>Number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="71"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="75"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="78"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="81"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="85"/>
        <source>Staff</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="97"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="100"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="102"/>
        <location filename="../../ui/models/customer.py" line="126"/>
        <source>Assigned to</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="117"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="121"/>
        <source>Expected value</source>
        <translation>预期金额</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="141"/>
        <source>Reason</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="144"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="149"/>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/work/choices.py" line="104"/>
        <source>Segment feedback — %1</source>
        <translation>客群反馈 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="108"/>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="109"/>
        <source>Disagree</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="110"/>
        <source>Suggest another segment</source>
        <translation>建议其他客群</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="115"/>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="117"/>
        <source>&amp;Verdict</source>
        <translation>意见(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="118"/>
        <source>S&amp;uggested segment</source>
        <translation>建议的客群(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="119"/>
        <source>&amp;Comment</source>
        <translation>备注(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="138"/>
        <source>Head office has not put this customer in a segment.</source>
        <translation>总行尚未将此客户划入客群。</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="148"/>
        <source>This customer has no segment.</source>
        <translation>此客户没有客群。</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="153"/>
        <source>Choose the segment you suggest instead.</source>
        <translation>请选择您建议的客群。</translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="42"/>
        <source>Log interaction — %1</source>
        <translation>记录接触 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="49"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="50"/>
        <source>C&amp;hannel</source>
        <translation>渠道(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="51"/>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="52"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="53"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="72"/>
        <source>Opening %1 …</source>
        <translation>正在打开 %1 …</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="86"/>
        <source>Guitai — %1</source>
        <translation>柜台 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="88"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="89"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="117"/>
        <source>Cache open: %1</source>
        <translation>本地缓存已打开：%1</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <source>The cache could not be opened: %1</source>
        <translation>无法打开本地缓存：%1</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../ui/sync_ui.py" line="47"/>
        <source>Offline: your work is saved on this computer and uploads when the server can be reached again.</source>
        <translation>离线：您的工作已保存在本机，服务器恢复连接后将自动上传。</translation>
    </message>
</context>
<context>
    <name>ProfitChart</name>
    <message>
        <location filename="../../ui/widgets/chart.py" line="56"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="57"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="58"/>
        <source>Net</source>
        <translation>净利润</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="73"/>
        <source>Profitability, last 12 months (%1)</source>
        <translation>近 12 个月盈利贡献（%1）</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/work/choices.py" line="54"/>
        <source>Refer to an RM — %1</source>
        <translation>转介客户经理 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="61"/>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="62"/>
        <source>&amp;RM</source>
        <translation>客户经理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="63"/>
        <source>&amp;Expected value</source>
        <translation>预计金额(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="64"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="82"/>
        <source>Choose a product.</source>
        <translation>请选择产品。</translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="83"/>
        <source>Choose the RM to pass the lead to.</source>
        <translation>请选择接收商机的客户经理。</translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/models/search.py" line="11"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="13"/>
        <source>Number</source>
        <translation>客户号</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="15"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="16"/>
        <source>Latin name</source>
        <translation>拼音/英文名</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/widgets/search.py" line="117"/>
        <source>Search: name, pinyin, initials, phone, ID or account number  (Ctrl+F)</source>
        <translation>搜索：姓名、拼音、首字母、电话、证件号或账号（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="126"/>
        <source>Type to search the customers on this workstation.</source>
        <translation>输入即可搜索本机缓存的客户。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="128"/>
        <source>No customer found.</source>
        <translation>未找到客户。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search.py" line="130"/>
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>找到 %n 位客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../../ui/sync_ui.py" line="75"/>
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
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="124"/>
        <source>Follow-up task — %1</source>
        <translation>跟进任务 — %1</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="131"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="133"/>
        <source>&amp;Due on</source>
        <translation>到期日(&amp;D)</translation>
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
        <location filename="../../ui/work/form.py" line="24"/>
        <source>Please fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="25"/>
        <source>This is not an e-mail address.</source>
        <translation>这不是电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="26"/>
        <source>A phone number needs digits.</source>
        <translation>电话号码需要包含数字。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="27"/>
        <source>This date is in the past.</source>
        <translation>此日期已经过去。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="28"/>
        <source>This is not an amount.</source>
        <translation>这不是金额。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="29"/>
        <source>The amount must be zero or more.</source>
        <translation>金额必须大于或等于零。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="32"/>
        <source>Choose the segment you suggest instead.</source>
        <translation>请选择您建议的客群。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="36"/>
        <source>The RM is already booked at that time; choose another slot.</source>
        <translation>该客户经理此时段已有预约,请选择其他时段。</translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="53"/>
        <source>Too long: at most %1 characters.</source>
        <translation>太长:最多 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>WorkWorker</name>
    <message>
        <location filename="../../ui/work/runner.py" line="82"/>
        <source>The change could not be saved (see the log).</source>
        <translation>无法保存此更改(请查看日志)。</translation>
    </message>
    <message>
        <location filename="../../ui/work/runner.py" line="98"/>
        <source>The choices could not be read (see the log).</source>
        <translation>无法读取选项(请查看日志)。</translation>
    </message>
</context>
</TS>
