<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutBox</name>
    <message>
        <source>LGPL-3.0 (Qt Charts: GPL-3.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zlib licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fuer Monitor %1&lt;/b&gt;&lt;br&gt;妇女儿童发展规划监测系统&lt;/p&gt;&lt;p&gt;Monitoring of the district&apos;s Women&apos;s and Children&apos;s Development Plans (2021-2030).&lt;/p&gt;&lt;p&gt;Fuer Monitor is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;It runs on these libraries:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;library&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;licence&lt;/th&gt;&lt;/tr&gt;%2&lt;/table&gt;&lt;p&gt;The licence texts are in /usr/share/doc/fuer-monitor/copyright and /usr/share/common-licenses on Debian systems.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Fuer Monitor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs acceleration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlikely to be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-way covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-way not covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large fluctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difference from the reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average annual change = (%1 − %2) ÷ (%3 − %4) = %5; projected %6 = %1 + %7 × (%6 − %3) = %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (limited to %1, the bound of its range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 the value was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting the target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short of the target %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not meeting the target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outside the range of the target %2 (±%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 higher than the %2 baseline of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lower than the %2 baseline of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged from the %1 baseline of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which needs at least %1% below the baseline, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the normal range %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the normal range %1–%2 but closer to %3 than the %4 baseline of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the normal range %1–%2 and no closer to %3 than the %4 baseline of %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting the target %1 (%2 was %3 in %4, so at least %5 is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short of the target %2 (%3 was %4 in %5, so at least %6 is required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the last %1 years it rose by %2 a year on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the last %1 years it fell by %2 a year on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the last %1 years it did not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projected %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the baseline year %1 has a value, nothing to compare yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher than the year before in every reported year since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was not higher than %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 judged it %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 judged it %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 is judged by a reviewer and no judgement is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target text “%1” cannot be read as a rule and needs a reviewer&apos;s judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no value for %2, so the target %3 needs a reviewer&apos;s judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few years for a projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the changes from year to year (%1) reverse direction %2 times between changes of at least %3 (%4% of its mean level %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 (%2) to %3 (%4) it changed by %5, more than %6% of the value before and at least %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for %1, the assessment rests on the %2 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which needs at least %1% above the baseline, at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as about %1 or above: at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as about %1 or below: at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as a band of ±%1 on both sides: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting the target %1 (%2 was %3 in %4, so at most %5 is allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 above the target %2 (%3 was %4 in %5, so at most %6 is allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower than the year before in every reported year since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) was not lower than %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a verdict recorded for %1 that still applies: the value has not changed since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentExport</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2030 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected 2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of the monitoring indicators, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicator</numerusform>
            <numerusform>%n indicators</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentFormatter</name>
    <message>
        <source>%1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1% below the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal band %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows %1, tolerance %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follows indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with the reference value entered with each return, tolerance %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compared with the reference value entered with each return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for %1 (%2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words are the status in %1; the dot ● is the early warning towards %2, from the latest value and its trend (red: binding target missed or moving away, yellow: projected to miss or fluctuating, green: met or on track, grey: no data or awaiting a verdict).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value for %1, the %2 value: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about or above: at least %1%2 (tolerance %3%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about or below: at most %1%2 (tolerance %3%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band: tolerance ±%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1% above the baseline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Saved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commented</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Password: at least %1 characters are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: it must not begin or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name: &quot;%1&quot;: expected 2–32 letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: &quot;%1&quot;: a liaison belongs to one of the responsible units of the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name: &quot;%1&quot; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has accounts; sign in as its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 wrong passwords until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong; the account %1 is now locked for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator: make another account an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of %1: the name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database signs people in with the program&apos;s own accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 owns this server database but has no account in it: connect with your own login (the administrator adds it with &quot;users add&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 has no account in this database; ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this server you sign in with your own server login and password (文件 → 连接服务器), not with the program&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this server your password is your server login&apos;s: change it with psql&apos;s \password, or ask the administrator to set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 beside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 aside; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the restored file in place; the previous file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>indicators.tsv line %1: attribute: %2: expected 约束性 or 预期性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators.tsv line %1: code, name and units are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators.tsv line %1: plan: %2: expected a plan code of plans.tsv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicators.tsv line %1: about: %2: expected band, about_or_above or about_or_below</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>&amp;Edit indicator...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by code, name, target or unit (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Indicator %1 names the unknown unit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A baseline names the unknown indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: (empty): the 2030 target text is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible units: (none): at least the lead unit is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible units: %1: expected a unit of the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear decrease share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>balance to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the unit&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note needed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note needed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only an active administrator may edit the catalog; indicator %2 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance: %1: expected a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>明显降低 share: %1%: expected 0 to 100 percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>趋于平衡 band: %1 to %2: expected a lower bound below the upper one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference indicator: %1: expected another indicator of the catalog, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible units: %1: listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator %1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about or below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading of 左右</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swing share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jump share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>波动较大 swing share: %1%: expected more than 0 and at most 100 percent of the mean level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>波动较大 jump share: %1%: expected more than 0 percent of the value before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>波动较大 least jump: %1: expected a number of 0 or more in the indicator&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2030 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmation does not match the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Fuer Monitor: monitoring of the Women&apos;s and Children&apos;s Development Plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the program: zh_CN (default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (default: standard output where possible).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values import: state of the imported values: draft, submitted or approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values import: create areas the database does not know yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reporting year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: annual, midterm or final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values import: the CSV encoding, UTF-8 or GB18030 (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  catalog [--format csv|json] [--out FILE]        list the indicators of both plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  values import FILE.csv|.xlsx|.ods [--state S] [--add-areas] [--encoding E]  import values (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  values export [--year Y] [--format csv|xlsx] [--out FILE]  export values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  template --unit NAME --year Y --out FILE.xlsx    a unit&apos;s return template to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  target explain TEXT                              explain how a target text is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess: every area&apos;s assessment, one row per area and indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  assess --year Y [--by-area] [--format csv|json|xlsx] [--out FILE] assess every indicator for a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: csv, json or xlsx; for report pdf, docx or odt (depends on the command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: the issuing office printed on the cover, kept for later reports (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  report --year Y [--kind annual|midterm|final] [--format pdf|docx|odt] [--issuing-body NAME] --out FILE   the plenary summary as PDF, or an editable DOCX or ODT copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  completeness --year Y [--format csv|xlsx] [--out FILE]  each unit&apos;s returns, report and timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>                                                   with its annual report sheet, imported with the values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  return-pdf --unit NAME --year Y --out FILE.pdf   a unit&apos;s return to print, sign and stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file, or the postgresql:// URI of a server database (default: a file in the user&apos;s application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  demo --out FILE|URI                              create a separate database with example data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template, return-pdf, users add: the responsible unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users add: liaison, reviewer or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users add: the person&apos;s display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  users list [--format csv] | users add LOGIN --role R [--unit NAME] [--name TEXT] --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  users passwd LOGIN --password-stdin | users disable LOGIN | users enable LOGIN  the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users add, users passwd, server init: read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: catalog, values import FILE, values export, demo, target explain TEXT, assess, completeness, report, template, return-pdf, users, server init LOGIN. Without a command the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  server init LOGIN [--name TEXT] --password-stdin  on a server: its own rules, roles and the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  server import-sqlite FILE | server export-sqlite FILE  a desktop file into an empty server database, or the server&apos;s into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  server upgrade                                   the numbered migrations of a server database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --help to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: %1: expected csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state: %1: expected draft, submitted or approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding: %1: expected UTF-8 or GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was written. Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value(s) from %1.</source>
        <translation>
            <numerusform>Imported %n value from %1.</numerusform>
            <numerusform>Imported %n values from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>--format: %1: expected csv or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format xlsx: --out FILE.xlsx is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: --out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a demo database; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and holds real data; the demo is never written into a real database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the demo database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database with example data written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: %1: expected csv, json or xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: %1: expected annual, midterm or final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template: --unit NAME, --year Y and --out FILE.xlsx are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return template of %1 for %2 written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year: (empty): a year from %1 to %2 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year: %1: expected a year from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --out FILE.pdf (or FILE.docx or FILE.odt for an editable copy) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: %1: expected pdf, docx or odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report sheet %1 is empty; the annual report of %2 for %3 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report sheet %1 is the stored annual report of %2 for %3; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report sheet %1 was saved as the draft of the annual report of %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return-pdf: --unit NAME, --year Y and --out FILE.pdf are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return of %1 for %2 was not written: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Return of %1 for %2 written to %3 (%n page(s)).</source>
        <translation>
            <numerusform>Return of %1 for %2 written to %3 (%n page).</numerusform>
            <numerusform>Return of %1 for %2 written to %3 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds accounts or the demo; the demo is written only into a new database. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the demo data into %1: %2; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users: --password-stdin is required (the password is read from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users: cannot read the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users: standard input held no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users: expected list, or add, passwd, disable or enable with one LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: %1: expected csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: %1: expected liaison, reviewer or admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 (%2) created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server init: --db must name a server database (postgresql://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not set up; nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator %1: already there (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator %1 was not created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator %1: created, a login of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --db must name a server database (postgresql://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no file %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 exists already; name a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 already enforces its rules (server init ran); copy a file into an empty database before server init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was copied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copied into the server database. Next: server init, which makes each account a login whose password is set with users passwd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database copied into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server upgrade: --db must name a server database (postgresql://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was upgraded but its rules were not refreshed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was set up new at schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema %2 already, the one this program knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was upgraded from schema %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentRepository</name>
    <message>
        <source>There is no indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessExport</name>
    <message>
        <source>Completeness of the returns, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 indicators not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units still owing returns for %1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Every indicator of %1 is submitted or approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 indicators submitted or approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted or approved, of the indicators the unit leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsible unit: it leads these indicators and reports their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled: indicators without a value for the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values saved but not yet submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted values waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values sent back to the unit with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values approved by a reviewer (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the unit&apos;s last submission (the time in the cell&apos;s tooltip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s annual report (年度规划落实情况报告): its state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>报送截止日期: the year&apos;s, or the unit&apos;s extension (marked *)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>按时, 逾期 n 天 after the due date, or 未报送 with the days left or past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>an extended due date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>no annual report yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>逾期 %n 天</source>
        <comment>delivered n days late</comment>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>未报送(逾期%n天)</source>
        <comment>not delivered, n days past due</comment>
        <translation>
            <numerusform>未报送(逾期%n天)</numerusform>
            <numerusform>未报送(逾期%n天)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>未报送(剩%n天)</source>
        <comment>not delivered, n days left</comment>
        <translation>
            <numerusform>未报送(剩%n天)</numerusform>
            <numerusform>未报送(剩%n天)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: unknown encoding; expected UTF-8 or GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot read GB18030 text; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (at %1); choose the encoding GB18030 or save it as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text (not UTF-8 at %1, not GB18030 at %2); save it as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a field in column %2, beyond the %3 columns a file of values may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: more than %2 lines hold text; a file of values may have at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the database file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Fuer Monitor database: it is not an SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to another program (application id %2); it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Fuer Monitor (schema %2; this program knows up to %3). Please update the program; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an open database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays in %2 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only for this account; the program needs to write to it. Ask for write permission to the file, or open a copy in a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 is read-only for this account, and the program must create its journal files (%3-wal, %3-shm) beside the database. Move the database to a folder you may write to, or ask for write permission to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 safely: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1 for its schema check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the schema in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an empty fuer_schema table: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Fuer Monitor (schema %2; this program knows up to %3). Please update the program; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a Fuer Monitor database: it has %n other table(s) and no fuer_schema; it was not changed. Give an empty database, or one Fuer Monitor set up.</source>
        <translation>
            <numerusform>%1 is not a Fuer Monitor database: it has %n other table and no fuer_schema; it was not changed. Give an empty database, or one Fuer Monitor set up.</numerusform>
            <numerusform>%1 is not a Fuer Monitor database: it has %n other tables and no fuer_schema; it was not changed. Give an empty database, or one Fuer Monitor set up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Cannot start writing the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 of the target: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The target is not empty: its table %1 holds %n row(s). Copy into a new database.</source>
        <translation>
            <numerusform>The target is not empty: its table %1 holds %n row. Copy into a new database.</numerusform>
            <numerusform>The target is not empty: its table %1 holds %n rows. Copy into a new database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write row %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot number the new rows of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot store the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Due date of the %1 returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units deliver their %1 values and annual report by this date (报送截止日期). Extensions granted to single units stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date is set for %1 yet; the proposal is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the %1 due date for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s due date is %1; the extension may not be earlier. The reason is required and goes into the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extended to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineRepository</name>
    <message>
        <source>The due date of %1 is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date of %1 (%2) falls before the year it reports on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extended due date for %1 is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extension for %1 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension for %1 (%2) is earlier than the year&apos;s due date %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>Could not build the Word document (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Edit account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryValidator</name>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes by %2% against %3 (%4): please explain in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is far outside the past values %2–%3: please check it or explain in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 this binding indicator does not meet its target %2: please explain in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 this binding indicator is %2, but its trend projects %3 for %4, moving away from its target %5: please explain in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 this binding indicator is %2, but its trend moves away from its target %3: please explain in the note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>New database — create the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet. Choose the administrator&apos;s login name and password; the administrator then creates the accounts of the units and reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password (at least %1 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: the two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Fuer Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the first start of Fuer Monitor for this account.&lt;/p&gt;&lt;p&gt;Your database will be kept at:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It is created when you start with it; it first asks for its administrator. Removing the program leaves this file in place.&lt;/p&gt;&lt;p&gt;To look around first, open the demo data: example values 2020–2025 for every indicator, marked 示例数据, in a separate file that never mixes with your own:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start with my database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a demo database; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 / GBK (Excel on Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values arrive as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) checked, all correct. Nothing is written until you press Import.</source>
        <translation>
            <numerusform>%1: %n row checked, correct. Nothing is written until you press Import.</numerusform>
            <numerusform>%1: %n rows checked, all correct. Nothing is written until you press Import.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing will be written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report sheet %1 is empty: the annual report of %2 for %3 is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report sheet %1 holds the stored annual report of %2 for %3: it is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The report sheet %1 is imported too: %n section(s) with text, saved with the values as the draft of the annual report of %2 for %3.</source>
        <translation>
            <numerusform>The report sheet %1 is imported too: %n section with text, saved with the values as the draft of the annual report of %2 for %3.</numerusform>
            <numerusform>The report sheet %1 is imported too: %n sections with text, saved with the values as the draft of the annual report of %2 for %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorDetailPane</name>
    <message>
        <source>2030 target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an indicator on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (co-operating)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorEditDialog</name>
    <message>
        <source>Edit indicator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2030 &amp;target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible &amp;units (checked; the first checked is the lead unit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance for 左右 / 相适应:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>趋于平衡 normal band from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relative target follows indicator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the indicator will need a reviewer&apos;s judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values refused outside%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values needing a note outside%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounds: “%1”: expected a number, or nothing for the unit&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a band: within the tolerance on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about or above: at least the value less the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about or below: at most the value plus the tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 左右 target &amp;reads as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>明显降低 / 明显提高 means at least this many percent from the baseline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>波动较大: a &amp;swing counts from this many percent of the mean level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>波动较大: a &amp;jump is more than this many percent of the value before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and at least (in the indicator&apos;s unit):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorReviewPane</name>
    <message>
        <source>&amp;Copy chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;SVG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target %1 · %2 · reported by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an indicator to see its trend, values and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JudgementRepository</name>
    <message>
        <source>A verdict needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no indicator %1 or area %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plenary summary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up the database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuer Monitor databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuer Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuer Monitor databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the current database with %1? The current file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was restored; the previous file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import values...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a return &amp;template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value(s).</source>
        <translation>
            <numerusform>Imported %n value.</numerusform>
            <numerusform>Imported %n values.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a return template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-return-%2.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress and warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable &amp;return (PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you (待办) in %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printable return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return of %1 for %2 was written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a &amp;server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of the return are not stored yet (see the messages in the table). Quit anyway and lose them?</source>
        <translation>
            <numerusform>%n entry of the return is not stored yet (see the messages in the table). Quit anyway and lose it?</numerusform>
            <numerusform>%n entries of the return are not stored yet (see the messages in the table). Quit anyway and lose them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot start the upgrade to schema version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>%1: part %2 is damaged (XML line %3, column %4: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: part %2: a document type declaration (DOCTYPE or ENTITY) is not allowed; the file is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet %2: row %3: the table is wider than %4 columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Assessment &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a count to list its indicators on the warning board; select an indicator there to see its trend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators by status and category, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 indicators shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all &amp;red and yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red and yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Early warnings&lt;/b&gt; — red, then yellow; double-click opens the indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only the administrator edits the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the administrator backs up the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the administrator restores the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the administrator can manage accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are imported by a unit&apos;s liaison or by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns are reviewed by a reviewer or by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual returns are entered by a unit&apos;s liaison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due dates are set and extended by a reviewer (the office) or by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnectionSpec</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URI: expected postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; in the PostgreSQL URI has a broken %-escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password in the PostgreSQL URI has a broken %-escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; in the PostgreSQL URI lacks its closing ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; after the host in the PostgreSQL URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URI names several hosts (&quot;%1&quot;); give one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; in the PostgreSQL URI has a broken %-escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in the PostgreSQL URI is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; in the PostgreSQL URI has a broken %-escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the PostgreSQL URI&apos;s options is not key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; in the PostgreSQL URI has a broken %-escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URI has an unknown option &quot;%1&quot; (known are e.g. sslmode, sslrootcert, connect_timeout, application_name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 in the PostgreSQL URI may not contain &quot;;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such database on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PostgreSQL server answers there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1 as %2: %3 (the server said: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the server was lost and cannot be made again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDatabase</name>
    <message>
        <source>Cannot install the plan catalog into %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login %1 has no account in %2; ask the administrator to add it (users add).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintedReturn</name>
    <message>
        <source>Not filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a unit that leads an indicator; the units are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reporting year; the years are %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the liaison of %2 and may print only that unit&apos;s return, not the return of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of the unit (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Seal of the unit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason (required; the unit reads it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChartSet</name>
    <message>
        <source>Indicators by status and category, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Mid-term evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final evaluation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body: the name of the issuing office is empty; expected its full name, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body: &quot;%1&quot; has a line break; expected the name on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body: &quot;%1&quot; has %2 characters; expected at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Plenary summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual monitoring report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;editable copy (ODT)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the plenary summary...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Written: %1 (%n page).</numerusform>
            <numerusform>Written: %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the editable copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plenary summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-summary-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-summary-%1.odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-term evaluation (%1, data to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final evaluation (%1, data to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office printed on the cover of every report; kept for later reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Word copy (DOCX)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Word copy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Word copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plenary-summary-%1.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>%1 — %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation %1, data up to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values in this report were generated by the program for demonstration. They are not real figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An indicator counts as assessed when its value for the year can be compared with the target: met or not met. The rate met is met ÷ assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For targets with a fixed number and a baseline, the %1 value must have covered at least half of the way from the baseline to the target. %2 of %3 indicators did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red: a binding indicator not met, or a trend away from the target. Yellow: projected to miss the target, or a large fluctuation. In the charts, filled dots are approved values, hollow dots submitted ones; the dash-dot line or shaded band is the target, the dashed line the projection, the square the baseline and the diamond the mid-term value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No indicator carries a red or yellow warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 (%2) · lead unit %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note of the lead unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values marked * are submitted and not yet approved. A dash means no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators counted for their lead unit, which reports the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures for %1 rest on the district&apos;s values of the %2 indicators: %3 approved, %4 submitted and awaiting review, %5 draft or returned (not counted), %6 with no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline figures for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation of the plan period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half time, half the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets met ahead of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets not expected to be met by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns by responsible unit, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <comment>annual report delivered by the due date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <comment>annual report delivered after the due date</comment>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>Not delivered</source>
        <comment>annual report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units&apos; annual reports, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units&apos; annual reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reports for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each responsible unit reports every year on how it carried out the plan and on its work for the next year. Of %1 units, %2 delivered the report for %3 by the due date in force for them (extensions counted), %4 after it, and %5 have not delivered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work planned for %1 (opening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>no annual report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units&apos; annual reports %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each year of the period so far: whether the unit&apos;s annual report came by the due date in force for it, how many days late, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Drawing charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessing indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>The report of %1 for %2 was changed by %3 at %4 meanwhile; nothing was saved and your text is kept. Reload to see the change, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report row could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of %1 for %2 was removed meanwhile; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of %1 for %2 is %3 and can no longer be changed by its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report names a category %1 the plan does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no report for %2 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of %1 for %2 is %3; it cannot be changed to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of %1 for %2 is %3; its attachments can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a report for %2; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan for next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual report of %1 is written by its own liaison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the liaison of %2 and cannot change the report of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not read the report of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 characters; a section holds at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains the control character U+%2 in line %3; only line breaks and tabs are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; an attachment may be at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file type the report takes; attach a PDF, DOCX, PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of %1 is not a %2 file, as its extension says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of %1 for %2 is empty; write its sections before submitting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning the report of %1 for %2 needs a reason for the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored content of %1 does not match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report belongs to the unit named beside %2 on the sheet of values, and that cell is empty; enter the unit&apos;s name there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 serves no indicator of %3; the sections of its report are %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the annual report of %2 for %3 is %4, and an import does not change it; leave the sheet as the template had it (or empty), or ask the office to return the report first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSheet</name>
    <message>
        <source>Write each section in its yellow cell; a new paragraph is a line break inside the cell (Excel and WPS: Alt+Enter; LibreOffice: Ctrl+Enter). The report is imported with the values as a draft; when every cell is empty, the report is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet %2: no header row in rows 1 to %3; expected %4 in column A and %5 in column B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: expected the name of a section: %3&lt;category&gt;, %4 or %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: each section once; the sheet has it twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnClipboard</name>
    <message numerus="yes">
        <source>Pasted %n row(s).</source>
        <translation type="unfinished">
            <numerusform>Pasted %n row.</numerusform>
            <numerusform>Pasted %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed, already submitted or approved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n read-only cell(s) skipped.</source>
        <translation type="unfinished">
            <numerusform>%n read-only cell skipped.</numerusform>
            <numerusform>%n read-only cells skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) below the last row ignored.</source>
        <translation type="unfinished">
            <numerusform>%n line below the last row ignored.</numerusform>
            <numerusform>%n lines below the last row ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnHistoryPane</name>
    <message>
        <source>Values by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1 · reported by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an indicator to see its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;comment...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3 (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnItemDelegate</name>
    <message>
        <source>Explain it in the note before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <source>Show &amp;co-operating indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit &amp;all ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · annual return · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted (saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled %1 · Draft %2 · Submitted %3 · Returned %4 · Approved %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not saved: fix the red cells</source>
        <translation>
            <numerusform>%n value not saved: fix the red cell</numerusform>
            <numerusform>%n values not saved: fix the red cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value, or paste a block from Excel or WPS with Ctrl+V. Drafts are saved automatically; submit when the return is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the reviewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reported by %2; your unit co-operates and can only read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved until it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the rows to submit first (drafts and returned values of your unit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a note explaining its warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no saved value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft is ready for submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready, they stay drafts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Submit %n value(s) for %1 to the reviewers? Submitted values can no longer be changed here.</source>
        <translation>
            <numerusform>Submit %n value for %1 to the reviewers? A submitted value can no longer be changed here.</numerusform>
            <numerusform>Submit %n values for %1 to the reviewers? Submitted values can no longer be changed here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n value(s).</source>
        <translation>
            <numerusform>Submitted %n value.</numerusform>
            <numerusform>Submitted %n values.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was submitted. Fix these problems and submit again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Co-operating indicators are read-only; paste into your unit&apos;s rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your remark on %1 for %2 (kept, not editable):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print return (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return with last years&apos; values, targets and the annual report, as a PDF to sign and stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the return as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return of %1 for %2 was written to %3: print it, sign it and stamp it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned, not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft, not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To submit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still without a submitted value after this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit part of the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This submits only part of the return for %1: %n indicator(s) of your unit will still have no submitted value (listed below). Submit these %2 value(s) anyway? No submits nothing.</source>
        <translation>
            <numerusform>This submits only part of the return for %1: %n indicator of your unit will still have no submitted value (listed below). Submit these %2 value anyway? No submits nothing.</numerusform>
            <numerusform>This submits only part of the return for %1: %n indicators of your unit will still have no submitted value (listed below). Submit these %2 values anyway? No submits nothing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnPdf</name>
    <message>
        <source>(Not written.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 monitoring data return of the women&apos;s and children&apos;s development plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit has checked the data and the report above and confirms them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This return holds values not yet submitted: %1 draft, %2 returned, %3 not filled. It is not the return of record until they are submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2030 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration data, not real figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Monitoring indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 indicators: %2 approved, %3 submitted, %4 draft, %5 returned, %6 not filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Annual report on the implementation of the plans (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 year %2 month %3 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2-return.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnService</name>
    <message>
        <source>%1 is reported by %2; %3 cannot change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: (empty): expected a number before the note or source can be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such indicator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reported by %2; %3 cannot submit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is %3 and cannot be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no value to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 The note (情况说明) must explain it before submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was chosen to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reported by %2; %3 cannot import it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a unit&apos;s return is for the district; the area %2 is imported by the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a responsible unit of %2 and cannot comment on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: expected 1 to 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file holds no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnTableModel</name>
    <message>
        <source>Co-operating with other units (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-operating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by %1; your unit co-operates and can only read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last changed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the reviewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain changes and warnings here; a value with a warning needs a note before it is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator (unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2030 target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value&apos;s warning needs an explanation here before it can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the connection to the server was lost. It is saved again as soon as the server answers. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnTemplate</name>
    <message>
        <source>%1 is not a unit that leads an indicator; the units are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a reporting year; the years are %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 annual return: monitoring indicators of the women&apos;s and children&apos;s development plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the yellow cells: the %1 value (or numerator and denominator), data source and note. Numbers only, without units; leave a row empty when there is no value yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&amp;Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve &amp;whole return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;turn selected...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;verdict...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected submitted values; approved values are locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve every submitted value of this unit for the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected submitted values back to the unit with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen the selected approved values with a reason; the unit may change them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record met or not met, with a reason, for a target that is judged (保持合理比例).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Returns by unit&lt;/b&gt; (select a unit to open its return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Return&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Return of %1 for %2&lt;/b&gt; (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approved %n value(s): %1.</source>
        <translation>
            <numerusform>Approved %n value: %1.</numerusform>
            <numerusform>Approved %n values: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no submitted value for %2 to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approved the return of %1 for %2: %n value(s).</source>
        <translation>
            <numerusform>Approved the return of %1 for %2: %n value.</numerusform>
            <numerusform>Approved the return of %1 for %2: %n values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returned %n value(s) to the unit: %1.</source>
        <translation>
            <numerusform>Returned %n value to the unit: %1.</numerusform>
            <numerusform>Returned %n values to the unit: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n value(s): %1.</source>
        <translation>
            <numerusform>Reopened %n value: %1.</numerusform>
            <numerusform>Reopened %n values: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded for %1 in %2: met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded for %1 in %2: not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve whole return</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve all %n submitted value(s) of %1 for %2? Approved values are locked.</source>
        <translation>
            <numerusform>Approve the %n submitted value of %1 for %2? Approved values are locked.</numerusform>
            <numerusform>Approve all %n submitted values of %1 for %2? Approved values are locked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Return to the unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 back to %2? The unit sees your reason beside the value and submits it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen approved values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen %1? The values go back to %2 as returned, with your reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due &amp;date...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend for unit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export re&amp;minder list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the due date of the year&apos;s returns and reports (报送截止日期).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the due date for the selected unit, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the units still owing values or their report, with the days left or past, as .xlsx for a reminder notice (催报名单).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date of %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 due date for %2 is extended to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminders-%1.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the reminder list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder list of %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>No value was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: (empty): a reason is required; the unit will read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reviewer records verdicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is computed from its values; it takes no verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot approve values; that is a reviewer&apos;s act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot send values back; that is a reviewer&apos;s act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot reopen values; that is a reviewer&apos;s act.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewValueModel</name>
    <message>
        <source>Not filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (approved %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target 2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator / denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server — Fuer Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.fuer.example.gov.cn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS when the server offers it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS, certificate and host name checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS (only on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s PostgreSQL database, as its IT staff set it up. The password is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: please fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSecurity</name>
    <message>
        <source>The server&apos;s own rules are for a PostgreSQL database; a file is guarded by the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the connection&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group role %1: already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role %1 may not create roles (CREATEROLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the group role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group role %1: created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the server&apos;s functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privileges: set for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the row-level security of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the policy %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Row-level security: %n table(s).</source>
        <translation>
            <numerusform>Row-level security: %n table.</numerusform>
            <numerusform>Row-level security: %n tables.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the server&apos;s triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit and workflow triggers: already there, refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit and workflow triggers: created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection gives no libpq handle (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server already has a role named %1 (another database&apos;s account, or a role of its own); choose another login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the account %1 a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1: now a login of the server; its password is to be set (users passwd %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1: the server has a role of that name already; the account was disabled, and it cannot sign in until it is renamed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Sign in to change the issuing body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to print a return.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Fuer Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose an example account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo database (示例数据). Every example account has the password %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Example account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteLocks</name>
    <message>
        <source>SQLite has no unix file system layer to lock through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite does not name its fcntl and close calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused to hand over its close call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite refused to hand over its fcntl call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagedOutput</name>
    <message>
        <source>Cannot write %1: cannot create a temporary file in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBarChart</name>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusSummaryModel</name>
    <message>
        <source>Both plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list these %1 indicators on the warning board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met ÷ (met + not met); indicators awaiting judgement or without data are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change of the share met in percentage points since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan / category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>The target text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target “%1” can be read in more than one way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target “%1” is not a known target form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetRule</name>
    <message>
        <source>below %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 (±%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ratio of at least %1:%2 (1:%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher than the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>higher every year than the year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not lower than the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower than the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1% lower than the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not higher than the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within %1–%2, or closer to %3 than at the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in line with %1 (at most %2 below it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not lower than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>judged by a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 or above (at least %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 or below (at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1% higher than the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower every year than the year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not higher than %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What waits, with the reviewer&apos;s reason where there is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since / due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was returned or submitted; for the due date, the date in force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoNotice</name>
    <message>
        <source>Show &amp;to-do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the page that deals with the selected item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits for you in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodoService</name>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: no value for %3 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 returned: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 returned by %3 on %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: saved as a draft, not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual report %1 was returned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual report %1 was returned by %2 on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual report %1 is a draft, not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annual report %1 is not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) still to submit</source>
        <translation>
            <numerusform>%n value still to submit</numerusform>
            <numerusform>%n values still to submit</numerusform>
        </translation>
    </message>
    <message>
        <source>the annual report still to submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1 (extended: %2): %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) waiting for review since %2 (%3)</source>
        <translation>
            <numerusform>%1: %n value waiting for review since %2 (%3)</numerusform>
            <numerusform>%1: %n values waiting for review since %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the annual report %2 submitted on %3, waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: a value for %3 and no verdict yet (target: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) returned</source>
        <translation>
            <numerusform>%n value returned</numerusform>
            <numerusform>%n values returned</numerusform>
        </translation>
    </message>
    <message>
        <source>the annual report returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not submitted</source>
        <translation>
            <numerusform>%n draft not submitted</numerusform>
            <numerusform>%n drafts not submitted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) without a value</source>
        <translation>
            <numerusform>%n indicator without a value</numerusform>
            <numerusform>%n indicators without a value</numerusform>
        </translation>
    </message>
    <message>
        <source>the annual report not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of %1 unit(s) to review</source>
        <translation>
            <numerusform>%n value of %1 unit to review</numerusform>
            <numerusform>%n values of %1 units to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annual report(s) to review</source>
        <translation>
            <numerusform>%n annual report to review</numerusform>
            <numerusform>%n annual reports to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) to record</source>
        <translation>
            <numerusform>%n verdict to record</numerusform>
            <numerusform>%n verdicts to record</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; due %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Target band %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-term %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TsvTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitReportPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Return to unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was submitted for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attachments&lt;/b&gt; (PDF, DOCX, PNG or JPEG, at most %1 MB each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unit whose report this account may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 KB · %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the report of %1 for %2 returned? The unit sees this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was returned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an attachment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.docx *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · annual report %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last changed by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by the reviewer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done for %1 this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficulties and shortcomings met this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the unit will do next year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;New account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit account...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name, role and unit of the selected account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueBounds</name>
    <message>
        <source>Bounds: %1 to %2: expected a lower bound at most the upper one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounds: %1 to %2: expected bounds within %3 to %4, what %5 can take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value without unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual range: %1 to %2: expected a range within the bounds %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueCsvStream</name>
    <message>
        <source>%1: unknown encoding; expected UTF-8 or GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system cannot read GB18030 text; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near byte %1 (line %2 or below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (%1); choose the encoding GB18030 or save it as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not GB18030 text (%1); save it as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueExport</name>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3), %4: the text holds a NUL character, which an .xlsx cell cannot hold; correct the text and export again, or export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3), %4: the text has %5 characters, more than the %6 an Excel cell holds; shorten it and export again, or export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueFileImport</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an Excel 97-2003 (.xls) or WPS (.et) workbook, which is not read here; open it in WPS, Excel or LibreOffice and save it as an Excel workbook (文件 &gt; 另存为 &gt; Excel 工作簿 *.xlsx) or as CSV UTF-8, then import that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has %2 MB; a CSV file of values may have at most %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueImport</name>
    <message>
        <source>line %1: %2: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as &quot;CSV UTF-8&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; expected a header row with code, year, value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the columns %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each column once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a column named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indicator code of the catalog, such as W01 or C10a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an indicator that %1 leads; %2 %3 is reported by its lead unit %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an area the database knows (or the option --add-areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each indicator, area and year once in a file (%1 %2 is repeated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <comment>what a value rule expects</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a problem past the first %1, not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed; correct the ones above and read the file again</source>
        <translation>
            <numerusform>… and %n more problem, not listed; correct the ones above and read the file again</numerusform>
            <numerusform>… and %n more problems, not listed; correct the ones above and read the file again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueRepository</name>
    <message>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area %1 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueRules</name>
    <message>
        <source>a number, e.g. 92.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text without control characters, line breaks and tabs apart (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one line of text without control characters (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 characters (this text has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count without a % sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number that is not negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ratio such as 1:1.6, or a number, e.g. 1.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of ‰ without a % sign (%1 is measured in ‰: %2% would be %3‰)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number without a % sign (%1 is measured in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number without a ‰ sign (%1 is measured in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numerator and denominator together: both or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most the denominator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value that numerator ÷ denominator gives, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value per mille from 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value from %1 to %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value in the usual range %1 to %2, or a note that explains it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value in the usual range %1 to %2 %3, or a note that explains it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueTableModel</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueWorkflowRepository</name>
    <message>
        <source>There is no indicator %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no indicator %1 or no area %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is %3 and can no longer be changed by its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is %3; only a draft can be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has no value yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is %3; it cannot be changed to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was removed by someone else since you began (you started from %3); nothing was saved and your entry is kept. Save it again to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 was changed by %3 at %4 since you began: it is now %5, %6 (version %7); you started from %8. Nothing was saved and your entry is kept; edit it again to save yours over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>&amp;Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Target: %2
Verdict for %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required; the assessment quotes it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningBoardModel</name>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target 2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fluctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxDocument</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2, without a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of at least %1, without a unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: part %2: a document type declaration (DOCTYPE or ENTITY) is not allowed; the file is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet %2: row %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet %2: row %3, column %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a spreadsheet (.xlsx) file: it has no workbook part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook has no worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no sheet %2; the sheets are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: formulas are not read; paste values (Paste Special, Values) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cell points to a shared string that does not exist; the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 rows hold text; a file of values may have at most %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s only sheets are hidden (%2); unhide the sheet with the values (Excel and WPS: right-click a sheet tab, Unhide; LibreOffice: Sheet, Show Sheet), save and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: part %2 is damaged (XML line %3, column %4: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cell shows the error %2; correct it, or clear the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the row number %2 is damaged (rows must come in order, up to 1048576)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: part %2 is damaged (a cell outside a row, XML line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cell reference %2 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cell %2 lies outside its row; the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the table is wider than %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, beyond what the XML parser takes from a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxValueTable</name>
    <message>
        <source>%1: sheet %2: no header row in rows 1 to %3; expected the columns code, year, value (or the return template&apos;s %4 and %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: merged cells %2 in the table; unmerge them so that each value has its own cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): a year from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sheet %2: no value is filled in; enter the %3 values in the yellow cells</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is password-protected or an old .xls workbook; remove the password or save it as an Excel workbook (.xlsx) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a spreadsheet (.xlsx) file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is password-protected; remove the password and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file unpacks to %2 MB, more than the %3 MB a return may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 is missing; the file is damaged or not a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 would unpack %3 times its size; the file is refused as a zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to %3 MB, more than the %4 MB allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to more than it declares; the file is refused as a zip bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is damaged (part %2 cannot be unpacked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part %2 uses a compression this program does not read (method %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is damaged (part %2 fails its checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is damaged (its zip directory cannot be read: no end record in its last 64 KB; the file is cut short or not a zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is damaged (its zip directory cannot be read at byte %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file has %2 MB, more than the %3 MB a spreadsheet of values may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the parts %2 and %3 have names that differ only in case; a workbook cannot hold both, so the file is refused (save it again from the spreadsheet program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is damaged (part %2 cannot be found at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fuer Monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No display: the window cannot open (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one, e.g. fuer-monitor report --year 2025 --out summary.pdf; see fuer-monitor --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
