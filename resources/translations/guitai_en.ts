<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/work/booking.py" line="34"/>
        <source>Book appointment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="40"/>
        <source>&amp;RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="41"/>
        <source>Free &amp;slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="42"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="47"/>
        <source>The booking is tentative until it is uploaded and the server confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="90"/>
        <source>No free slot in the next 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="95"/>
        <source>Choose an RM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="99"/>
        <source>Choose a free slot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="87"/>
        <source>Edit contact — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="90"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="91"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="92"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="101"/>
        <source>Leave a field blank to keep what the customer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="109"/>
        <source>Fill in at least one of phone, e-mail, address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customer360View</name>
    <message>
        <location filename="../../ui/widgets/customer.py" line="173"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="174"/>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="175"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="176"/>
        <source>Profitability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="177"/>
        <location filename="../../ui/widgets/customer.py" line="252"/>
        <source>Related parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="179"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="180"/>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="181"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="182"/>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="207"/>
        <source>Find a customer on the left, then press Enter to open the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="215"/>
        <source>No segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="229"/>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="230"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="231"/>
        <source>RM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="232"/>
        <source>KYC review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="240"/>
        <source>No contact data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="243"/>
        <source>None booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="250"/>
        <source>Net profit, last 12 months: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerModels</name>
    <message>
        <location filename="../../ui/models/customer.py" line="21"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="25"/>
        <location filename="../../ui/models/customer.py" line="114"/>
        <location filename="../../ui/models/customer.py" line="138"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="28"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="31"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="36"/>
        <source>Net profit (12 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="44"/>
        <source>Other holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="53"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="55"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="59"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="71"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="75"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="78"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="81"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="85"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="97"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="100"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="102"/>
        <location filename="../../ui/models/customer.py" line="126"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="117"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="121"/>
        <source>Expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="141"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="144"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="149"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/work/choices.py" line="104"/>
        <source>Segment feedback — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="108"/>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="109"/>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="110"/>
        <source>Suggest another segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="115"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="117"/>
        <source>&amp;Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="118"/>
        <source>S&amp;uggested segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="119"/>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="138"/>
        <source>Head office has not put this customer in a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="148"/>
        <source>This customer has no segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="153"/>
        <source>Choose the segment you suggest instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="42"/>
        <source>Log interaction — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="49"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="50"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="51"/>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="52"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="53"/>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="72"/>
        <source>Opening %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="86"/>
        <source>Guitai — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="88"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="89"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="90"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="117"/>
        <source>Cache open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <source>The cache could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../ui/sync_ui.py" line="47"/>
        <source>Offline: your work is saved on this computer and uploads when the server can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfitChart</name>
    <message>
        <location filename="../../ui/widgets/chart.py" line="56"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="57"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="58"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="73"/>
        <source>Profitability, last 12 months (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/work/choices.py" line="54"/>
        <source>Refer to an RM — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="61"/>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="62"/>
        <source>&amp;RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="63"/>
        <source>&amp;Expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="64"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="82"/>
        <source>Choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="83"/>
        <source>Choose the RM to pass the lead to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/models/search.py" line="11"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="13"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="15"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="16"/>
        <source>Latin name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/widgets/search.py" line="117"/>
        <source>Search: name, pinyin, initials, phone, ID or account number  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="126"/>
        <source>Type to search the customers on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="128"/>
        <source>No customer found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search.py" line="130"/>
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n customer found.</numerusform>
            <numerusform>%n customers found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../../ui/sync_ui.py" line="75"/>
        <source>Downloading: %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/widgets/status.py" line="45"/>
        <source>● Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="45"/>
        <source>● Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="51"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="52"/>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="53"/>
        <source>Pending uploads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/status.py" line="54"/>
        <source>Conflicts: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="124"/>
        <source>Follow-up task — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="131"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="133"/>
        <source>&amp;Due on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../ui/terms.py" line="10"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="11"/>
        <source>dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="12"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="13"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="14"/>
        <source>tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="15"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="16"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="17"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="18"/>
        <source>counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="19"/>
        <source>call_centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="20"/>
        <source>internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="21"/>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="22"/>
        <source>home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="23"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="24"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="25"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="26"/>
        <source>individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="27"/>
        <source>business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="28"/>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="29"/>
        <source>joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="30"/>
        <source>authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="31"/>
        <source>visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="32"/>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="33"/>
        <source>meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="34"/>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="35"/>
        <source>service_request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="36"/>
        <source>prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="37"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="38"/>
        <source>suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="39"/>
        <source>presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="40"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="41"/>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="42"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="43"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="44"/>
        <source>contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="45"/>
        <source>qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="46"/>
        <source>proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="47"/>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="48"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="49"/>
        <source>same household as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="50"/>
        <source>spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="51"/>
        <source>parent of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="52"/>
        <source>child of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="53"/>
        <source>director of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="54"/>
        <source>has director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="55"/>
        <source>guarantor for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="56"/>
        <source>guaranteed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="57"/>
        <source>employee of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="58"/>
        <source>employer of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="59"/>
        <source>beneficial owner of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="60"/>
        <source>beneficially owned by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkActions</name>
    <message>
        <location filename="../../ui/work/actions.py" line="67"/>
        <source>&amp;Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="69"/>
        <source>Log &amp;interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="70"/>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="71"/>
        <source>Follow-up &amp;task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="72"/>
        <source>&amp;Refer to an RM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="73"/>
        <source>&amp;Book appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="74"/>
        <source>Se&amp;gment feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="123"/>
        <source>Appointment saved locally as tentative — the server confirms it once uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="126"/>
        <source>Saved locally — waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkForm</name>
    <message>
        <location filename="../../ui/work/form.py" line="24"/>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="25"/>
        <source>This is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="26"/>
        <source>A phone number needs digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="27"/>
        <source>This date is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="28"/>
        <source>This is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="29"/>
        <source>The amount must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="32"/>
        <source>Choose the segment you suggest instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="36"/>
        <source>The RM is already booked at that time; choose another slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="53"/>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkWorker</name>
    <message>
        <location filename="../../ui/work/runner.py" line="82"/>
        <source>The change could not be saved (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/runner.py" line="98"/>
        <source>The choices could not be read (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
