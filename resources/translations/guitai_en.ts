<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AuditHome</name>
    <message>
        <location filename="../../ui/audit/home.py" line="143"/>
        <source>Give the date as YYYY-MM-DD, e.g. 2026-01-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="150"/>
        <source>Searching the audit trail on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="179"/>
        <source>Search by customer number, user, action or date; Enter searches, Enter on a row opens the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="185"/>
        <source>%1 events found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="187"/>
        <source>%1 shown by the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="189"/>
        <source>Only the newest are listed: narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="208"/>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="209"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="210"/>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="211"/>
        <source>Si&amp;nce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="212"/>
        <source>Fi&amp;lter shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="217"/>
        <source>customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="218"/>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="219"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="220"/>
        <source>any text of the rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="221"/>
        <source>any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/home.py" line="225"/>
        <source>Sea&amp;rch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModels</name>
    <message>
        <location filename="../../ui/models/audit.py" line="42"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="43"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="44"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="45"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="46"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="47"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="48"/>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="52"/>
        <source>viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="53"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="54"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="55"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="56"/>
        <source>showed whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="57"/>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="58"/>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="59"/>
        <source>signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="60"/>
        <source>sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="61"/>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="62"/>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/audit.py" line="63"/>
        <source>settled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditRefusals</name>
    <message>
        <location filename="../../ui/audit/refusals.py" line="18"/>
        <source>Your role may not read the audit trail this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="22"/>
        <source>This customer belongs to another branch: its history is not yours to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="27"/>
        <source>The server cannot be reached: the audit trail is searched there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="31"/>
        <source>This server does not offer the audit search yet (an older version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="34"/>
        <source>The server refused the search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/refusals.py" line="40"/>
        <source>Offline: the audit trail is searched on the server. Try again when online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditUi</name>
    <message>
        <location filename="../../ui/audit/install.py" line="97"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/install.py" line="99"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/install.py" line="101"/>
        <source>Find and open customers (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/audit/install.py" line="102"/>
        <source>Search the audit trail on the server (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/work/booking.py" line="33"/>
        <source>Book appointment — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="39"/>
        <source>&amp;RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="40"/>
        <source>Free &amp;slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="41"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="46"/>
        <source>The booking is tentative until it is uploaded and the server confirms it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="98"/>
        <source>No free slot in the next 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="103"/>
        <source>Choose an RM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/booking.py" line="107"/>
        <source>Choose a free slot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="165"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="166"/>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="167"/>
        <source>Take &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="168"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="169"/>
        <source>&amp;Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="170"/>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="171"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="213"/>
        <source>%1 change(s) could not be uploaded as they are and need you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="218"/>
        <source>No conflicts: every change is uploaded or waiting to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="232"/>
        <source>Someone changed the same field on the server after you. Mine is what you wrote, Server what it has now, Original what it was before both changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="238"/>
        <source>The server refused this change: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsInbox</name>
    <message>
        <location filename="../../ui/conflicts/install.py" line="49"/>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/install.py" line="50"/>
        <source>Open the conflicts inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/install.py" line="125"/>
        <source>Settled — your change is saved locally and uploads now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/install.py" line="127"/>
        <source>Settled — the server&apos;s value stays</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="74"/>
        <source>Edit contact — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="77"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="78"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="79"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="88"/>
        <source>Leave a field blank to keep what the customer has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="96"/>
        <source>Fill in at least one of phone, e-mail, address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../ui/errors.py" line="93"/>
        <source>The disk of this computer is full, so Guitai cannot save or download. Free some space (or ask IT); your work so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="100"/>
        <source>Guitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>Guitai: something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>Guitai ran into an error of its own. What you saved is safe; the action you were doing may not have finished. Please send this log file to IT:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customer360View</name>
    <message>
        <location filename="../../ui/widgets/customer.py" line="262"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="267"/>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="269"/>
        <source>Nothing recorded for this customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="271"/>
        <source>From the server: the changes and views of every workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="274"/>
        <source>From this computer&apos;s copy of the audit trail, as far as the last sync brought it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="277"/>
        <source>Only the newest %1 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="302"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="303"/>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="304"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="305"/>
        <source>Profitability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="306"/>
        <location filename="../../ui/widgets/customer.py" line="388"/>
        <source>Related parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="307"/>
        <location filename="../../ui/widgets/customer.py" line="391"/>
        <source>External data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="309"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="310"/>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="311"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="312"/>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="340"/>
        <source>Find a customer on the left, then press Enter to open the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="352"/>
        <source>No segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="365"/>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="366"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="367"/>
        <source>RM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="368"/>
        <source>KYC review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="376"/>
        <source>No contact data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="379"/>
        <source>None booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="386"/>
        <source>Net profit, last 12 months: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerHistory</name>
    <message>
        <location filename="../../ui/audit/history.py" line="77"/>
        <source>History is read from the server: it shows when online.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerModels</name>
    <message>
        <location filename="../../ui/models/customer.py" line="22"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="26"/>
        <location filename="../../ui/models/customer.py" line="115"/>
        <location filename="../../ui/models/customer.py" line="139"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="29"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="32"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="37"/>
        <source>Net profit (12 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="42"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="45"/>
        <source>Other holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="54"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="56"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="60"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="72"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="76"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="79"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="82"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="86"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="98"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="101"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="103"/>
        <location filename="../../ui/models/customer.py" line="127"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="118"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="122"/>
        <source>Expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="142"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="145"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="150"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="163"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="166"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="170"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="173"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditValuesDialog</name>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="46"/>
        <source>Edit the values to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/dialog.py" line="56"/>
        <source>Server: %1 — original: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../ui/work/choices.py" line="105"/>
        <source>Segment feedback — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="109"/>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="110"/>
        <source>Disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="111"/>
        <source>Suggest another segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="116"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="118"/>
        <source>&amp;Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="119"/>
        <source>S&amp;uggested segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="120"/>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="145"/>
        <source>Head office has not put this customer in a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="155"/>
        <source>This customer has no segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="160"/>
        <source>Choose the segment you suggest instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldsModel</name>
    <message>
        <location filename="../../ui/conflicts/models.py" line="137"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="137"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="137"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="137"/>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../ui/lock.py" line="199"/>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="270"/>
        <source>Wrong password. The screen stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="274"/>
        <source>The password could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InteractionDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="40"/>
        <source>Log interaction — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="47"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="48"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="49"/>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="50"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="51"/>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../ui/conflicts/models.py" line="80"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="80"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="80"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="80"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="101"/>
        <source>In conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/conflicts/models.py" line="101"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="131"/>
        <source>Guitai is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="133"/>
        <source>Signed in as %1. Enter your password to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="135"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="136"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/lock.py" line="146"/>
        <source>Checking …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.py" line="94"/>
        <source>Opening %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="121"/>
        <source>Guitai — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="123"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="124"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="125"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="153"/>
        <source>Cache open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="157"/>
        <source>The cache could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../ui/sync_ui.py" line="43"/>
        <source>Offline: your work is saved on this computer and uploads when the server can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfitChart</name>
    <message>
        <location filename="../../ui/widgets/chart.py" line="74"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="75"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="76"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="91"/>
        <source>Profitability, last 12 months (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../ui/work/choices.py" line="53"/>
        <source>Refer to an RM — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="60"/>
        <source>&amp;Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="61"/>
        <source>&amp;RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="62"/>
        <source>&amp;Expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="63"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="87"/>
        <source>Choose a product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="88"/>
        <source>Choose the RM to pass the lead to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchModel</name>
    <message>
        <location filename="../../ui/models/search.py" line="19"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="24"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="26"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="28"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="29"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="30"/>
        <source>Latin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/search.py" line="77"/>
        <source>Not on this computer yet: opens from the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../ui/widgets/search.py" line="129"/>
        <source>Search: name, pinyin, initials, phone, ID or account number  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="139"/>
        <source>Opening %1 from the server …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="142"/>
        <source>Type to search the customers on this workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="145"/>
        <source>No customer found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search.py" line="147"/>
        <source>%n customer(s) found.</source>
        <translation>
            <numerusform>%n customer found.</numerusform>
            <numerusform>%n customers found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/search.py" line="150"/>
        <source>%n more on the server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search.py" line="205"/>
        <source>The server could not open this customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/signin.py" line="143"/>
        <source>Sign in to Guitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="147"/>
        <source>Sign in with your bank user name and password. The first sign-in on this computer needs the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="152"/>
        <source>Sign in again to keep your work in step with the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="154"/>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="155"/>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="156"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="157"/>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="158"/>
        <source>&amp;Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="162"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="174"/>
        <source>Fill in the server address, user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="178"/>
        <source>The two new passwords differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="181"/>
        <source>Signing in …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="256"/>
        <source>This is a one-time password. Choose a new password of at least %1 characters, type it twice and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="261"/>
        <source>The new password is shorter than %1 characters or the same as the old one. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="266"/>
        <source>The server %1 cannot be reached. Check the network and the server address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="271"/>
        <source>This computer does not trust the server&apos;s certificate, so your password was not sent. Ask IT to check the certificate (guitai doctor shows the details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="275"/>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="277"/>
        <source>The disk of this computer is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="279"/>
        <source>Signing in did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/signin.py" line="280"/>
        <source>Signing in failed on an internal error; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncErrorDialogs</name>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <location filename="../../ui/errors.py" line="176"/>
        <source>Guitai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="182"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="184"/>
        <source>Your sign-in has expired, so Guitai cannot sync with the bank. Your work is kept on this computer and uploads after you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="191"/>
        <source>Sign in …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="192"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="199"/>
        <source>The disk of this computer is full, so Guitai cannot save or download. Free some space (or ask IT); your work so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLine</name>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="53"/>
        <source>Saved locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="54"/>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="55"/>
        <source>In conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="69"/>
        <source>Not synced with the server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="71"/>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/sync_line.py" line="74"/>
        <source>Latest change of this data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/sync_line.py" line="88"/>
        <source>%n more change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../ui/sync_menu.py" line="34"/>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_menu.py" line="35"/>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_menu.py" line="36"/>
        <source>Upload and download changes with the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sync_menu.py" line="51"/>
        <source>Syncing with the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncProgress</name>
    <message>
        <location filename="../../ui/sync_ui.py" line="71"/>
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
    <name>TableLabel</name>
    <message>
        <location filename="../../client/schema/registry.py" line="138"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="139"/>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="140"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="141"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="142"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="143"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="146"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="155"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="160"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="163"/>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="168"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="171"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="179"/>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="186"/>
        <source>Account history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="194"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="201"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="208"/>
        <source>Household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="214"/>
        <source>Segment feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="219"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="220"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="223"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="229"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="236"/>
        <source>External record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="242"/>
        <source>Audit event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../ui/work/dialogs.py" line="106"/>
        <source>Follow-up task — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="113"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/dialogs.py" line="115"/>
        <source>&amp;Due on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="348"/>
        <source>This could not be done because of an internal error (see the log).</source>
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
        <location filename="../../ui/work/form.py" line="25"/>
        <source>Please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="26"/>
        <source>This is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="27"/>
        <source>A phone number needs digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="28"/>
        <source>This date is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="29"/>
        <source>This is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="30"/>
        <source>The amount must be zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="31"/>
        <source>Choose the segment you suggest instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="34"/>
        <source>The RM is already booked at that time; choose another slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/form.py" line="49"/>
        <source>Too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
