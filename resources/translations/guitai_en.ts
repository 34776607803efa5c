<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../../ui/homes/feedback.py" line="101"/>
        <source>the whole segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="103"/>
        <source>Answer the feedback — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="108"/>
        <source>%1 (%2) said of %3: %4. Reason: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="115"/>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="117"/>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="122"/>
        <source>Re&amp;ply to the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="137"/>
        <source>Send the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="173"/>
        <source>The customer moves to %1 at once and stays there whatever the rules say, until head office lifts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="177"/>
        <source>The branch reads that head office agrees; nobody moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="179"/>
        <source>The customer stays where the rules put them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="180"/>
        <source>Ctrl+Enter sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="189"/>
        <source>Write a reply for the branch first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="193"/>
        <source>Offline: head office answers on the server; try again online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="219"/>
        <source>Not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>BalanceChart</name>
    <message>
        <location filename="../../ui/widgets/chart.py" line="179"/>
        <source>Balance, last 24 months (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookHome</name>
    <message>
        <location filename="../../ui/homes/book.py" line="81"/>
        <source>Reading your book …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="158"/>
        <source>%1 customers in your book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="161"/>
        <source>%1 of %2 customers shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="165"/>
        <source>Enter opens a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="169"/>
        <source>Fi&amp;lter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/book.py" line="170"/>
        <source>Number, name, pinyin or segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookModel</name>
    <message>
        <location filename="../../ui/models/book.py" line="48"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="49"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="50"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="51"/>
        <source>Balance (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="52"/>
        <source>Net profit 12 m (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="53"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/book.py" line="54"/>
        <source>Next appointment</source>
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
    <name>BranchWeekHome</name>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="175"/>
        <source>Reading the branch&apos;s week …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="230"/>
        <source>Appointments per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="238"/>
        <source>Pipeline: expected value by stage (thousand CNY; referrals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="245"/>
        <source>Branch %1, week of %2: %3 appointments · %4 open referrals worth %5 CNY · %6 tasks overdue · %7 KYC reviews overdue · %8 segment feedback, %9 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="261"/>
        <source>Appointments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="262"/>
        <source>Pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="263"/>
        <source>Tasks overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="264"/>
        <source>KYC overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="265"/>
        <source>Segment feedback (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="276"/>
        <source>Enter on a row opens the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="280"/>
        <source>Fi&amp;lter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/branch_week.py" line="281"/>
        <source>Any word of the lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchWeekModel</name>
    <message>
        <location filename="../../ui/models/branch_week.py" line="35"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="36"/>
        <location filename="../../ui/models/branch_week.py" line="58"/>
        <location filename="../../ui/models/branch_week.py" line="72"/>
        <location filename="../../ui/models/branch_week.py" line="88"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="37"/>
        <location filename="../../ui/models/branch_week.py" line="59"/>
        <location filename="../../ui/models/branch_week.py" line="73"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="38"/>
        <source>RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="39"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="40"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="43"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="44"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="46"/>
        <source>Expected value (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="52"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="54"/>
        <location filename="../../ui/models/branch_week.py" line="68"/>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="60"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="61"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="65"/>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="85"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="86"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="91"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="92"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="93"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/branch_week.py" line="94"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarHome</name>
    <message>
        <location filename="../../ui/homes/calendar.py" line="272"/>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="273"/>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="274"/>
        <source>Marked as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="275"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="278"/>
        <source>%1: %2 — saved locally, waiting to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="289"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="318"/>
        <source>Working hours set: %1 (%2-minute slots); %3 blocks made, %4 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="366"/>
        <source>%1 appointments, %2 of them tentative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="374"/>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="375"/>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="376"/>
        <source>◀ Before (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="377"/>
        <source>After ▶ (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="378"/>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="379"/>
        <source>Show working &amp;blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="380"/>
        <source>Fi&amp;lter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="381"/>
        <source>Customer, purpose or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="383"/>
        <source>&amp;Confirm booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="384"/>
        <source>D&amp;ecline booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="385"/>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="386"/>
        <source>Ca&amp;ncel appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/calendar.py" line="390"/>
        <source>Set working &amp;hours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarModel</name>
    <message>
        <location filename="../../ui/models/calendar.py" line="33"/>
        <source>available for appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="34"/>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="35"/>
        <source>on leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="40"/>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="41"/>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="42"/>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="43"/>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="44"/>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="45"/>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/calendar.py" line="46"/>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallersHome</name>
    <message>
        <location filename="../../ui/callcentre/home.py" line="258"/>
        <source>Found on this computer (offline: the server was not asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="260"/>
        <source>Found on this computer; asking the server …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="266"/>
        <source>Found on this computer; the server could not be asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="281"/>
        <source>Found on this computer and on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="318"/>
        <source>This caller is on the server only; go online to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="320"/>
        <source>Bringing the caller from the server …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="359"/>
        <source>No opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="387"/>
        <source>%1 %2 — branch %3, RM %4. Last %5 interactions, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="392"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="419"/>
        <source>Choose a free slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="451"/>
        <source>Booked with %1 at %2 — saved locally, waiting to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="486"/>
        <source>More callers match: give more digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="488"/>
        <source>Enter on a caller goes to the slots; Alt+B books.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="492"/>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="493"/>
        <source>Whole number or its last 4 digits, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="494"/>
        <source>Fi&amp;lter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="495"/>
        <source>Number, name, branch or RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="496"/>
        <source>Recent interactions, every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="497"/>
        <source>Nearest free slots: their RM, then the branch&apos;s others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="498"/>
        <source>&amp;Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="499"/>
        <source>Expected &amp;value (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="500"/>
        <source>&amp;Notes for the RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="501"/>
        <source>P&amp;urpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="502"/>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/callcentre/home.py" line="503"/>
        <source>Open 360</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallersModel</name>
    <message>
        <location filename="../../ui/models/callers.py" line="42"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="44"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="47"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="48"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="49"/>
        <location filename="../../ui/models/callers.py" line="84"/>
        <source>RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="50"/>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="55"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="58"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="59"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="60"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="61"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="62"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="86"/>
        <source>Free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/callers.py" line="89"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseTaskDialog</name>
    <message>
        <location filename="../../ui/teller/items.py" line="111"/>
        <source>Close task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="112"/>
        <source>Mark “%1” as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="115"/>
        <source>What came of it (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="116"/>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="119"/>
        <source>&amp;Done</source>
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
        <location filename="../../ui/widgets/customer.py" line="317"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="322"/>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="324"/>
        <source>Nothing recorded for this customer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="326"/>
        <source>From the server: the changes and views of every workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="329"/>
        <source>From this computer&apos;s copy of the audit trail, as far as the last sync brought it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="332"/>
        <source>Only the newest %1 are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="357"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="358"/>
        <source>Next appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="359"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="360"/>
        <source>Profitability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="361"/>
        <location filename="../../ui/widgets/customer.py" line="476"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="362"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="363"/>
        <location filename="../../ui/widgets/customer.py" line="449"/>
        <source>Related parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="364"/>
        <location filename="../../ui/widgets/customer.py" line="453"/>
        <source>External data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="366"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="367"/>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="368"/>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="369"/>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="370"/>
        <source>Segment feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="401"/>
        <source>Find a customer on the left, then press Enter to open the relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="413"/>
        <source>No segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="426"/>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="427"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="428"/>
        <source>RM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="429"/>
        <source>KYC review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="437"/>
        <source>No contact data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="440"/>
        <source>None booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="447"/>
        <source>Net profit, last 12 months: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="461"/>
        <source>Interest income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="462"/>
        <source>Fee income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="463"/>
        <source>Funding cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="464"/>
        <source>Operating cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="465"/>
        <source>Risk cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="466"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="474"/>
        <source>No profitability figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="483"/>
        <source>Household net profit, last 12 months: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer.py" line="485"/>
        <source>Not in a household.</source>
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
        <location filename="../../ui/models/customer.py" line="69"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="73"/>
        <location filename="../../ui/models/customer.py" line="171"/>
        <location filename="../../ui/models/customer.py" line="195"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="76"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="79"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="84"/>
        <source>Net profit (12 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="89"/>
        <location filename="../../ui/models/customer.py" line="206"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="92"/>
        <source>Other holders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="102"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="53"/>
        <location filename="../../ui/models/customer.py" line="106"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="18"/>
        <source>%1 (another branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="45"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="49"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="57"/>
        <location filename="../../ui/models/customer.py" line="110"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="124"/>
        <location filename="../../ui/models/customer.py" line="268"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="128"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="131"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="135"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="138"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="142"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="154"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="157"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="159"/>
        <location filename="../../ui/models/customer.py" line="183"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="174"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="178"/>
        <source>Expected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="198"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="201"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="210"/>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="223"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="226"/>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="230"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="233"/>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="244"/>
        <source>wrong, should be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="256"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="260"/>
        <source>Said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="264"/>
        <source>Reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="272"/>
        <source>Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="276"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/customer.py" line="280"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="828"/>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="854"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="870"/>
        <source>%1 customers behind %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="872"/>
        <source>%1 staff behind %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="875"/>
        <source>The first %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="878"/>
        <source>%1 more belong to other branches and are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="883"/>
        <source>Enter on a customer opens their 360.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="890"/>
        <source>Fi&amp;lter (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="912"/>
        <source>%1 was removed: there is no 360 to open.</source>
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
    <name>EvaluationDrill</name>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="785"/>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="790"/>
        <source>Customer number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="792"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="797"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="802"/>
        <source>Latin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="807"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationFigures</name>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="90"/>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="91"/>
        <source>Referrals made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="92"/>
        <source>Appointments booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="95"/>
        <source>Appointments held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="96"/>
        <source>Offers presented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="97"/>
        <source>Segment feedback given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="100"/>
        <source>Staff who signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="101"/>
        <source>Staff active per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="104"/>
        <source>Customers viewed per active staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="107"/>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="108"/>
        <source>Prospects converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="111"/>
        <source>New accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="112"/>
        <source>Balance change (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="113"/>
        <source>Net profit, 12 months (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="116"/>
        <source>Change of 12-month net profit (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="119"/>
        <source>Referrals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="120"/>
        <source>Value of referrals won (CNY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="123"/>
        <source>Referral conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="126"/>
        <source>Offer acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="129"/>
        <source>Customers moved up a segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="132"/>
        <source>Workstations that synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="135"/>
        <source>Days offline per workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="138"/>
        <source>Failed syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="139"/>
        <source>Conflicts listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="140"/>
        <source>Conflicts resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="141"/>
        <source>Versions in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="147"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="148"/>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="149"/>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="150"/>
        <source>IT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationHome</name>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="180"/>
        <source>%1 of %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="195"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="200"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="205"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="211"/>
        <source>Previous quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="217"/>
        <source>A year earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="223"/>
        <location filename="../../ui/homes/evaluation.py" line="624"/>
        <source>Bank per branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="229"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="401"/>
        <source>Asking the server for the evaluation …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="444"/>
        <source>Your role does not read the quarterly evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="446"/>
        <source>This server does not offer the evaluation yet (an older version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="448"/>
        <source>The server refused the evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="475"/>
        <source>Offline: this computer has no evaluation of this quarter yet. It comes from the server, and is kept here, once online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="578"/>
        <source>Fi&amp;lter (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="593"/>
        <source>%1, quarter %2 (%3 to %4), beside the bank&apos;s %5 branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="602"/>
        <source>Offline: this computer&apos;s copy, as of %1 (fetched %2). The figures are counted on the server; they come again once online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="606"/>
        <source>As of %1 (fetched from the server %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="612"/>
        <source>Enter on a figure lists the customers or staff behind it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="625"/>
        <source>%1: the last 8 quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="642"/>
        <source>%1: branch against the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="677"/>
        <source>No milestones set for this half year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="713"/>
        <source>%1 is not made of customers or staff: there is nothing to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="722"/>
        <source>Offline: who is behind a figure is asked of the server. Try again when online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="727"/>
        <source>Asking the server who is behind %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="763"/>
        <source>That branch&apos;s customers are not yours to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="765"/>
        <source>The server cannot be reached: who is behind a figure is asked there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="767"/>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="771"/>
        <source>&amp;Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="772"/>
        <source>&amp;Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="773"/>
        <source>Ask again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="774"/>
        <source>Any word of a figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/evaluation.py" line="775"/>
        <source>Milestones of the half year</source>
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
        <location filename="../../ui/work/choices.py" line="112"/>
        <source>Watch: right for now, keep an eye on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="117"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="119"/>
        <source>&amp;Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="120"/>
        <source>S&amp;uggested segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="121"/>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="146"/>
        <source>Head office has not put this customer in a segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="156"/>
        <source>This customer has no segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/choices.py" line="161"/>
        <source>Choose the segment you suggest instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackHome</name>
    <message>
        <location filename="../../ui/homes/feedback.py" line="78"/>
        <source>wrong, should be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="284"/>
        <source>Only head office reads and answers segment feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="289"/>
        <source>Offline: the feedback is read from the server; it shows once online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="372"/>
        <source>This feedback is answered already (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="393"/>
        <source>%1 accepted: the customer is now in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="398"/>
        <source>%1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="432"/>
        <source>%1 shown of %2 · %3 open · %4 segments · %5 branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="440"/>
        <source>(the first %1 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="445"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="447"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="448"/>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="449"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="453"/>
        <source>Fi&amp;lter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="454"/>
        <source>Customer, name, branch, segment, reason or author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="455"/>
        <source>Accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/feedback.py" line="455"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location filename="../../ui/models/feedback.py" line="34"/>
        <source>(whole segment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="44"/>
        <source>%1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="57"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="62"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="67"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="72"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="77"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="82"/>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="87"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="92"/>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="97"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="102"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/feedback.py" line="107"/>
        <source>Reply</source>
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
    <name>HomePage</name>
    <message>
        <location filename="../../ui/homes/page.py" line="202"/>
        <source>Sign in to see your own customers and calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/page.py" line="212"/>
        <source>This computer&apos;s copy, not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/page.py" line="213"/>
        <source>This computer&apos;s copy, synced %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeTabs</name>
    <message>
        <location filename="../../ui/homes/registry.py" line="197"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="198"/>
        <source>Find and open customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="206"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="207"/>
        <source>Search the audit trail on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="215"/>
        <source>My book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="216"/>
        <source>The customers you own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="224"/>
        <source>My pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="225"/>
        <source>The referrals passed to you, by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="233"/>
        <source>My calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="234"/>
        <source>Your appointments and working hours, by day or week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="242"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="243"/>
        <source>The branch&apos;s day: appointments, tasks due, KYC reviews, offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="253"/>
        <source>My tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="254"/>
        <source>The open tasks given to you, soonest due first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="262"/>
        <source>Callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="263"/>
        <source>Find a caller by phone, see their interactions, book an RM&apos;s slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="273"/>
        <source>Branch week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="274"/>
        <source>The branch&apos;s week: appointments, pipeline, tasks and KYC overdue, feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="285"/>
        <source>Watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="286"/>
        <source>What changed for the watched customers since you last looked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="296"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="297"/>
        <source>The quarter&apos;s evaluation: activity in, results out, against the bank and the milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="309"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/registry.py" line="310"/>
        <source>The branches&apos; feedback on the customers&apos; segments: read and answer it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <location filename="../../ui/homes/hours.py" line="85"/>
        <source>Set my working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="86"/>
        <source>&amp;Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="87"/>
        <source>&amp;Slot minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="90"/>
        <source>Days and times, e.g. “mon-fri 09:00-12:00,13:30-17:00; sat 09:00-12:00”. Your bookable blocks of the coming weeks are made from them on the server and arrive here with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="99"/>
        <location filename="../../ui/homes/hours.py" line="123"/>
        <source>Offline: working hours are set on the server; try again online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/hours.py" line="149"/>
        <source>Not set: %1</source>
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
    <name>ItemFlows</name>
    <message>
        <location filename="../../ui/teller/items.py" line="243"/>
        <source>Task “%1” done — saved locally, waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="267"/>
        <source>Choose whom to give the task to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="275"/>
        <source>Task “%1” given to %2 — saved locally, waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="299"/>
        <source>Response to “%1” recorded — saved locally, waiting to upload</source>
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
        <location filename="../../ui/mainwindow.py" line="134"/>
        <source>Opening %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="161"/>
        <source>Guitai — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="163"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="164"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="165"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="193"/>
        <source>Cache open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/mainwindow.py" line="197"/>
        <source>The cache could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyTasksModel</name>
    <message>
        <location filename="../../ui/homes/tasks.py" line="52"/>
        <source>Saved locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="54"/>
        <source>In conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="70"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="74"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="75"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="77"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="82"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCustomer</name>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="58"/>
        <source>same ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="59"/>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="60"/>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="72"/>
        <source>The ID card says the customer was born on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="76"/>
        <source>%1 characters typed; the number has 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="81"/>
        <source>%1 cannot appear in a credit code (no I, O, S, V or Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="84"/>
        <source>An ID card number is 17 digits, then a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="88"/>
        <source>The check character should be %1: a character is mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="92"/>
        <source>The birth date inside the number is not a possible one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="102"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="106"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="110"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="113"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="117"/>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="119"/>
        <source>the bank (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="121"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="493"/>
        <source>Offline: only this computer&apos;s copy was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="516"/>
        <source>The server did not answer: only this computer&apos;s copy was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="548"/>
        <source>It could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="555"/>
        <source>New prospect %1 saved locally — waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="559"/>
        <source>New customer %1 saved locally — waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="251"/>
        <source>New customer or prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="252"/>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="253"/>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="254"/>
        <source>Not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="255"/>
        <source>Yes: SMS, e-mail and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="256"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="257"/>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="258"/>
        <source>Active customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="260"/>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="261"/>
        <source>&amp;Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="262"/>
        <source>Name in &amp;Latin letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="263"/>
        <source>&amp;Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="264"/>
        <source>Ot&amp;her phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="265"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="266"/>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="267"/>
        <source>Marketing &amp;consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="268"/>
        <source>&amp;Taken on as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="271"/>
        <source>&amp;Registration number (USCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="272"/>
        <source>Date of &amp;incorporation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="274"/>
        <source>&amp;ID card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="275"/>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="278"/>
        <source>Likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="279"/>
        <source>Not the same person? Say &amp;why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="280"/>
        <source>e.g. a different person: other father&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="281"/>
        <source>&amp;Open the listed customer instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="292"/>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="295"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="309"/>
        <source>18 characters; the last is a check character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="316"/>
        <source>✓ The check character is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="321"/>
        <source>✓ The check character is right; born %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="328"/>
        <source>%1 of 18 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="358"/>
        <source>Write the date as YYYY-MM-DD, e.g. 1980-03-08.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="389"/>
        <source>Checking for likely duplicates …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/new_customer.py" line="442"/>
        <source>Likely the same as a customer the bank has (found: %1). Open the listed customer, or save anyway with the reason this is someone else (it is kept in the audit trail).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferResponseDialog</name>
    <message>
        <location filename="../../ui/teller/items.py" line="169"/>
        <source>Offer response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="171"/>
        <source>What did the customer say to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="175"/>
        <source>&amp;Presented (no answer yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="176"/>
        <source>&amp;Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="177"/>
        <source>De&amp;clined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="178"/>
        <source>&amp;Later (show it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="189"/>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../../ui/sync_ui.py" line="49"/>
        <source>Offline: your work is saved on this computer and uploads when the server can be reached again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="78"/>
        <source>Won — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="78"/>
        <source>Lost — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="83"/>
        <source>What did the customer take up?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="83"/>
        <source>Why was it lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="98"/>
        <source>Mark as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="98"/>
        <source>Mark as lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineHome</name>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="269"/>
        <source>%1 moved to %2 — saved locally, waiting to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="280"/>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="285"/>
        <source>This referral is closed (%1): it stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="288"/>
        <source>A new referral has no stage before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="332"/>
        <source>All stages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="347"/>
        <source>By stage (count · value in CNY): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="354"/>
        <source>&amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="355"/>
        <source>Fi&amp;lter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="356"/>
        <source>Customer, name, product or who referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="358"/>
        <source>Next stage ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="359"/>
        <source>◀ Stage before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="360"/>
        <source>Won…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/pipeline.py" line="361"/>
        <source>Lost…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfitChart</name>
    <message>
        <location filename="../../ui/widgets/chart.py" line="84"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="85"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="86"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart.py" line="101"/>
        <source>Profitability, last 12 months (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../ui/teller/items.py" line="130"/>
        <source>Reassign task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="131"/>
        <source>Give “%1” to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="134"/>
        <source>&amp;Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="137"/>
        <source>&amp;Reassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/items.py" line="147"/>
        <source>Nobody else of the branch is in this computer&apos;s copy.</source>
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
        <location filename="../../ui/sync_ui.py" line="77"/>
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
        <location filename="../../client/schema/registry.py" line="145"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="146"/>
        <source>Member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="147"/>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="148"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="149"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="150"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="153"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="162"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="167"/>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="170"/>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="175"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="178"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="186"/>
        <source>Account holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="194"/>
        <source>Account history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="202"/>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="209"/>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="216"/>
        <source>Household member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="223"/>
        <source>Segment feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="230"/>
        <source>Segment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="235"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="236"/>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="239"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="245"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="252"/>
        <source>External record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../client/schema/registry.py" line="258"/>
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
        <location filename="../../ui/tasks.py" line="353"/>
        <source>This could not be done because of an internal error (see the log).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksHome</name>
    <message>
        <location filename="../../ui/homes/tasks.py" line="229"/>
        <source>%1 open tasks, %2 of them overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="237"/>
        <source>Fi&amp;lter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="238"/>
        <source>Customer, name or task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="239"/>
        <source>&amp;Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/tasks.py" line="240"/>
        <source>&amp;Give to…</source>
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
        <location filename="../../ui/terms.py" line="60"/>
        <source>agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="61"/>
        <source>disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="62"/>
        <source>suggest_other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="63"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="64"/>
        <source>lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="65"/>
        <source>watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="66"/>
        <source>later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="45"/>
        <source>proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="46"/>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="47"/>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="48"/>
        <source>same household as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="49"/>
        <source>spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="50"/>
        <source>parent of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="51"/>
        <source>child of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="52"/>
        <source>director of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="53"/>
        <source>has director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="54"/>
        <source>guarantor for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="55"/>
        <source>guaranteed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="56"/>
        <source>employee of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="57"/>
        <source>employer of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="58"/>
        <source>beneficial owner of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/terms.py" line="59"/>
        <source>beneficially owned by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayHome</name>
    <message>
        <location filename="../../ui/teller/today.py" line="130"/>
        <source>Reading the branch&apos;s day …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="250"/>
        <source>Everything (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="276"/>
        <source>%1 booked in, %2 tasks due, %3 KYC reviews, %4 offers to present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="283"/>
        <source>⚠ %1 overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="286"/>
        <source>%1 shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="287"/>
        <source>Enter opens the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="293"/>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="294"/>
        <source>Fi&amp;lter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="295"/>
        <source>Number, name, task, product or RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="296"/>
        <source>Open 360</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="297"/>
        <source>Opens the customer&apos;s 360 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="298"/>
        <source>&amp;Close task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="299"/>
        <source>Re&amp;assign task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/teller/today.py" line="300"/>
        <source>&amp;Record offer response…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <location filename="../../ui/models/today.py" line="52"/>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="53"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="54"/>
        <source>KYC review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="55"/>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="58"/>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="59"/>
        <source>Tasks due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="60"/>
        <source>KYC reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="61"/>
        <source>Offers to present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="65"/>
        <source>saved locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="66"/>
        <source>uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="67"/>
        <source>in conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="72"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="73"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="74"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="75"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="76"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="77"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="78"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="212"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="215"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="217"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="227"/>
        <source>KYC review due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/today.py" line="232"/>
        <source>%1 (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchedHome</name>
    <message>
        <location filename="../../ui/homes/watched.py" line="143"/>
        <source>Your role is not listed the watched groups&apos; changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="149"/>
        <source>The server could not list the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="203"/>
        <source>Marked as seen; new changes will show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="266"/>
        <source>The watched groups&apos; changes are on the server: go online to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="270"/>
        <source>Shown: the list as read at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="277"/>
        <source>Head office watches no groups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="280"/>
        <source>Unseen changes by group: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="283"/>
        <source>The newest %1 of %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="289"/>
        <source>Read from the server at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="294"/>
        <source>Fi&amp;lter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="295"/>
        <source>Customer, name, group, what changed or RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="296"/>
        <source>&amp;Only my customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="298"/>
        <source>Mark all seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="299"/>
        <source>Mark all seen (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/homes/watched.py" line="300"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WatchedModel</name>
    <message>
        <location filename="../../ui/models/watched.py" line="27"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="28"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="29"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="31"/>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="32"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="33"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="34"/>
        <source>RM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="45"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="46"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="47"/>
        <source>Balance moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="48"/>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/watched.py" line="49"/>
        <source>Segment changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkActions</name>
    <message>
        <location filename="../../ui/work/actions.py" line="117"/>
        <source>&amp;Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="119"/>
        <source>Log &amp;interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="120"/>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="121"/>
        <source>Follow-up &amp;task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="122"/>
        <source>&amp;Refer to an RM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="123"/>
        <source>&amp;Book appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="124"/>
        <source>Se&amp;gment feedback…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="125"/>
        <source>&amp;New customer or prospect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="126"/>
        <source>&amp;Close task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="127"/>
        <source>Re&amp;assign task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="128"/>
        <source>&amp;Offer response…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="177"/>
        <source>Appointment saved locally as tentative — the server confirms it once uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="180"/>
        <source>Saved locally — waiting to upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="234"/>
        <source>This customer is of another branch: their tasks and offers are changed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="265"/>
        <source>Choose an offer first: in Today, or in the 360&apos;s Offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/work/actions.py" line="267"/>
        <source>Choose a task first: in Today, or in the 360&apos;s Open tasks.</source>
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
