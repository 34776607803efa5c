<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Customer360View</name>
    <message>
        <location filename="../../ui/widgets/customer.py" line="173" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="174" />
        <source>Next appointment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="175" />
        <source>Accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="176" />
        <source>Profitability</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="177" />
        <location filename="../../ui/widgets/customer.py" line="242" />
        <source>Related parties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="179" />
        <source>Interactions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="180" />
        <source>Open tasks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="181" />
        <source>Referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="182" />
        <source>Offers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="197" />
        <source>Find a customer on the left, then press Enter to open the relationship.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="205" />
        <source>No segment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="219" />
        <source>Customer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="220" />
        <source>ID %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="221" />
        <source>RM %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="222" />
        <source>KYC review %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="230" />
        <source>No contact data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="233" />
        <source>None booked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="240" />
        <source>Net profit, last 12 months: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomerModels</name>
    <message>
        <location filename="../../ui/models/customer.py" line="21" />
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="25" />
        <location filename="../../ui/models/customer.py" line="112" />
        <location filename="../../ui/models/customer.py" line="135" />
        <source>Product</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="28" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="31" />
        <source>Balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="36" />
        <source>Net profit (12 m)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="41" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="43" />
        <source>Other holders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="52" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="54" />
        <source>Relationship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="58" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="70" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="74" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="77" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="80" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="83" />
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="95" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="98" />
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="100" />
        <location filename="../../ui/models/customer.py" line="123" />
        <source>Assigned to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="115" />
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="118" />
        <source>Expected value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="138" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="141" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="146" />
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="70" />
        <source>Opening %1 …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="84" />
        <source>Guitai — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="86" />
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="87" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="88" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="115" />
        <source>Cache open: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="119" />
        <source>The cache could not be opened: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfitChart</name>
    <message>
        <location filename="../../ui/widgets/chart.py" line="56" />
        <source>Revenue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="57" />
        <source>Cost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="58" />
        <source>Net</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="73" />
        <source>Profitability, last 12 months (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/models/search.py" line="11" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="13" />
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="15" />
        <source>Branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="16" />
        <source>Latin name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/widgets/search.py" line="113" />
        <source>Search: name, pinyin, initials, phone, ID or account number  (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="122" />
        <source>Type to search the customers on this workstation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="124" />
        <source>No customer found.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search.py" line="126" />
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n customer found.</numerusform><numerusform>%n customers found.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/status.py" line="45" />
        <source>● Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="45" />
        <source>● Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="51" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="52" />
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="53" />
        <source>Pending uploads: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="54" />
        <source>Conflicts: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../ui/terms.py" line="10" />
        <source>open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="11" />
        <source>dormant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="12" />
        <source>blocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="13" />
        <source>closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="14" />
        <source>tentative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="15" />
        <source>confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="16" />
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="17" />
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="18" />
        <source>counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="19" />
        <source>call_centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="20" />
        <source>internet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="21" />
        <source>mobile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="22" />
        <source>home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="23" />
        <source>phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="24" />
        <source>email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="25" />
        <source>address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="26" />
        <source>individual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="27" />
        <source>business</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="28" />
        <source>primary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="29" />
        <source>joint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="30" />
        <source>authorised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="31" />
        <source>visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="32" />
        <source>call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="33" />
        <source>meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="34" />
        <source>complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="35" />
        <source>service_request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="36" />
        <source>prospect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="37" />
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="38" />
        <source>suggested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="39" />
        <source>presented</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="40" />
        <source>accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="41" />
        <source>declined</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="42" />
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="43" />
        <source>new</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="44" />
        <source>contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="45" />
        <source>qualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="46" />
        <source>proposal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="47" />
        <source>won</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="48" />
        <source>lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="49" />
        <source>same household as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="50" />
        <source>spouse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="51" />
        <source>parent of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="52" />
        <source>child of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="53" />
        <source>director of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="54" />
        <source>has director</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="55" />
        <source>guarantor for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="56" />
        <source>guaranteed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="57" />
        <source>employee of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="58" />
        <source>employer of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="59" />
        <source>beneficial owner of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/terms.py" line="60" />
        <source>beneficially owned by</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>