<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>LGPL-3.0 (Qt Charts: GPL-3.0)</source>
        <translation>LGPL-3.0（Qt Charts：GPL-3.0）</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>zlib licence</source>
        <translation>zlib许可证</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Fuer Monitor %1&lt;/b&gt;&lt;br&gt;妇女儿童发展规划监测系统&lt;/p&gt;&lt;p&gt;Monitoring of the district&apos;s Women&apos;s and Children&apos;s Development Plans (2021-2030).&lt;/p&gt;&lt;p&gt;Fuer Monitor is free software: you may share and change it under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;&lt;p&gt;It runs on these libraries:&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;library&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;version&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;licence&lt;/th&gt;&lt;/tr&gt;%2&lt;/table&gt;&lt;p&gt;The licence texts are in /usr/share/doc/fuer-monitor/copyright and /usr/share/common-licenses on Debian systems.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;妇女儿童发展规划监测系统 %1&lt;/b&gt;&lt;br&gt;Fuer Monitor&lt;/p&gt;&lt;p&gt;用于监测本区妇女、儿童发展规划（2021—2030年）的实施情况。&lt;/p&gt;&lt;p&gt;本程序是自由软件：您可以依照GNU通用公共许可证第3版或（由您选择）任何更新的版本（GPL-3.0-or-later）分发和修改本程序。本程序不提供任何担保。&lt;/p&gt;&lt;p&gt;本程序使用以下程序库：&lt;/p&gt;&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;th align=&quot;left&quot;&gt;程序库&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;版本&lt;/th&gt;&lt;th align=&quot;left&quot;&gt;许可证&lt;/th&gt;&lt;/tr&gt;%2&lt;/table&gt;&lt;p&gt;在Debian系统上，许可证全文见/usr/share/doc/fuer-monitor/copyright和/usr/share/common-licenses。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Fuer Monitor</source>
        <translation>关于妇女儿童发展规划监测系统</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <source>Met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Needs judgement</source>
        <translation>需人工判定</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>预计可达标</translation>
    </message>
    <message>
        <source>Needs acceleration</source>
        <translation>需加快进度</translation>
    </message>
    <message>
        <source>Unlikely to be met</source>
        <translation>预计难以达标</translation>
    </message>
    <message>
        <source>Diverging</source>
        <translation>趋势背离</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰</translation>
    </message>
    <message>
        <source>Half-way covered</source>
        <translation>时间过半任务过半</translation>
    </message>
    <message>
        <source>Half-way not covered</source>
        <translation>时间过半任务未过半</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Large fluctuation</source>
        <translation>波动较大</translation>
    </message>
    <message>
        <source>difference from the reference: %1</source>
        <translation>与参照指标之差：%1</translation>
    </message>
    <message>
        <source>average annual change = (%1 − %2) ÷ (%3 − %4) = %5; projected %6 = %1 + %7 × (%6 − %3) = %8</source>
        <translation>年均变化 = (%1 − %2) ÷ (%3 − %4) = %5；%6年推算值 = %1 + %7 × (%6 − %3) = %8</translation>
    </message>
    <message>
        <source> (limited to %1, the bound of its range)</source>
        <translation>（受取值范围限制，取%1）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>In %1 the value was %2</source>
        <translation>%1年为%2</translation>
    </message>
    <message>
        <source>meeting the target %1</source>
        <translation>已达到目标%1</translation>
    </message>
    <message>
        <source>%1 short of the target %2</source>
        <translation>距目标%2还差%1</translation>
    </message>
    <message>
        <source>not meeting the target %1</source>
        <translation>未达到目标%1</translation>
    </message>
    <message>
        <source>%1 outside the range of the target %2 (±%3)</source>
        <translation>超出目标%2的允许范围（±%3）%1</translation>
    </message>
    <message>
        <source>%1 higher than the %2 baseline of %3</source>
        <translation>比%2年基期值%3提高%1</translation>
    </message>
    <message>
        <source>%1 lower than the %2 baseline of %3</source>
        <translation>比%2年基期值%3下降%1</translation>
    </message>
    <message>
        <source>unchanged from the %1 baseline of %2</source>
        <translation>与%1年基期值%2持平</translation>
    </message>
    <message>
        <source>which needs at least %1% below the baseline, at most %2</source>
        <translation>须比基期值至少下降%1%，即不高于%2</translation>
    </message>
    <message>
        <source>within the normal range %1–%2</source>
        <translation>处于正常范围%1–%2之内</translation>
    </message>
    <message>
        <source>outside the normal range %1–%2 but closer to %3 than the %4 baseline of %5</source>
        <translation>超出正常范围%1–%2，但比%4年基期值%5更接近%3</translation>
    </message>
    <message>
        <source>outside the normal range %1–%2 and no closer to %3 than the %4 baseline of %5</source>
        <translation>超出正常范围%1–%2，且未比%4年基期值%5更接近%3</translation>
    </message>
    <message>
        <source>meeting the target %1 (%2 was %3 in %4, so at least %5 is required)</source>
        <translation>已达到目标%1（%2在%4年为%3，要求不低于%5）</translation>
    </message>
    <message>
        <source>%1 short of the target %2 (%3 was %4 in %5, so at least %6 is required)</source>
        <translation>距目标%2还差%1（%3在%5年为%4，要求不低于%6）</translation>
    </message>
    <message>
        <source>over the last %1 years it rose by %2 a year on average</source>
        <translation>近%1年年均提高%2</translation>
    </message>
    <message>
        <source>over the last %1 years it fell by %2 a year on average</source>
        <translation>近%1年年均下降%2</translation>
    </message>
    <message>
        <source>over the last %1 years it did not change</source>
        <translation>近%1年没有变化</translation>
    </message>
    <message>
        <source>projected %1 in %2</source>
        <translation>推算%2年为%1</translation>
    </message>
    <message>
        <source>No value up to %1</source>
        <translation>截至%1年无数据</translation>
    </message>
    <message>
        <source>only the baseline year %1 has a value, nothing to compare yet</source>
        <translation>仅有%1年基期值，尚无可比较的年度</translation>
    </message>
    <message>
        <source>higher than the year before in every reported year since %1</source>
        <translation>自%1年起每个填报年度均高于上一年度</translation>
    </message>
    <message>
        <source>%1 (%2) was not higher than %3 (%4)</source>
        <translation>%1年（%2）未高于%3年（%4）</translation>
    </message>
    <message>
        <source>%1 judged it %2 on %3</source>
        <translation>%1于%3判定为%2</translation>
    </message>
    <message>
        <source>%1 judged it %2 on %3: %4</source>
        <translation>%1于%3判定为%2：%4</translation>
    </message>
    <message>
        <source>the target %1 is judged by a reviewer and no judgement is recorded</source>
        <translation>目标%1需由审核人判定，尚无判定记录</translation>
    </message>
    <message>
        <source>the target text “%1” cannot be read as a rule and needs a reviewer&apos;s judgement</source>
        <translation>目标文本“%1”无法解析为规则，需人工判定</translation>
    </message>
    <message>
        <source>%1 has no value for %2, so the target %3 needs a reviewer&apos;s judgement</source>
        <translation>参照指标%1缺少%2年数值，目标%3需人工判定</translation>
    </message>
    <message>
        <source>too few years for a projection</source>
        <translation>数据年份不足，无法推算</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1个百分点</translation>
    </message>
    <message>
        <source>the changes from year to year (%1) reverse direction %2 times between changes of at least %3 (%4% of its mean level %5)</source>
        <translation>逐年变动（%1）%2次改变方向，前后变动均不小于%3（均值%5的%4%），波动较大</translation>
    </message>
    <message>
        <source>from %1 (%2) to %3 (%4) it changed by %5, more than %6% of the value before and at least %7</source>
        <translation>%1年（%2）至%3年（%4）变动%5，超过上一年数值的%6%且不小于%7，波动较大</translation>
    </message>
    <message>
        <source>No value for %1, the assessment rests on the %2 value</source>
        <translation>%1年无数据，依据%2年的值</translation>
    </message>
    <message>
        <source>which needs at least %1% above the baseline, at least %2</source>
        <translation>须比基期值至少提高%1%，即不低于%2</translation>
    </message>
    <message>
        <source>read as about %1 or above: at least %2</source>
        <translation>按“%1左右或以上”理解：不低于%2</translation>
    </message>
    <message>
        <source>read as about %1 or below: at most %2</source>
        <translation>按“%1左右或以下”理解：不高于%2</translation>
    </message>
    <message>
        <source>read as a band of ±%1 on both sides: %2 to %3</source>
        <translation>按上下各%1的区间理解：%2至%3</translation>
    </message>
    <message>
        <source>meeting the target %1 (%2 was %3 in %4, so at most %5 is allowed)</source>
        <translation>已达到目标%1（%2在%4年为%3，要求不高于%5）</translation>
    </message>
    <message>
        <source>%1 above the target %2 (%3 was %4 in %5, so at most %6 is allowed)</source>
        <translation>超出目标%2 %1（%3在%5年为%4，要求不高于%6）</translation>
    </message>
    <message>
        <source>lower than the year before in every reported year since %1</source>
        <translation>自%1年起每个填报年度均低于上一年度</translation>
    </message>
    <message>
        <source>%1 (%2) was not lower than %3 (%4)</source>
        <translation>%1年（%2）未低于%3年（%4）</translation>
    </message>
    <message>
        <source>a verdict recorded for %1 that still applies: the value has not changed since</source>
        <translation>此为%1年记录的判定，此后数值未变，仍然适用</translation>
    </message>
</context>
<context>
    <name>AssessmentExport</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>2030 target</source>
        <translation>2030年目标</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>达标状态</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>达标预判</translation>
    </message>
    <message>
        <source>Projected 2030</source>
        <translation>2030年推算值</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Fluctuation</source>
        <translation>波动</translation>
    </message>
    <message>
        <source>Mid-term</source>
        <translation>中期评估</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>评估依据</translation>
    </message>
    <message>
        <source>Assessment of the monitoring indicators, %1</source>
        <translation>%1年监测指标评估结果</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>%1年评估</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>共%n项指标</numerusform>
        </translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
</context>
<context>
    <name>AssessmentFormatter</name>
    <message>
        <source>%1 warning</source>
        <translation>%1色预警</translation>
    </message>
    <message>
        <source>Assessment for %1</source>
        <translation>%1年评估</translation>
    </message>
    <message>
        <source>at least %1% below the baseline</source>
        <translation>比基期值至少下降%1%</translation>
    </message>
    <message>
        <source>normal band %1–%2</source>
        <translation>正常范围%1–%2</translation>
    </message>
    <message>
        <source>follows %1, tolerance %2%3</source>
        <translation>参照%1，允许偏差%2%3</translation>
    </message>
    <message>
        <source>follows indicator %1</source>
        <translation>参照指标%1</translation>
    </message>
    <message>
        <source>compared with the reference value entered with each return, tolerance %1%2</source>
        <translation>与每次填报时录入的参照值比较，允许偏差%1%2</translation>
    </message>
    <message>
        <source>compared with the reference value entered with each return</source>
        <translation>与每次填报时录入的参照值比较</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No value for %1 (%2: %3)</source>
        <translation>%1年无数据（%2年：%3）</translation>
    </message>
    <message>
        <source>%1 · %2 %3 warning</source>
        <translation>%1 · %2 %3色预警</translation>
    </message>
    <message>
        <source>The words are the status in %1; the dot ● is the early warning towards %2, from the latest value and its trend (red: binding target missed or moving away, yellow: projected to miss or fluctuating, green: met or on track, grey: no data or awaiting a verdict).</source>
        <translation>文字为%1年的达标状态；圆点●为面向%2年的预警，依据最新数值及其趋势（红：约束性指标未达标或趋势背离；黄：预计难以达标或波动较大；绿：已达标或预计可达标；灰：无数据或待人工判定）。</translation>
    </message>
    <message>
        <source>no value for %1, the %2 value: %3</source>
        <translation>%1年无数据，%2年的值：%3</translation>
    </message>
    <message>
        <source>about or above: at least %1%2 (tolerance %3%2)</source>
        <translation>左右或以上：不低于%1%2（允许偏差%3%2）</translation>
    </message>
    <message>
        <source>about or below: at most %1%2 (tolerance %3%2)</source>
        <translation>左右或以下：不高于%1%2（允许偏差%3%2）</translation>
    </message>
    <message>
        <source>band: tolerance ±%1%2</source>
        <translation>区间：允许偏差±%1%2</translation>
    </message>
    <message>
        <source>at least %1% above the baseline</source>
        <translation>比基期值至少提高%1%</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Saved draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Cleared draft</source>
        <translation>清除草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>撤销审核</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>生成示例数据</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>指标目录</translation>
    </message>
    <message>
        <source>Verdict recorded</source>
        <translation>录入判定</translation>
    </message>
    <message>
        <source>Baseline from the plan</source>
        <translation>规划基线值</translation>
    </message>
    <message>
        <source>Indicator edited</source>
        <translation>修改指标</translation>
    </message>
    <message>
        <source>Commented</source>
        <translation>添加意见</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>Password: at least %1 characters are required.</source>
        <translation>密码：至少需要%1个字符。</translation>
    </message>
    <message>
        <source>Password: it must not begin or end with a space.</source>
        <translation>密码：首尾不能有空格。</translation>
    </message>
    <message>
        <source>Login name: &quot;%1&quot;: expected 2–32 letters, digits, dots, dashes or underscores.</source>
        <translation>登录名：“%1”：应为2–32个字母、数字、点、连字符或下划线。</translation>
    </message>
    <message>
        <source>Unit: &quot;%1&quot;: a liaison belongs to one of the responsible units of the catalog.</source>
        <translation>单位：“%1”：填报员须属于指标目录中的某个责任单位。</translation>
    </message>
    <message>
        <source>Login name: &quot;%1&quot; is taken.</source>
        <translation>登录名：“%1”已被使用。</translation>
    </message>
    <message>
        <source>This database already has accounts; sign in as its administrator.</source>
        <translation>此数据库已有账户，请以管理员身份登录。</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask the administrator.</source>
        <translation>账户%1已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>The account %1 is locked after %2 wrong passwords until %3.</source>
        <translation>账户%1因密码连续错误%2次已被锁定，%3后解锁。</translation>
    </message>
    <message>
        <source>The password is wrong; the account %1 is now locked for %2 minutes.</source>
        <translation>密码错误，账户%1已被锁定%2分钟。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>账户%1不存在。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator: make another account an administrator first.</source>
        <translation>%1 是最后一个启用的管理员账户：请先将另一个账户设为管理员。</translation>
    </message>
    <message>
        <source>Name of %1: the name must not be empty.</source>
        <translation>%1 的姓名：姓名不能为空。</translation>
    </message>
    <message>
        <source>This database signs people in with the program&apos;s own accounts.</source>
        <translation>此数据库使用本程序自己的账户登录。</translation>
    </message>
    <message>
        <source>%1 owns this server database but has no account in it: connect with your own login (the administrator adds it with &quot;users add&quot;).</source>
        <translation>%1 是此服务器数据库的所有者，但在其中没有账户：请用您本人的登录名连接（由管理员用“users add”添加）。</translation>
    </message>
    <message>
        <source>The login %1 has no account in this database; ask the administrator.</source>
        <translation>登录名 %1 在此数据库中没有账户，请联系管理员。</translation>
    </message>
    <message>
        <source>On this server you sign in with your own server login and password (文件 → 连接服务器), not with the program&apos;s.</source>
        <translation>在此服务器上请用您本人的服务器登录名和密码登录（文件 → 连接服务器），而不是本程序的账户。</translation>
    </message>
    <message>
        <source>On this server your password is your server login&apos;s: change it with psql&apos;s \password, or ask the administrator to set a new one.</source>
        <translation>在此服务器上，您的密码就是服务器登录名的密码：请用 psql 的 \password 修改，或请管理员重新设置。</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>%1 exists already; choose a new file name for the backup.</source>
        <translation>%1已存在，请为备份另选文件名。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>无法写入备份%1：%2</translation>
    </message>
    <message>
        <source>The backup %1 does not read back: %2</source>
        <translation>备份%1回读校验失败：%2</translation>
    </message>
    <message>
        <source>Cannot copy %1 beside %2.</source>
        <translation>无法将%1复制到%2所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>无法从%1恢复：%2</translation>
    </message>
    <message>
        <source>Cannot move %1 aside; nothing was restored.</source>
        <translation>无法移开%1，未进行恢复。</translation>
    </message>
    <message>
        <source>Cannot put the restored file in place; the previous file was kept.</source>
        <translation>无法将恢复的文件放回原位，已保留原文件。</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>indicators.tsv line %1: attribute: %2: expected 约束性 or 预期性</source>
        <translation>indicators.tsv第%1行：属性：%2：应为约束性或预期性</translation>
    </message>
    <message>
        <source>indicators.tsv line %1: code, name and units are required</source>
        <translation>indicators.tsv第%1行：编号、名称和责任单位为必填项</translation>
    </message>
    <message>
        <source>indicators.tsv line %1: plan: %2: expected a plan code of plans.tsv</source>
        <translation>indicators.tsv第%1行：规划：%2：应为plans.tsv中的规划代码</translation>
    </message>
    <message>
        <source>indicators.tsv line %1: about: %2: expected band, about_or_above or about_or_below</source>
        <translation>indicators.tsv 第%1行：about：%2：应为 band、about_or_above 或 about_or_below</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>&amp;Edit indicator...</source>
        <translation>编辑指标(&amp;E)...</translation>
    </message>
    <message>
        <source>Search by code, name, target or unit (Ctrl+F)</source>
        <translation>按编号、名称、目标或单位搜索（Ctrl+F）</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>Assessment &amp;year:</source>
        <translation>评估年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>编辑指标</translation>
    </message>
</context>
<context>
    <name>CatalogRepository</name>
    <message>
        <source>Indicator %1 names the unknown unit %2.</source>
        <translation>指标%1引用了未知单位%2。</translation>
    </message>
    <message>
        <source>A baseline names the unknown indicator %1.</source>
        <translation>基期值引用了未知指标%1。</translation>
    </message>
    <message>
        <source>There is no indicator %1.</source>
        <translation>指标%1不存在。</translation>
    </message>
    <message>
        <source>Target: (empty): the 2030 target text is required.</source>
        <translation>目标：（空）：2030年目标文本为必填项。</translation>
    </message>
    <message>
        <source>Responsible units: (none): at least the lead unit is required.</source>
        <translation>责任单位：（无）：至少须有牵头单位。</translation>
    </message>
    <message>
        <source>Responsible units: %1: expected a unit of the catalog.</source>
        <translation>责任单位：%1：应为指标目录中的单位。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>clear decrease share</source>
        <translation>明显降低幅度</translation>
    </message>
    <message>
        <source>balance from</source>
        <translation>趋于平衡下限</translation>
    </message>
    <message>
        <source>balance to</source>
        <translation>趋于平衡上限</translation>
    </message>
    <message>
        <source>reference indicator</source>
        <translation>参照指标</translation>
    </message>
    <message>
        <source>(the unit&apos;s)</source>
        <translation>（计量单位默认）</translation>
    </message>
    <message>
        <source>refused below</source>
        <translation>拒收下限</translation>
    </message>
    <message>
        <source>refused above</source>
        <translation>拒收上限</translation>
    </message>
    <message>
        <source>note needed below</source>
        <translation>须说明下限</translation>
    </message>
    <message>
        <source>note needed above</source>
        <translation>须说明上限</translation>
    </message>
    <message>
        <source>%1: only an active administrator may edit the catalog; indicator %2 was not changed.</source>
        <translation>%1：只有启用中的管理员账户可以修改指标目录；指标%2未作修改。</translation>
    </message>
    <message>
        <source>(nobody signed in)</source>
        <translation>（未登录）</translation>
    </message>
    <message>
        <source>Tolerance: %1: expected a number of 0 or more.</source>
        <translation>容差：%1：应为不小于0的数。</translation>
    </message>
    <message>
        <source>明显降低 share: %1%: expected 0 to 100 percent.</source>
        <translation>明显降低幅度：%1%：应为0至100之间的百分数。</translation>
    </message>
    <message>
        <source>趋于平衡 band: %1 to %2: expected a lower bound below the upper one.</source>
        <translation>趋于平衡区间：%1至%2：下限应小于上限。</translation>
    </message>
    <message>
        <source>Reference indicator: %1: expected another indicator of the catalog, or none.</source>
        <translation>参照指标：%1：应为目录中的另一个指标，或不设参照。</translation>
    </message>
    <message>
        <source>Responsible units: %1: listed twice.</source>
        <translation>责任单位：%1：重复列出。</translation>
    </message>
    <message>
        <source>Indicator %1 was not changed: %2</source>
        <translation>指标%1未作修改：%2</translation>
    </message>
    <message>
        <source>about or above</source>
        <translation>左右或以上</translation>
    </message>
    <message>
        <source>about or below</source>
        <translation>左右或以下</translation>
    </message>
    <message>
        <source>band</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>reading of 左右</source>
        <translation>“左右”的理解</translation>
    </message>
    <message>
        <source>swing share</source>
        <translation>波动摆动比例</translation>
    </message>
    <message>
        <source>jump share</source>
        <translation>波动跳变比例</translation>
    </message>
    <message>
        <source>least jump</source>
        <translation>跳变最小幅度</translation>
    </message>
    <message>
        <source>波动较大 swing share: %1%: expected more than 0 and at most 100 percent of the mean level.</source>
        <translation>“波动较大”摆动比例：%1%：应大于0且不超过均值的100%。</translation>
    </message>
    <message>
        <source>波动较大 jump share: %1%: expected more than 0 percent of the value before.</source>
        <translation>“波动较大”跳变比例：%1%：应大于上一年数值的0%。</translation>
    </message>
    <message>
        <source>波动较大 least jump: %1: expected a number of 0 or more in the indicator&apos;s unit.</source>
        <translation>“波动较大”跳变最小幅度：%1：应为不小于0的数（按指标计量单位）。</translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>2030 target</source>
        <translation>2030年目标</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Reset password of %1</source>
        <translation>重置 %1 的密码</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账户：</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>Con&amp;firm new password:</source>
        <translation>确认新密码(&amp;F)：</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>请输入当前密码。</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>新密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The confirmation does not match the new password.</source>
        <translation>确认密码与新密码不一致。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>当前没有用户登录。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Fuer Monitor: monitoring of the Women&apos;s and Children&apos;s Development Plans.</source>
        <translation>妇女儿童发展规划监测系统：监测妇女、儿童发展规划的实施情况。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Language of the program: zh_CN (default) or en.</source>
        <translation>程序语言：zh_CN（默认）或en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Output file (default: standard output where possible).</source>
        <translation>输出文件（默认尽可能输出到标准输出）。</translation>
    </message>
    <message>
        <source>values import: state of the imported values: draft, submitted or approved.</source>
        <translation>values import：导入后数值的状态，draft、submitted或approved。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>values import: create areas the database does not know yet.</source>
        <translation>values import：自动创建数据库中尚无的地区。</translation>
    </message>
    <message>
        <source>The reporting year.</source>
        <translation>填报年度。</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>report: annual, midterm or final.</source>
        <translation>report：annual（年度监测报告）、midterm（中期评估）或final（终期评估）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>values import: the CSV encoding, UTF-8 or GB18030 (default: detected).</source>
        <translation>values import：CSV文件编码，UTF-8或GB18030（默认自动识别）。</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>ENCODING</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[命令]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>  catalog [--format csv|json] [--out FILE]        list the indicators of both plans</source>
        <translation>  catalog [--format csv|json] [--out FILE]        列出两个规划的全部指标</translation>
    </message>
    <message>
        <source>  values import FILE.csv|.xlsx|.ods [--state S] [--add-areas] [--encoding E]  import values (all or nothing)</source>
        <translation>  values import FILE.csv|.xlsx|.ods [--state S] [--add-areas] [--encoding E]  导入数值（全部导入或全部不导入）</translation>
    </message>
    <message>
        <source>  values export [--year Y] [--format csv|xlsx] [--out FILE]  export values</source>
        <translation>  values export [--year Y] [--format csv|xlsx] [--out FILE]  导出数值</translation>
    </message>
    <message>
        <source>  template --unit NAME --year Y --out FILE.xlsx    a unit&apos;s return template to fill in</source>
        <translation>  template --unit NAME --year Y --out FILE.xlsx    生成某单位的年度填报模板</translation>
    </message>
    <message>
        <source>  target explain TEXT                              explain how a target text is read</source>
        <translation>  target explain TEXT                              说明目标文本的解析结果</translation>
    </message>
    <message>
        <source>assess: every area&apos;s assessment, one row per area and indicator.</source>
        <translation>assess：评估每个地区，每个地区每项指标一行。</translation>
    </message>
    <message>
        <source>  assess --year Y [--by-area] [--format csv|json|xlsx] [--out FILE] assess every indicator for a year</source>
        <translation>  assess --year Y [--by-area] [--format csv|json|xlsx] [--out FILE] 评估某一年度的全部指标（--by-area：逐个地区）</translation>
    </message>
    <message>
        <source>Output format: csv, json or xlsx; for report pdf, docx or odt (depends on the command).</source>
        <translation>输出格式：csv、json或xlsx；report为pdf、docx或odt（视命令而定）。</translation>
    </message>
    <message>
        <source>report: the issuing office printed on the cover, kept for later reports (default %1).</source>
        <translation>report：印在封面上的发文机关，保存后用于以后的报告（默认：%1）。</translation>
    </message>
    <message>
        <source>  report --year Y [--kind annual|midterm|final] [--format pdf|docx|odt] [--issuing-body NAME] --out FILE   the plenary summary as PDF, or an editable DOCX or ODT copy</source>
        <translation>  report --year Y [--kind annual|midterm|final] [--format pdf|docx|odt] [--issuing-body NAME] --out FILE   生成全体会议汇报材料（PDF），或可编辑的DOCX、ODT副本</translation>
    </message>
    <message>
        <source>  completeness --year Y [--format csv|xlsx] [--out FILE]  each unit&apos;s returns, report and timeliness</source>
        <translation>  completeness --year Y [--format csv|xlsx] [--out FILE]  各单位填报、年度报告及按时报送情况</translation>
    </message>
    <message>
        <source>                                                   with its annual report sheet, imported with the values</source>
        <translation>                                                   含年度报告表，随数值一并导入</translation>
    </message>
    <message>
        <source>  return-pdf --unit NAME --year Y --out FILE.pdf   a unit&apos;s return to print, sign and stamp</source>
        <translation>  return-pdf --unit NAME --year Y --out FILE.pdf   生成某单位供打印、签字、盖章的年度报表（PDF）</translation>
    </message>
    <message>
        <source>Database file, or the postgresql:// URI of a server database (default: a file in the user&apos;s application data folder).</source>
        <translation>数据库文件，或服务器数据库的postgresql:// URI（默认为用户应用数据文件夹中的文件）。</translation>
    </message>
    <message>
        <source>FILE|URI</source>
        <translation>FILE|URI</translation>
    </message>
    <message>
        <source>  demo --out FILE|URI                              create a separate database with example data</source>
        <translation>  demo --out FILE|URI                              新建一个含示例数据的独立数据库</translation>
    </message>
    <message>
        <source>template, return-pdf, users add: the responsible unit.</source>
        <translation>template、return-pdf、users add：责任单位。</translation>
    </message>
    <message>
        <source>users add: liaison, reviewer or admin.</source>
        <translation>users add：liaison（填报员）、reviewer（审核员）或admin（管理员）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>users add: the person&apos;s display name.</source>
        <translation>users add：显示的姓名。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>  users list [--format csv] | users add LOGIN --role R [--unit NAME] [--name TEXT] --password-stdin</source>
        <translation>  users list [--format csv] | users add LOGIN --role R [--unit NAME] [--name TEXT] --password-stdin</translation>
    </message>
    <message>
        <source>  users passwd LOGIN --password-stdin | users disable LOGIN | users enable LOGIN  the accounts</source>
        <translation>  users passwd LOGIN --password-stdin | users disable LOGIN | users enable LOGIN  管理账户（列出、新建、设置密码、停用、启用）</translation>
    </message>
    <message>
        <source>users add, users passwd, server init: read the password from standard input.</source>
        <translation>users add、users passwd、server init：从标准输入读取密码。</translation>
    </message>
    <message>
        <source>One of: catalog, values import FILE, values export, demo, target explain TEXT, assess, completeness, report, template, return-pdf, users, server init LOGIN. Without a command the window opens.</source>
        <translation>可用命令：catalog、values import 文件、values export、demo、target explain 文本、assess、completeness、report、template、return-pdf、users、server init 登录名。不带命令时打开窗口。</translation>
    </message>
    <message>
        <source>  server init LOGIN [--name TEXT] --password-stdin  on a server: its own rules, roles and the first administrator</source>
        <translation>  server init 登录名 [--name 文本] --password-stdin  在服务器上：由服务器执行的规则、角色和首个管理员</translation>
    </message>
    <message>
        <source>  server import-sqlite FILE | server export-sqlite FILE  a desktop file into an empty server database, or the server&apos;s into a new file</source>
        <translation>  server import-sqlite 文件 | server export-sqlite 文件  把本机文件复制到空的服务器数据库，或把服务器数据库复制为新文件</translation>
    </message>
    <message>
        <source>  server upgrade                                   the numbered migrations of a server database</source>
        <translation>  server upgrade                                   对服务器数据库执行编号的结构升级</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Run with --help to see the commands.</source>
        <translation>使用 --help 查看可用命令。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>--format: %1: expected csv or json</source>
        <translation>--format：%1：应为csv或json</translation>
    </message>
    <message>
        <source>--state: %1: expected draft, submitted or approved</source>
        <translation>--state：%1：应为draft、submitted或approved</translation>
    </message>
    <message>
        <source>--encoding: %1: expected UTF-8 or GB18030</source>
        <translation>--encoding：%1：应为UTF-8或GB18030</translation>
    </message>
    <message>
        <source>Cannot read %1: the file does not exist.</source>
        <translation>无法读取%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was written. Problems:</source>
        <translation>%1未导入，未写入任何数据。问题如下：</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was written: %2</source>
        <translation>%1未导入，未写入任何数据：%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value(s) from %1.</source>
        <translation>
            <numerusform>已从%1导入%n项数值。</numerusform>
        </translation>
    </message>
    <message>
        <source>--format: %1: expected csv or xlsx</source>
        <translation>--format：%1：应为csv或xlsx</translation>
    </message>
    <message>
        <source>--format xlsx: --out FILE.xlsx is required</source>
        <translation>--format xlsx：须指定 --out FILE.xlsx</translation>
    </message>
    <message>
        <source>demo: --out FILE is required</source>
        <translation>demo：须指定 --out FILE</translation>
    </message>
    <message>
        <source>%1 exists and is not a demo database; it was not changed.</source>
        <translation>%1已存在且不是示例数据库，未作任何修改。</translation>
    </message>
    <message>
        <source>%1 exists and holds real data; the demo is never written into a real database.</source>
        <translation>%1已存在且含有真实数据；示例数据不会写入真实数据库。</translation>
    </message>
    <message>
        <source>Cannot create the demo database %1: %2</source>
        <translation>无法创建示例数据库%1：%2</translation>
    </message>
    <message>
        <source>Demo database with example data written to %1.</source>
        <translation>含示例数据的示例数据库已写入%1。</translation>
    </message>
    <message>
        <source>--format: %1: expected csv, json or xlsx</source>
        <translation>--format：%1：应为csv、json或xlsx</translation>
    </message>
    <message>
        <source>--kind: %1: expected annual, midterm or final</source>
        <translation>--kind：%1：应为annual、midterm或final</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>报告未生成：%1</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>报告已写入%1。</translation>
    </message>
    <message>
        <source>template: --unit NAME, --year Y and --out FILE.xlsx are required</source>
        <translation>template：须指定 --unit NAME、--year Y 和 --out FILE.xlsx</translation>
    </message>
    <message>
        <source>Return template of %1 for %2 written to %3.</source>
        <translation>%1 %2年度填报模板已写入%3。</translation>
    </message>
    <message>
        <source> (read as %1)</source>
        <translation>（按%1编码读取）</translation>
    </message>
    <message>
        <source>--year: (empty): a year from %1 to %2 is required</source>
        <translation>--year：（空）：须指定%1至%2年之间的年份</translation>
    </message>
    <message>
        <source>--year: %1: expected a year from %2 to %3</source>
        <translation>--year：%1：应为%2至%3年之间的年份</translation>
    </message>
    <message>
        <source>report: --out FILE.pdf (or FILE.docx or FILE.odt for an editable copy) is required</source>
        <translation>report：须指定 --out FILE.pdf（或 FILE.docx、FILE.odt，生成可编辑副本）</translation>
    </message>
    <message>
        <source>--format: %1: expected pdf, docx or odt</source>
        <translation>--format：%1：应为pdf、docx或odt</translation>
    </message>
    <message>
        <source>Cannot write to the standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>the standard output</source>
        <translation>标准输出</translation>
    </message>
    <message>
        <source>The report sheet %1 is empty; the annual report of %2 for %3 was not changed.</source>
        <translation>报告表“%1”为空；%2 %3年度报告未作改动。</translation>
    </message>
    <message>
        <source>The report sheet %1 is the stored annual report of %2 for %3; it was not changed.</source>
        <translation>报告表“%1”与已保存的%2 %3年度报告相同，未作改动。</translation>
    </message>
    <message>
        <source>The report sheet %1 was saved as the draft of the annual report of %2 for %3.</source>
        <translation>报告表“%1”已保存为%2 %3年度报告的草稿。</translation>
    </message>
    <message>
        <source>return-pdf: --unit NAME, --year Y and --out FILE.pdf are required</source>
        <translation>return-pdf：必须给出 --unit NAME、--year Y 和 --out FILE.pdf</translation>
    </message>
    <message>
        <source>The return of %1 for %2 was not written: %3</source>
        <translation>%1 %2年度报表未生成：%3</translation>
    </message>
    <message numerus="yes">
        <source>Return of %1 for %2 written to %3 (%n page(s)).</source>
        <translation>
            <numerusform>%1 %2年度报表已写入%3（共%n页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds accounts or the demo; the demo is written only into a new database. It was not changed.</source>
        <translation>%1中已有账户或示例数据；示例数据只写入新建的数据库。该数据库未作更改。</translation>
    </message>
    <message>
        <source>Cannot write the demo data into %1: %2; it was not changed.</source>
        <translation>无法将示例数据写入%1：%2；该数据库未作更改。</translation>
    </message>
    <message>
        <source>Demo data written into %1.</source>
        <translation>示例数据已写入%1。</translation>
    </message>
    <message>
        <source>users: --password-stdin is required (the password is read from standard input)</source>
        <translation>users：须指定 --password-stdin（从标准输入读取密码）</translation>
    </message>
    <message>
        <source>users: cannot read the password from standard input</source>
        <translation>users：无法从标准输入读取密码</translation>
    </message>
    <message>
        <source>users: standard input held no password</source>
        <translation>users：标准输入中没有密码</translation>
    </message>
    <message>
        <source>users: expected list, or add, passwd, disable or enable with one LOGIN</source>
        <translation>users：应为 list，或 add、passwd、disable、enable 加一个登录名</translation>
    </message>
    <message>
        <source>--format: %1: expected csv</source>
        <translation>--format：%1：应为csv</translation>
    </message>
    <message>
        <source>--role: %1: expected liaison, reviewer or admin</source>
        <translation>--role：%1：应为liaison、reviewer或admin</translation>
    </message>
    <message>
        <source>Account %1 (%2) created.</source>
        <translation>已创建账户%1（%2）。</translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation>已设置%1的密码。</translation>
    </message>
    <message>
        <source>Account %1 disabled.</source>
        <translation>已停用账户%1。</translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation>已启用账户%1。</translation>
    </message>
    <message>
        <source>server init: --db must name a server database (postgresql://…)</source>
        <translation>server init：--db 必须指定服务器数据库（postgresql://…）</translation>
    </message>
    <message>
        <source>%1 was not set up; nothing was changed: %2</source>
        <translation>%1 未完成设置，未作任何更改：%2</translation>
    </message>
    <message>
        <source>Administrator %1: already there (%2).</source>
        <translation>管理员 %1：已存在（%2）。</translation>
    </message>
    <message>
        <source>The administrator %1 was not created: %2</source>
        <translation>未能创建管理员 %1：%2</translation>
    </message>
    <message>
        <source>Administrator %1: created, a login of the server.</source>
        <translation>管理员 %1：已创建，为服务器登录名。</translation>
    </message>
    <message>
        <source>%1: --db must name a server database (postgresql://…)</source>
        <translation>%1：--db 必须指定服务器数据库（postgresql://…）</translation>
    </message>
    <message>
        <source>%1: there is no file %2</source>
        <translation>%1：没有文件 %2</translation>
    </message>
    <message>
        <source>%1: %2 exists already; name a new file</source>
        <translation>%1：%2 已存在，请指定一个新文件</translation>
    </message>
    <message>
        <source>%1: %2 already enforces its rules (server init ran); copy a file into an empty database before server init</source>
        <translation>%1：%2 已由服务器执行规则（已运行 server init）；请在运行 server init 之前把文件复制到空数据库</translation>
    </message>
    <message>
        <source>%1: nothing was copied: %2</source>
        <translation>%1：未复制任何内容：%2</translation>
    </message>
    <message>
        <source>%1: cannot write %2</source>
        <translation>%1：无法写入 %2</translation>
    </message>
    <message>
        <source>%1 copied into the server database. Next: server init, which makes each account a login whose password is set with users passwd.</source>
        <translation>%1 已复制到服务器数据库。下一步：运行 server init，它会把每个账户设为服务器登录名，密码用 users passwd 设置。</translation>
    </message>
    <message>
        <source>The server database copied into %1.</source>
        <translation>服务器数据库已复制到 %1。</translation>
    </message>
    <message>
        <source>server upgrade: --db must name a server database (postgresql://…)</source>
        <translation>server upgrade：--db 必须指定服务器数据库（postgresql://…）</translation>
    </message>
    <message>
        <source>%1 was upgraded but its rules were not refreshed: %2</source>
        <translation>%1 已升级，但其规则未能刷新：%2</translation>
    </message>
    <message>
        <source>%1 was set up new at schema %2.</source>
        <translation>%1 已新建，结构版本为 %2。</translation>
    </message>
    <message>
        <source>%1 is at schema %2 already, the one this program knows.</source>
        <translation>%1 的结构版本已是 %2，即本程序支持的版本。</translation>
    </message>
    <message>
        <source>%1 was upgraded from schema %2 to %3.</source>
        <translation>%1 已从结构版本 %2 升级到 %3。</translation>
    </message>
</context>
<context>
    <name>CommentRepository</name>
    <message>
        <source>There is no indicator %1.</source>
        <translation>指标%1不存在。</translation>
    </message>
</context>
<context>
    <name>CompletenessExport</name>
    <message>
        <source>Completeness of the returns, %1</source>
        <translation>%1年度报送完成情况</translation>
    </message>
    <message>
        <source>Completeness %1</source>
        <translation>完成情况%1</translation>
    </message>
    <message>
        <source>%1 of %2 indicators not submitted</source>
        <translation>%2项指标中%1项未报送</translation>
    </message>
    <message>
        <source>report returned</source>
        <translation>年度报告已退回</translation>
    </message>
    <message>
        <source>report not submitted</source>
        <translation>年度报告未报送</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺报内容</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>报送截止日期</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Days past</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Units still owing returns for %1 (as of %2)</source>
        <translation>%1年度催报名单（截至%2）</translation>
    </message>
    <message>
        <source>Reminders %1</source>
        <translation>催报名单%1</translation>
    </message>
</context>
<context>
    <name>CompletenessModel</name>
    <message>
        <source>Every indicator of %1 is submitted or approved.</source>
        <translation>%1牵头的指标均已提交或审核。</translation>
    </message>
    <message>
        <source>%1 of %2 indicators submitted or approved.</source>
        <translation>%2项指标中已提交或审核%1项。</translation>
    </message>
    <message>
        <source>✓ %1/%2</source>
        <translation>✓ %1/%2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Submitted or approved, of the indicators the unit leads</source>
        <translation>该单位牵头的指标中已提交或已审核的数量</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <source>Extended: %1</source>
        <translation>已延期：%1</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>The responsible unit: it leads these indicators and reports their values</source>
        <translation>责任单位：牵头这些指标并报送其数据</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Not filled: indicators without a value for the year</source>
        <translation>未填报：本年度尚无数据的指标</translation>
    </message>
    <message>
        <source>Values saved but not yet submitted</source>
        <translation>已保存但尚未提交的数据</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>待审</translation>
    </message>
    <message>
        <source>Submitted values waiting for review</source>
        <translation>已提交、等待审核的数据</translation>
    </message>
    <message>
        <source>Values sent back to the unit with a reason</source>
        <translation>已附原因退回单位的数据</translation>
    </message>
    <message>
        <source>Values approved by a reviewer (locked)</source>
        <translation>审核员已通过的数据（已锁定）</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>最近报送</translation>
    </message>
    <message>
        <source>The day of the unit&apos;s last submission (the time in the cell&apos;s tooltip)</source>
        <translation>该单位最近一次报送的日期（具体时间见单元格提示）</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>The unit&apos;s annual report (年度规划落实情况报告): its state</source>
        <translation>该单位年度规划落实情况报告的状态</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>报送截止日期: the year&apos;s, or the unit&apos;s extension (marked *)</source>
        <translation>报送截止日期：本年度的日期，或该单位的延期日期（标 *）</translation>
    </message>
    <message>
        <source>按时, 逾期 n 天 after the due date, or 未报送 with the days left or past</source>
        <translation>按时、截止后逾期 n 天，或未报送及剩余/逾期天数</translation>
    </message>
    <message>
        <source>%1 *</source>
        <comment>an extended due date</comment>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no annual report yet</comment>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>逾期 %n 天</source>
        <comment>delivered n days late</comment>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>未报送(逾期%n天)</source>
        <comment>not delivered, n days past due</comment>
        <translation>
            <numerusform>未报送(逾期%n天)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>未报送(剩%n天)</source>
        <comment>not delivered, n days left</comment>
        <translation>
            <numerusform>未报送(剩%n天)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: unknown encoding; expected UTF-8 or GB18030</source>
        <translation>%1：未知编码；应为UTF-8或GB18030</translation>
    </message>
    <message>
        <source>This system cannot read GB18030 text; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>本机无法读取GB18030文本，请将文件另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>第%1行：引号内的字段未闭合</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第%1行，第%2列</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (at %1); choose the encoding GB18030 or save it as &quot;CSV UTF-8&quot;.</source>
        <translation>文件不是UTF-8文本（位置：%1）；请选择GB18030编码，或将文件另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text (not UTF-8 at %1, not GB18030 at %2); save it as &quot;CSV UTF-8&quot;.</source>
        <translation>文件既不是UTF-8也不是GB18030文本（非UTF-8之处：%1；非GB18030之处：%2），请另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>line %1: a field in column %2, beyond the %3 columns a file of values may have</source>
        <translation>第%1行：第%2列有内容，超出数值文件最多%3列的限制</translation>
    </message>
    <message>
        <source>line %1: more than %2 lines hold text; a file of values may have at most %2</source>
        <translation>第%1行：有内容的行超过%2行；数值文件最多%2行</translation>
    </message>
    <message>
        <source>byte %1 (line %2, column %3)</source>
        <translation>第%1字节（第%2行，第%3列）</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>未指定数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The folder %1 for the database file does not exist.</source>
        <translation>数据库文件所在的文件夹%1不存在。</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is read-only.</source>
        <translation>无法创建%1：文件夹%2为只读。</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>无法读取%1：没有访问权限。</translation>
    </message>
    <message>
        <source>%1 is not a Fuer Monitor database: it is not an SQLite file.</source>
        <translation>%1不是本系统的数据库：它不是SQLite文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开%1：%2</translation>
    </message>
    <message>
        <source>Cannot keep a copy of %1 before upgrading it: %2</source>
        <translation>升级前无法保留%1的副本：%2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>无法升级%1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database: %2</source>
        <translation>%1已损坏或不是数据库：%2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1已损坏：%2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>%1 belongs to another program (application id %2); it was not changed.</source>
        <translation>%1属于其他程序（应用标识%2），未作任何修改。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Fuer Monitor (schema %2; this program knows up to %3). Please update the program; the file was not changed.</source>
        <translation>%1由更高版本的妇女儿童发展规划监测系统写入（数据库结构版本%2，本程序最高支持版本%3）。请升级程序；文件未作任何修改。</translation>
    </message>
    <message>
        <source>%1 is damaged; it was not changed.</source>
        <translation>%1已损坏，未作任何修改。</translation>
    </message>
    <message>
        <source>Cannot configure %1: %2</source>
        <translation>无法配置%1：%2</translation>
    </message>
    <message>
        <source>%1 is not an open database file.</source>
        <translation>%1 不是已打开的数据库文件。</translation>
    </message>
    <message>
        <source>%1 stays in %2 mode</source>
        <translation>%1仍处于%2模式</translation>
    </message>
    <message>
        <source>%1 is read-only for this account; the program needs to write to it. Ask for write permission to the file, or open a copy in a folder of your own.</source>
        <translation>%1对当前账户为只读；程序需要写入该文件。请申请该文件的写入权限，或将副本放到自己的文件夹中打开。</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 is read-only for this account, and the program must create its journal files (%3-wal, %3-shm) beside the database. Move the database to a folder you may write to, or ask for write permission to %2.</source>
        <translation>无法打开%1：文件夹%2对当前账户为只读，而程序必须在数据库旁创建日志文件（%3-wal、%3-shm）。请将数据库移到有写入权限的文件夹，或申请%2的写入权限。</translation>
    </message>
    <message>
        <source>Cannot open %1 safely: %2</source>
        <translation>无法安全打开%1：%2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>无法连接%1：未安装Qt的PostgreSQL驱动（QPSQL）。</translation>
    </message>
    <message>
        <source>Cannot configure the connection to %1: %2</source>
        <translation>无法设置到%1的连接：%2</translation>
    </message>
    <message>
        <source>Cannot lock %1 for its schema check: %2</source>
        <translation>无法锁定%1以检查数据库结构：%2</translation>
    </message>
    <message>
        <source>Cannot read the tables of %1: %2</source>
        <translation>无法读取%1中的表：%2</translation>
    </message>
    <message>
        <source>Cannot create the schema in %1: %2</source>
        <translation>无法在%1中建立数据库结构：%2</translation>
    </message>
    <message>
        <source>%1 has an empty fuer_schema table: %2</source>
        <translation>%1的fuer_schema表为空：%2</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of Fuer Monitor (schema %2; this program knows up to %3). Please update the program; the database was not changed.</source>
        <translation>%1由更新版本的本系统建立（结构版本%2；本程序最高支持%3）。请更新程序；该数据库未作更改。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not a Fuer Monitor database: it has %n other table(s) and no fuer_schema; it was not changed. Give an empty database, or one Fuer Monitor set up.</source>
        <translation>
            <numerusform>%1不是本系统的数据库：其中有%n个其他表，且没有fuer_schema表；该数据库未作更改。请指定一个空数据库，或由本系统建立的数据库。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>Cannot start writing the copy: %1</source>
        <translation>无法开始写入副本：%1</translation>
    </message>
    <message>
        <source>Cannot read %1 of the target: %2</source>
        <translation>无法读取目标的 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>The target is not empty: its table %1 holds %n row(s). Copy into a new database.</source>
        <translation>
            <numerusform>目标不是空的：其表 %1 有 %n 行。请复制到新的数据库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write row %1 of %2: %3</source>
        <translation>无法写入 %2 的第 %1 行：%3</translation>
    </message>
    <message>
        <source>Cannot number the new rows of %1: %2</source>
        <translation>无法为 %1 的新行编号：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot store the copy: %1</source>
        <translation>无法保存副本：%1</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Due date of the %1 returns</source>
        <translation>%1年度报送截止日期</translation>
    </message>
    <message>
        <source>Units deliver their %1 values and annual report by this date (报送截止日期). Extensions granted to single units stay as they are.</source>
        <translation>各单位须在此日期前报送%1年度数据和年度报告（报送截止日期）。已批准的单位延期保持不变。</translation>
    </message>
    <message>
        <source>No due date is set for %1 yet; the proposal is %2.</source>
        <translation>%1年度尚未设置报送截止日期；建议日期为 %2。</translation>
    </message>
    <message>
        <source>Extend the %1 due date for %2</source>
        <translation>为%2延长%1年度报送截止日期</translation>
    </message>
    <message>
        <source>The year&apos;s due date is %1; the extension may not be earlier. The reason is required and goes into the audit log.</source>
        <translation>本年度报送截止日期为 %1，延期日期不得早于此日期。须填写延期原因，原因将记入审计日志。</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Extended to:</source>
        <translation>延期至(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>DeadlineRepository</name>
    <message>
        <source>The due date of %1 is not a valid date.</source>
        <translation>%1年度的报送截止日期不是有效日期。</translation>
    </message>
    <message>
        <source>The due date of %1 (%2) falls before the year it reports on.</source>
        <translation>%1年度的报送截止日期（%2）早于所报送的年度。</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>数据库正忙：%1</translation>
    </message>
    <message>
        <source>The extended due date for %1 is not a valid date.</source>
        <translation>%1的延期截止日期不是有效日期。</translation>
    </message>
    <message>
        <source>An extension for %1 needs a reason.</source>
        <translation>为%1延期须填写理由。</translation>
    </message>
    <message>
        <source>There is no unit named %1.</source>
        <translation>没有名为%1的单位。</translation>
    </message>
    <message>
        <source>The extension for %1 (%2) is earlier than the year&apos;s due date %3.</source>
        <translation>%1的延期日期（%2）早于本年度报送截止日期%3。</translation>
    </message>
</context>
<context>
    <name>DocxWriter</name>
    <message>
        <source>Could not build the Word document (%1): %2</source>
        <translation>无法生成Word文档（%1）：%2</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <source>Edit account %1</source>
        <translation>编辑账户 %1</translation>
    </message>
    <message>
        <source>Login name:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>EntryValidator</name>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>%1 changes by %2% against %3 (%4): please explain in the note.</source>
        <translation>%1较%3年（%4）变动%2%，请在情况说明中解释。</translation>
    </message>
    <message>
        <source>%1 is far outside the past values %2–%3: please check it or explain in the note.</source>
        <translation>%1远超以往数值范围%2–%3，请核实或在情况说明中解释。</translation>
    </message>
    <message>
        <source>In %1 this binding indicator does not meet its target %2: please explain in the note.</source>
        <translation>%1年本约束性指标未达到目标%2，请在情况说明中解释。</translation>
    </message>
    <message>
        <source>In %1 this binding indicator is %2, but its trend projects %3 for %4, moving away from its target %5: please explain in the note.</source>
        <translation>%1年本约束性指标%2，但按近年趋势推算%4年为%3，偏离目标%5，请在情况说明中解释。</translation>
    </message>
    <message>
        <source>In %1 this binding indicator is %2, but its trend moves away from its target %3: please explain in the note.</source>
        <translation>%1年本约束性指标%2，但近年趋势偏离目标%3，请在情况说明中解释。</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>New database — create the administrator</source>
        <translation>新数据库——创建管理员</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Choose the administrator&apos;s login name and password; the administrator then creates the accounts of the units and reviewers.</source>
        <translation>此数据库尚无账户。请设置管理员的登录名和密码；之后由管理员为各单位填报员和审核员创建账户。</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password (at least %1 characters):</source>
        <translation>密码（至少%1个字符）(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>Repeat the password: the two passwords differ.</source>
        <translation>确认密码：两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Fuer Monitor</source>
        <translation>欢迎使用妇女儿童发展规划监测系统</translation>
    </message>
    <message>
        <source>&lt;p&gt;This is the first start of Fuer Monitor for this account.&lt;/p&gt;&lt;p&gt;Your database will be kept at:&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;It is created when you start with it; it first asks for its administrator. Removing the program leaves this file in place.&lt;/p&gt;&lt;p&gt;To look around first, open the demo data: example values 2020–2025 for every indicator, marked 示例数据, in a separate file that never mixes with your own:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;这是本账户首次启动妇女儿童发展规划监测系统。&lt;/p&gt;&lt;p&gt;您的数据库将保存在：&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;选择使用自己的数据库时才会创建该文件，并首先设置管理员。卸载程序不会删除此文件。&lt;/p&gt;&lt;p&gt;如需先熟悉系统，可打开示例数据：每项指标2020—2025年的示例数值，标有“示例数据”，保存在另一个文件中，不会与您自己的数据混合：&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>打开示例数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Start with my database</source>
        <translation>使用我的数据库(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 exists and is not a demo database; it was not changed.</source>
        <translation>%1已存在且不是示例数据库，未作任何修改。</translation>
    </message>
    <message>
        <source>The demo data could not be prepared: %1</source>
        <translation>无法准备示例数据：%1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import values</source>
        <translation>导入数值</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>GB18030 / GBK (Excel on Chinese Windows)</source>
        <translation>GB18030 / GBK（中文Windows版Excel）</translation>
    </message>
    <message>
        <source>Choose &amp;file...</source>
        <translation>选择文件(&amp;F)...</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>CSV &amp;encoding:</source>
        <translation>CSV编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Values arrive as:</source>
        <translation>导入后的状态：</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.ods *.csv);;All files (*)</source>
        <translation>电子表格 (*.xlsx *.ods *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>正在读取%1...</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) checked, all correct. Nothing is written until you press Import.</source>
        <translation>
            <numerusform>%1：已检查%n行，全部正确。点击“导入”后才会写入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing will be written:</source>
        <translation>%1无法导入，不会写入任何数据：</translation>
    </message>
    <message>
        <source>the file holds no values</source>
        <translation>文件中没有数值</translation>
    </message>
    <message>
        <source>Read as %1.</source>
        <translation>按%1编码读取。</translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的数值。</translation>
    </message>
    <message>
        <source>The report sheet %1 is empty: the annual report of %2 for %3 is not changed.</source>
        <translation>报告表“%1”为空：%2 %3年度报告不作改动。</translation>
    </message>
    <message>
        <source>The report sheet %1 holds the stored annual report of %2 for %3: it is not changed.</source>
        <translation>报告表“%1”与已保存的%2 %3年度报告相同：不作改动。</translation>
    </message>
    <message numerus="yes">
        <source>The report sheet %1 is imported too: %n section(s) with text, saved with the values as the draft of the annual report of %2 for %3.</source>
        <translation>
            <numerusform>报告表“%1”也将导入：%n个部分有内容，与数值一并保存为%2 %3年度报告的草稿。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>OK</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>IndicatorDetailPane</name>
    <message>
        <source>2030 target:</source>
        <translation>2030年目标：</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>解析为：</translation>
    </message>
    <message>
        <source>Rule parameters:</source>
        <translation>规则参数：</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>属性：</translation>
    </message>
    <message>
        <source>Responsible units:</source>
        <translation>责任单位：</translation>
    </message>
    <message>
        <source>Plan and field:</source>
        <translation>规划与领域：</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Values by year</source>
        <translation>历年数值</translation>
    </message>
    <message>
        <source>Choose an indicator on the left.</source>
        <translation>请在左侧选择指标。</translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation>%1（牵头）</translation>
    </message>
    <message>
        <source>%1 (co-operating)</source>
        <translation>%1（配合）</translation>
    </message>
</context>
<context>
    <name>IndicatorEditDialog</name>
    <message>
        <source>Edit indicator %1</source>
        <translation>编辑指标%1</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>2030 &amp;target:</source>
        <translation>2030年目标(&amp;T)：</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>解析为：</translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation>属性(&amp;A)：</translation>
    </message>
    <message>
        <source>Responsible &amp;units (checked; the first checked is the lead unit):</source>
        <translation>责任单位（勾选；勾选的第一个为牵头单位）(&amp;U)：</translation>
    </message>
    <message>
        <source>Tolerance for 左右 / 相适应:</source>
        <translation>“左右”/“相适应”的允许偏差：</translation>
    </message>
    <message>
        <source>趋于平衡 normal band from:</source>
        <translation>“趋于平衡”的正常范围，从：</translation>
    </message>
    <message>
        <source>… to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>A relative target follows indicator:</source>
        <translation>相对目标所参照的指标：</translation>
    </message>
    <message>
        <source>%1 — the indicator will need a reviewer&apos;s judgement.</source>
        <translation>%1——该指标将需人工判定。</translation>
    </message>
    <message>
        <source>Values refused outside%1:</source>
        <translation>超出此范围即拒收%1：</translation>
    </message>
    <message>
        <source>Values needing a note outside%1:</source>
        <translation>超出此范围须附情况说明%1：</translation>
    </message>
    <message>
        <source>Bounds: “%1”: expected a number, or nothing for the unit&apos;s default.</source>
        <translation>取值界限：“%1”：应为数字，留空则采用计量单位的默认值。</translation>
    </message>
    <message>
        <source>a band: within the tolerance on both sides</source>
        <translation>区间：上下均在允许偏差以内</translation>
    </message>
    <message>
        <source>about or above: at least the value less the tolerance</source>
        <translation>左右或以上：不低于目标值减允许偏差</translation>
    </message>
    <message>
        <source>about or below: at most the value plus the tolerance</source>
        <translation>左右或以下：不高于目标值加允许偏差</translation>
    </message>
    <message>
        <source>A 左右 target &amp;reads as:</source>
        <translation>“左右”目标的理解(&amp;R)：</translation>
    </message>
    <message>
        <source>明显降低 / 明显提高 means at least this many percent from the baseline:</source>
        <translation>“明显降低/明显提高”指与基期值相比至少变动的百分比：</translation>
    </message>
    <message>
        <source>波动较大: a &amp;swing counts from this many percent of the mean level:</source>
        <translation>“波动较大”：变动达到均值的此百分比即计为摆动(&amp;S)：</translation>
    </message>
    <message>
        <source>波动较大: a &amp;jump is more than this many percent of the value before:</source>
        <translation>“波动较大”：变动超过上一年数值的此百分比为跳变(&amp;J)：</translation>
    </message>
    <message>
        <source>… and at least (in the indicator&apos;s unit):</source>
        <translation>……且不小于（按指标计量单位）：</translation>
    </message>
</context>
<context>
    <name>IndicatorReviewPane</name>
    <message>
        <source>&amp;Copy chart</source>
        <translation>复制图表(&amp;C)</translation>
    </message>
    <message>
        <source>Save as &amp;PNG...</source>
        <translation>另存为PNG(&amp;P)...</translation>
    </message>
    <message>
        <source>Save as &amp;SVG...</source>
        <translation>另存为SVG(&amp;S)...</translation>
    </message>
    <message>
        <source>Values by year</source>
        <translation>历年数值</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>target %1 · %2 · reported by %3</source>
        <translation>目标：%1 · %2 · 由%3填报</translation>
    </message>
    <message>
        <source>Select an indicator to see its trend, values and history.</source>
        <translation>选择指标，查看其趋势、历年数值和变更记录。</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1（%2年）</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表另存为PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG图像 (*.png)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>The chart could not be written to %1.</source>
        <translation>无法将图表写入%1。</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>将图表另存为SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>JudgementRepository</name>
    <message>
        <source>A verdict needs a reason.</source>
        <translation>判定须填写理由。</translation>
    </message>
    <message>
        <source>There is no indicator %1 or area %2.</source>
        <translation>指标%1或地区%2不存在。</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>打开数据库(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Plenary summary...</source>
        <translation>全体会议汇报材料(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>系统管理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back up the database...</source>
        <translation>备份数据库(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup...</source>
        <translation>从备份恢复(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Indicator catalog</source>
        <translation>指标目录</translation>
    </message>
    <message>
        <source>Annual return</source>
        <translation>年度填报</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户管理</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Fuer Monitor databases (*.sqlite *.db);;All files (*)</source>
        <translation>监测系统数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Fuer Monitor</source>
        <translation>妇女儿童发展规划监测系统</translation>
    </message>
    <message>
        <source>Backing up the database...</source>
        <translation>正在备份数据库...</translation>
    </message>
    <message>
        <source>Restoring the database...</source>
        <translation>正在恢复数据库...</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Fuer Monitor databases (*.sqlite)</source>
        <translation>监测系统数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>The backup was written to %1.</source>
        <translation>备份已写入%1。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the current database with %1? The current file is kept beside it.</source>
        <translation>确定用%1替换当前数据库吗？当前文件将保留在同一文件夹中。</translation>
    </message>
    <message>
        <source>The database was restored; the previous file was kept as %1.</source>
        <translation>数据库已恢复，原文件已保留为%1。</translation>
    </message>
    <message>
        <source>&amp;Import values...</source>
        <translation>导入数值(&amp;I)...</translation>
    </message>
    <message>
        <source>Save a return &amp;template...</source>
        <translation>保存填报模板(&amp;T)...</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value(s).</source>
        <translation>
            <numerusform>已导入%n项数值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Return template</source>
        <translation>填报模板</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Save a return template</source>
        <translation>保存填报模板</translation>
    </message>
    <message>
        <source>%1-return-%2.xlsx</source>
        <translation>%1-%2年度填报.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Template written to %1.</source>
        <translation>模板已写入%1。</translation>
    </message>
    <message>
        <source>Progress and warnings</source>
        <translation>进展与预警</translation>
    </message>
    <message>
        <source>Review returns</source>
        <translation>填报审核</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>退出登录(&amp;U)</translation>
    </message>
    <message>
        <source>Change my &amp;password...</source>
        <translation>修改我的密码(&amp;P)...</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <source>Annual reports</source>
        <translation>年度报告</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>Printable &amp;return (PDF)...</source>
        <translation>可打印报表（PDF）(&amp;R)...</translation>
    </message>
    <message>
        <source>Waiting for you (待办) in %1: %2.</source>
        <translation>%1 年待办：%2。</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Printable return</source>
        <translation>可打印报表</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The return of %1 for %2 was written to %3.</source>
        <translation>%1 %2年度报表已写入%3。</translation>
    </message>
    <message>
        <source>Connect to a &amp;server...</source>
        <translation>连接服务器(&amp;S)...</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) of the return are not stored yet (see the messages in the table). Quit anyway and lose them?</source>
        <translation>
            <numerusform>报表中有%n项填写内容尚未保存（见表中提示）。仍要退出并放弃这些内容吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Cannot start the upgrade to schema version %1: %2</source>
        <translation>无法开始升级到数据库结构版本%1：%2</translation>
    </message>
    <message>
        <source>Schema upgrade to version %1 failed: %2</source>
        <translation>数据库结构升级到版本%1失败：%2</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>%1: part %2 is damaged (XML line %3, column %4: %5)</source>
        <translation>%1: 部件%2已损坏（XML第%3行第%4列：%5）</translation>
    </message>
    <message>
        <source>%1: part %2: a document type declaration (DOCTYPE or ENTITY) is not allowed; the file is refused</source>
        <translation>%1: 部件%2：不允许包含文档类型声明（DOCTYPE或ENTITY），已拒绝该文件</translation>
    </message>
    <message>
        <source>%1: sheet %2: row %3: the table is wider than %4 columns</source>
        <translation>%1: 工作表%2：第%3行：表格超过%4列</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>文件未打开</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Assessment &amp;year:</source>
        <translation>评估年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Click a count to list its indicators on the warning board; select an indicator there to see its trend.</source>
        <translation>点击数字可在预警清单中列出相应指标；在清单中选择指标可查看其趋势。</translation>
    </message>
    <message>
        <source>Indicators by status and category, %1</source>
        <translation>%1年各领域指标达标情况</translation>
    </message>
    <message>
        <source>%1 of %2 indicators shown</source>
        <translation>共%2项指标，显示%1项</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>规划(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>领域(&amp;C)：</translation>
    </message>
    <message>
        <source>Lead &amp;unit:</source>
        <translation>牵头单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation>属性(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Warning:</source>
        <translation>预警(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>达标状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Show all &amp;red and yellow</source>
        <translation>显示全部红、黄预警(&amp;R)</translation>
    </message>
    <message>
        <source>Red and yellow</source>
        <translation>红色和黄色</translation>
    </message>
    <message>
        <source>Any warning</source>
        <translation>全部预警</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Both attributes</source>
        <translation>全部属性</translation>
    </message>
    <message>
        <source>&lt;b&gt;Early warnings&lt;/b&gt; — red, then yellow; double-click opens the indicator</source>
        <translation>&lt;b&gt;预警清单&lt;/b&gt;——先红后黄；双击打开指标</translation>
    </message>
    <message>
        <source>Both plans</source>
        <translation>全部规划</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部领域</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Only the administrator edits the catalog.</source>
        <translation>只有管理员可以编辑指标目录。</translation>
    </message>
    <message>
        <source>Only the administrator backs up the database.</source>
        <translation>只有管理员可以备份数据库。</translation>
    </message>
    <message>
        <source>Only the administrator restores the database.</source>
        <translation>只有管理员可以恢复数据库。</translation>
    </message>
    <message>
        <source>Only the administrator can manage accounts.</source>
        <translation>只有管理员可以管理账户。</translation>
    </message>
    <message>
        <source>Values are imported by a unit&apos;s liaison or by the administrator.</source>
        <translation>数值须由单位填报员或管理员导入。</translation>
    </message>
    <message>
        <source>Returns are reviewed by a reviewer or by the administrator.</source>
        <translation>填报数据由审核员或管理员审核。</translation>
    </message>
    <message>
        <source>Annual returns are entered by a unit&apos;s liaison.</source>
        <translation>年度填报由各单位填报员录入。</translation>
    </message>
    <message>
        <source>Due dates are set and extended by a reviewer (the office) or by the administrator.</source>
        <translation>报送截止日期由审核员（区妇儿工委办）或管理员设置和延期。</translation>
    </message>
</context>
<context>
    <name>PgConnectionSpec</name>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL URI: expected postgresql://user@host:port/database</source>
        <translation>“%1”不是 PostgreSQL 连接地址：应为 postgresql://用户@主机:端口/数据库</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; in the PostgreSQL URI has a broken %-escape</source>
        <translation>PostgreSQL 连接地址中的用户名“%1”含有错误的 % 转义</translation>
    </message>
    <message>
        <source>The password in the PostgreSQL URI has a broken %-escape</source>
        <translation>PostgreSQL 连接地址中的密码含有错误的 % 转义</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; in the PostgreSQL URI lacks its closing ]</source>
        <translation>PostgreSQL 连接地址中的主机“%1”缺少右方括号 ]</translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; after the host in the PostgreSQL URI</source>
        <translation>PostgreSQL 连接地址中主机之后出现了意外的“%1”</translation>
    </message>
    <message>
        <source>The PostgreSQL URI names several hosts (&quot;%1&quot;); give one</source>
        <translation>PostgreSQL 连接地址列出了多个主机（“%1”），请只给一个</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; in the PostgreSQL URI has a broken %-escape</source>
        <translation>PostgreSQL 连接地址中的主机“%1”含有错误的 % 转义</translation>
    </message>
    <message>
        <source>The port &quot;%1&quot; in the PostgreSQL URI is not a number from 1 to 65535</source>
        <translation>PostgreSQL 连接地址中的端口“%1”不是 1 到 65535 之间的数字</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; in the PostgreSQL URI has a broken %-escape</source>
        <translation>PostgreSQL 连接地址中的数据库名“%1”含有错误的 % 转义</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the PostgreSQL URI&apos;s options is not key=value</source>
        <translation>PostgreSQL 连接地址选项中的“%1”不是 键=值 的形式</translation>
    </message>
    <message>
        <source>The option &quot;%1&quot; in the PostgreSQL URI has a broken %-escape</source>
        <translation>PostgreSQL 连接地址中的选项“%1”含有错误的 % 转义</translation>
    </message>
    <message>
        <source>The PostgreSQL URI has an unknown option &quot;%1&quot; (known are e.g. sslmode, sslrootcert, connect_timeout, application_name)</source>
        <translation>PostgreSQL 连接地址含有未知选项“%1”（可用的如 sslmode、sslrootcert、connect_timeout、application_name）</translation>
    </message>
    <message>
        <source>The option %1 in the PostgreSQL URI may not contain &quot;;&quot;</source>
        <translation>PostgreSQL 连接地址中的选项 %1 不能包含“;”</translation>
    </message>
    <message>
        <source>the default host</source>
        <translation>默认主机</translation>
    </message>
    <message>
        <source>the default database</source>
        <translation>默认数据库</translation>
    </message>
    <message>
        <source>the server refused the user name or password</source>
        <translation>服务器拒绝了该用户名或密码</translation>
    </message>
    <message>
        <source>there is no such database on the server</source>
        <translation>服务器上没有这个数据库</translation>
    </message>
    <message>
        <source>the TLS connection failed</source>
        <translation>TLS 加密连接失败</translation>
    </message>
    <message>
        <source>no PostgreSQL server answers there</source>
        <translation>该处没有 PostgreSQL 服务器应答</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1 as %2: %3 (the server said: %4)</source>
        <translation>无法以 %2 身份连接 PostgreSQL 数据库 %1：%3（服务器原话：%4）</translation>
    </message>
    <message>
        <source>the default user</source>
        <translation>默认用户</translation>
    </message>
    <message>
        <source>the connection to the server was lost and cannot be made again: %1</source>
        <translation>与服务器的连接已断开，且无法重新连接：%1</translation>
    </message>
</context>
<context>
    <name>PlanDatabase</name>
    <message>
        <source>Cannot install the plan catalog into %1: %2</source>
        <translation>无法将规划指标目录写入%1：%2</translation>
    </message>
    <message>
        <source>The login %1 has no account in %2; ask the administrator to add it (users add).</source>
        <translation>登录名 %1 在 %2 中没有账户，请管理员添加（users add）。</translation>
    </message>
</context>
<context>
    <name>PrintedReturn</name>
    <message>
        <source>Not filled</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>%1 is not a unit that leads an indicator; the units are: %2</source>
        <translation>%1不是任何指标的牵头单位；牵头单位有：%2</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>（无单位）</translation>
    </message>
    <message>
        <source>%1 is not a reporting year; the years are %2 to %3</source>
        <translation>%1不是填报年度；填报年度为%2至%3年</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message>
        <source>%1 is the liaison of %2 and may print only that unit&apos;s return, not the return of %3.</source>
        <translation>%1是%2的填报员，只能打印本单位的报表，不能打印%3的报表。</translation>
    </message>
    <message>
        <source>Filled in by</source>
        <translation>填报人</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Head of the unit (signature)</source>
        <translation>单位负责人（签字）</translation>
    </message>
    <message>
        <source>Date filled in</source>
        <translation>填报日期</translation>
    </message>
    <message>
        <source>(Seal of the unit)</source>
        <translation>（单位盖章）</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>&amp;Reason (required; the unit reads it):</source>
        <translation>原因（必填，填报单位可见）(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ReportChartSet</name>
    <message>
        <source>Indicators by status and category, %1</source>
        <translation>%1年各领域指标达标情况</translation>
    </message>
</context>
<context>
    <name>ReportData</name>
    <message>
        <source>Mid-term evaluation report</source>
        <translation>中期评估报告</translation>
    </message>
    <message>
        <source>Final evaluation report</source>
        <translation>终期评估报告</translation>
    </message>
    <message>
        <source>Annual monitoring report</source>
        <translation>年度监测报告</translation>
    </message>
    <message>
        <source>Issuing body: the name of the issuing office is empty; expected its full name, such as %1.</source>
        <translation>发文机关：名称为空；应填写发文机关全称，如%1。</translation>
    </message>
    <message>
        <source>Issuing body: &quot;%1&quot; has a line break; expected the name on one line.</source>
        <translation>发文机关：“%1”含有换行；名称应写在一行内。</translation>
    </message>
    <message>
        <source>Issuing body: &quot;%1&quot; has %2 characters; expected at most %3.</source>
        <translation>发文机关：“%1”共%2个字符；最多%3个字符。</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Plenary summary</source>
        <translation>全体会议汇报材料</translation>
    </message>
    <message>
        <source>Annual monitoring report</source>
        <translation>年度监测报告</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Save &amp;PDF...</source>
        <translation>保存PDF(&amp;P)...</translation>
    </message>
    <message>
        <source>Print pre&amp;view...</source>
        <translation>打印预览(&amp;V)...</translation>
    </message>
    <message>
        <source>Save &amp;editable copy (ODT)...</source>
        <translation>保存可编辑副本（ODT）(&amp;E)...</translation>
    </message>
    <message>
        <source>Drawing the charts...</source>
        <translation>正在绘制图表...</translation>
    </message>
    <message>
        <source>Writing the plenary summary...</source>
        <translation>正在生成全体会议汇报材料...</translation>
    </message>
    <message numerus="yes">
        <source>Written: %1 (%n page(s)).</source>
        <translation>
            <numerusform>已生成：%1（共%n页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the editable copy...</source>
        <translation>正在生成可编辑副本...</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已生成：%1</translation>
    </message>
    <message>
        <source>Save the plenary summary</source>
        <translation>保存全体会议汇报材料</translation>
    </message>
    <message>
        <source>plenary-summary-%1.pdf</source>
        <translation>全体会议汇报材料-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save an editable copy</source>
        <translation>保存可编辑副本</translation>
    </message>
    <message>
        <source>plenary-summary-%1.odt</source>
        <translation>全体会议汇报材料-%1.odt</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument文本 (*.odt)</translation>
    </message>
    <message>
        <source>Mid-term evaluation (%1, data to %2)</source>
        <translation>中期评估（%1年，数据截至%2年）</translation>
    </message>
    <message>
        <source>Final evaluation (%1, data to %2)</source>
        <translation>终期评估（%1年，数据截至%2年）</translation>
    </message>
    <message>
        <source>The office printed on the cover of every report; kept for later reports.</source>
        <translation>印在每份报告封面上的发文机关；保存后用于以后的报告。</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>发文机关(&amp;I)：</translation>
    </message>
    <message>
        <source>Save &amp;Word copy (DOCX)...</source>
        <translation>保存Word副本（DOCX）(&amp;W)...</translation>
    </message>
    <message>
        <source>Writing the Word copy...</source>
        <translation>正在生成Word副本...</translation>
    </message>
    <message>
        <source>Save a Word copy</source>
        <translation>保存Word副本</translation>
    </message>
    <message>
        <source>plenary-summary-%1.docx</source>
        <translation>全体会议汇报材料-%1.docx</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word文档 (*.docx)</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1——%3年%2</translation>
    </message>
    <message>
        <source>Reporting year %1</source>
        <translation>报告年度：%1年</translation>
    </message>
    <message>
        <source>Evaluation %1, data up to %2</source>
        <translation>%1年评估，数据截至%2年</translation>
    </message>
    <message>
        <source>The values in this report were generated by the program for demonstration. They are not real figures.</source>
        <translation>本报告中的数值由程序生成，仅供演示，并非真实数据。</translation>
    </message>
    <message>
        <source>An indicator counts as assessed when its value for the year can be compared with the target: met or not met. The rate met is met ÷ assessed.</source>
        <translation>当年数值能够与目标进行比较（已达标或未达标）的指标计为已评估指标。达标率＝已达标数÷已评估数。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Both plans</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标数</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <source>Rate met</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>%1色预警</translation>
    </message>
    <message>
        <source>For targets with a fixed number and a baseline, the %1 value must have covered at least half of the way from the baseline to the target. %2 of %3 indicators did.</source>
        <translation>对于有具体目标值和基期值的指标，%1年数值应至少完成从基期值到目标值进程的一半。%3项指标中有%2项达到要求。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>%1年数值</translation>
    </message>
    <message>
        <source>Met since</source>
        <translation>达标起始年份</translation>
    </message>
    <message>
        <source>Projected %1</source>
        <translation>%1年推算值</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>达标预判</translation>
    </message>
    <message>
        <source>Red: a binding indicator not met, or a trend away from the target. Yellow: projected to miss the target, or a large fluctuation. In the charts, filled dots are approved values, hollow dots submitted ones; the dash-dot line or shaded band is the target, the dashed line the projection, the square the baseline and the diamond the mid-term value.</source>
        <translation>红色：约束性指标未达标，或趋势背离目标。黄色：预计难以实现目标，或波动较大。图中实心点为已审核数值，空心点为已提交数值；点划线或阴影带为目标，虚线为推算趋势，方块为基期值，菱形为中期值。</translation>
    </message>
    <message>
        <source>No indicator carries a red or yellow warning.</source>
        <translation>没有红色或黄色预警指标。</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>达标状态：%1</translation>
    </message>
    <message>
        <source>Outlook: %1</source>
        <translation>达标预判：%1</translation>
    </message>
    <message>
        <source>Target %1 (%2) · lead unit %3</source>
        <translation>目标：%1（%2）· 牵头单位：%3</translation>
    </message>
    <message>
        <source>Note of the lead unit: %1</source>
        <translation>牵头单位情况说明：%1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Values marked * are submitted and not yet approved. A dash means no value.</source>
        <translation>标*的数值已提交、尚未审核；“–”表示无数据。</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>达标状态</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Indicators counted for their lead unit, which reports the value.</source>
        <translation>指标计入负责填报数值的牵头单位。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Not filled</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Last submission</source>
        <translation>最近提交</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The figures for %1 rest on the district&apos;s values of the %2 indicators: %3 approved, %4 submitted and awaiting review, %5 draft or returned (not counted), %6 with no value.</source>
        <translation>%1年各项数据依据全区%2项指标的填报值：已审核%3项，已提交待审核%4项，草稿或已退回（未计入）%5项，无数据%6项。</translation>
    </message>
    <message>
        <source>Headline figures for %1</source>
        <translation>%1年总体情况</translation>
    </message>
    <message>
        <source>Status by category</source>
        <translation>分领域达标情况</translation>
    </message>
    <message>
        <source>Evaluation of the plan period</source>
        <translation>规划期评估</translation>
    </message>
    <message>
        <source>Half time, half the task</source>
        <translation>时间过半、任务过半</translation>
    </message>
    <message>
        <source>Targets met ahead of %1</source>
        <translation>提前实现%1年目标的指标</translation>
    </message>
    <message>
        <source>Targets not expected to be met by %1</source>
        <translation>预计到%1年难以实现目标的指标</translation>
    </message>
    <message>
        <source>Early warnings</source>
        <translation>预警指标</translation>
    </message>
    <message>
        <source>Indicators by category</source>
        <translation>分领域指标情况</translation>
    </message>
    <message>
        <source>Returns by responsible unit, %1</source>
        <translation>%1年各责任单位填报情况</translation>
    </message>
    <message>
        <source>On time</source>
        <comment>annual report delivered by the due date</comment>
        <translation>按时</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <comment>annual report delivered after the due date</comment>
        <translation>
            <numerusform>逾期%n天</numerusform>
        </translation>
    </message>
    <message>
        <source>Not delivered</source>
        <comment>annual report</comment>
        <translation>未报送</translation>
    </message>
    <message>
        <source>Units&apos; annual reports, %1</source>
        <translation>%1年度各责任单位规划落实情况报告</translation>
    </message>
    <message>
        <source>Units&apos; annual reports</source>
        <translation>各责任单位规划落实情况报告</translation>
    </message>
    <message>
        <source>The reports for %1</source>
        <translation>%1年度报告报送情况</translation>
    </message>
    <message>
        <source>Each responsible unit reports every year on how it carried out the plan and on its work for the next year. Of %1 units, %2 delivered the report for %3 by the due date in force for them (extensions counted), %4 after it, and %5 have not delivered it.</source>
        <translation>各责任单位每年向区妇儿工委报告规划落实情况和下一年工作安排。%1个责任单位中，%2个在报送截止日期（含延期）前报送了%3年度报告，%4个逾期报送，%5个尚未报送。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告状态</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>及时性</translation>
    </message>
    <message>
        <source>Work planned for %1 (opening)</source>
        <translation>%1年工作安排（摘要）</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no annual report</comment>
        <translation>未填写</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation>（已延期）</translation>
    </message>
    <message>
        <source>Units&apos; annual reports %1–%2</source>
        <translation>%1—%2年各单位年度报告报送情况</translation>
    </message>
    <message>
        <source>For each year of the period so far: whether the unit&apos;s annual report came by the due date in force for it, how many days late, or not at all.</source>
        <translation>规划实施以来各年度，各单位年度报告是否在报送截止日期（含延期）前报送、逾期天数或未报送。</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按时</translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第%1页</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>Drawing charts</source>
        <translation>正在绘制图表</translation>
    </message>
    <message>
        <source>Laying out the document</source>
        <translation>正在排版</translation>
    </message>
    <message>
        <source>Writing page %1 of %2</source>
        <translation>正在写入第%1页（共%2页）</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入%1。</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>正在写入%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Could not print the report.</source>
        <translation>无法打印报告。</translation>
    </message>
    <message>
        <source>Assessing indicators</source>
        <translation>正在评估指标</translation>
    </message>
</context>
<context>
    <name>ReportRepository</name>
    <message>
        <source>The report of %1 for %2 was changed by %3 at %4 meanwhile; nothing was saved and your text is kept. Reload to see the change, then save again.</source>
        <translation>%1 %2 年度报告已被 %3 于 %4 修改；本次未保存，您输入的内容仍保留。请重新载入查看修改后再保存。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>他人</translation>
    </message>
    <message>
        <source>The report row could not be read back.</source>
        <translation>无法读回报告记录。</translation>
    </message>
    <message>
        <source>There is no unit named %1.</source>
        <translation>没有名为 %1 的单位。</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>数据库正忙：%1</translation>
    </message>
    <message>
        <source>The report of %1 for %2 was removed meanwhile; nothing was saved.</source>
        <translation>%1 %2 年度报告已被删除；本次未保存。</translation>
    </message>
    <message>
        <source>The report of %1 for %2 is %3 and can no longer be changed by its unit.</source>
        <translation>%1 %2 年度报告为“%3”，单位不能再修改。</translation>
    </message>
    <message>
        <source>The report names a category %1 the plan does not have.</source>
        <translation>报告中的类别“%1”不在规划中。</translation>
    </message>
    <message>
        <source>%1 has no report for %2 yet.</source>
        <translation>%1 尚无 %2 年度报告。</translation>
    </message>
    <message>
        <source>The report of %1 for %2 is %3; it cannot be changed to %4.</source>
        <translation>%1 %2 年度报告为“%3”，不能改为“%4”。</translation>
    </message>
    <message>
        <source>The report of %1 for %2 is %3; its attachments can no longer be changed.</source>
        <translation>%1 %2 年度报告为“%3”，附件不能再修改。</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>没有编号为 %1 的附件。</translation>
    </message>
    <message>
        <source>%1 already has a report for %2; nothing was restored.</source>
        <translation>%1已有%2年度报告，未恢复任何内容。</translation>
    </message>
</context>
<context>
    <name>ReportService</name>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Work plan for next year</source>
        <translation>下一年工作安排</translation>
    </message>
    <message>
        <source>Progress: %1</source>
        <translation>规划落实情况：%1</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账号 %1 已停用。</translation>
    </message>
    <message>
        <source>The annual report of %1 is written by its own liaison.</source>
        <translation>%1 的年度报告由本单位填报员填写。</translation>
    </message>
    <message>
        <source>%1 is the liaison of %2 and cannot change the report of %3.</source>
        <translation>%1 是 %2 的填报员，不能修改 %3 的年度报告。</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>%1 may not read the report of %2.</source>
        <translation>%1 无权查看 %2 的年度报告。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; a section holds at most %3.</source>
        <translation>“%1”共 %2 字，每部分最多 %3 字。</translation>
    </message>
    <message>
        <source>%1 contains the control character U+%2 in line %3; only line breaks and tabs are allowed.</source>
        <translation>“%1”第 %3 行含控制字符 U+%2；只允许换行和制表符。</translation>
    </message>
    <message>
        <source>An attachment needs a file name.</source>
        <translation>附件需要文件名。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an attachment may be at most %3 MB.</source>
        <translation>%1 大小为 %2 MB；附件最大 %3 MB。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is not a file type the report takes; attach a PDF, DOCX, PNG or JPEG file.</source>
        <translation>%1 不是报告可接受的文件类型；请附 PDF、DOCX、PNG 或 JPEG 文件。</translation>
    </message>
    <message>
        <source>The content of %1 is not a %2 file, as its extension says.</source>
        <translation>%1 的内容不是扩展名所示的 %2 文件。</translation>
    </message>
    <message>
        <source>The report of %1 for %2 is empty; write its sections before submitting it.</source>
        <translation>%1 %2 年度报告为空；请先填写各部分再报送。</translation>
    </message>
    <message>
        <source>Returning the report of %1 for %2 needs a reason for the unit.</source>
        <translation>退回 %1 %2 年度报告须向单位说明理由。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>退回理由</translation>
    </message>
    <message>
        <source>There is no attachment %1.</source>
        <translation>没有编号为 %1 的附件。</translation>
    </message>
    <message>
        <source>The stored content of %1 does not match its checksum.</source>
        <translation>%1 的存储内容与校验和不符。</translation>
    </message>
    <message>
        <source>%1: sheet %2</source>
        <translation>%1: 工作表%2</translation>
    </message>
    <message>
        <source>%1: the report belongs to the unit named beside %2 on the sheet of values, and that cell is empty; enter the unit&apos;s name there</source>
        <translation>%1: 报告属于数值表中“%2”旁所填的单位，但该单元格为空；请在该处填写单位名称</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 serves no indicator of %3; the sections of its report are %4</source>
        <translation>%1: %2没有“%3”类别的指标；其报告的部分为%4</translation>
    </message>
    <message>
        <source>%1: the annual report of %2 for %3 is %4, and an import does not change it; leave the sheet as the template had it (or empty), or ask the office to return the report first</source>
        <translation>%1: %2 %3年度报告的状态为%4，导入不会修改它；请保持该表与模板中一致（或留空），或先请妇儿工委办退回报告</translation>
    </message>
</context>
<context>
    <name>ReportSheet</name>
    <message>
        <source>Write each section in its yellow cell; a new paragraph is a line break inside the cell (Excel and WPS: Alt+Enter; LibreOffice: Ctrl+Enter). The report is imported with the values as a draft; when every cell is empty, the report is left as it is.</source>
        <translation>在黄色单元格中填写各部分内容；另起一段即在单元格内换行（Excel、WPS：Alt+Enter；LibreOffice：Ctrl+Enter）。报告随数值一并导入，保存为草稿；各单元格均为空时，报告保持不变。</translation>
    </message>
    <message>
        <source>%1: sheet %2: no header row in rows 1 to %3; expected %4 in column A and %5 in column B</source>
        <translation>%1: 工作表%2：第1至%3行中没有表头行；A列应为“%4”，B列应为“%5”</translation>
    </message>
    <message>
        <source>%1: %2: expected the name of a section: %3&lt;category&gt;, %4 or %5</source>
        <translation>%1: %2：应为报告部分的名称：%3&lt;类别&gt;、%4或%5</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2: each section once; the sheet has it twice</source>
        <translation>%1: %2：每个部分只能出现一次，本表中出现了两次</translation>
    </message>
</context>
<context>
    <name>ReturnClipboard</name>
    <message numerus="yes">
        <source>Pasted %n row(s).</source>
        <translation>
            <numerusform>已粘贴%n行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed, already submitted or approved: %1.</source>
        <translation>已提交或已审核，未作修改：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n read-only cell(s) skipped.</source>
        <translation>
            <numerusform>已跳过%n个只读单元格。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) below the last row ignored.</source>
        <translation>
            <numerusform>最后一行以下的%n行已忽略。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnHistoryPane</name>
    <message>
        <source>Values by year</source>
        <translation>历年数值</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Target %1 · reported by %2</source>
        <translation>目标：%1 · 由%2填报</translation>
    </message>
    <message>
        <source>Select an indicator to see its history.</source>
        <translation>选择指标，查看其历年数值和变更记录。</translation>
    </message>
    <message>
        <source>Add a &amp;comment...</source>
        <translation>添加意见(&amp;C)...</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>%1 · %2 %3 (%4): %5</source>
        <translation>%1 · %2 %3（%4年）：%5</translation>
    </message>
</context>
<context>
    <name>ReturnItemDelegate</name>
    <message>
        <source>Explain it in the note before submitting.</source>
        <translation>提交前请在情况说明中解释。</translation>
    </message>
</context>
<context>
    <name>ReturnPage</name>
    <message>
        <source>Show &amp;co-operating indicators</source>
        <translation>显示配合指标(&amp;C)</translation>
    </message>
    <message>
        <source>Submit &amp;selected…</source>
        <translation>提交所选(&amp;S)…</translation>
    </message>
    <message>
        <source>Submit &amp;all ready…</source>
        <translation>提交全部已就绪(&amp;A)…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · annual return · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · 年度填报 · %2</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Submitted (saving)</source>
        <translation>已提交（保存中）</translation>
    </message>
    <message>
        <source>Not filled %1 · Draft %2 · Submitted %3 · Returned %4 · Approved %5</source>
        <translation>未填 %1 · 草稿 %2 · 已提交 %3 · 已退回 %4 · 已审核 %5</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not saved: fix the red cells</source>
        <translation>
            <numerusform>%n项数值未保存：请修改标红的单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>所有修改已于%1保存</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>尚无修改</translation>
    </message>
    <message>
        <source>Type a value, or paste a block from Excel or WPS with Ctrl+V. Drafts are saved automatically; submit when the return is complete.</source>
        <translation>可直接输入数值，或用Ctrl+V从Excel、WPS粘贴整块数据。草稿自动保存；填报完整后请提交。</translation>
    </message>
    <message>
        <source>Returned by the reviewer: %1</source>
        <translation>审核员退回：%1</translation>
    </message>
    <message>
        <source>%1 is reported by %2; your unit co-operates and can only read it.</source>
        <translation>%1由%2填报；本单位为配合单位，只能查看。</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be changed here.</source>
        <translation>%1%2，不能再在此修改。</translation>
    </message>
    <message>
        <source>Not saved until it is fixed.</source>
        <translation>修改正确后才会保存。</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>（无数值）</translation>
    </message>
    <message>
        <source>%1: not saved: %2</source>
        <translation>%1：未保存：%2</translation>
    </message>
    <message>
        <source>Nothing was submitted:</source>
        <translation>未提交任何数值：</translation>
    </message>
    <message>
        <source>Select the rows to submit first (drafts and returned values of your unit).</source>
        <translation>请先选择要提交的行（本单位的草稿和已退回数值）。</translation>
    </message>
    <message>
        <source>has errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>needs a note explaining its warning</source>
        <translation>有预警，需填写情况说明</translation>
    </message>
    <message>
        <source>has no saved value</source>
        <translation>没有已保存的数值</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Nothing to submit</source>
        <translation>没有可提交的数值</translation>
    </message>
    <message>
        <source>No draft is ready for submission.</source>
        <translation>没有可提交的草稿。</translation>
    </message>
    <message>
        <source>Not ready, they stay drafts:</source>
        <translation>以下尚未就绪，仍保留为草稿：</translation>
    </message>
    <message>
        <source>Submit the return</source>
        <translation>提交填报</translation>
    </message>
    <message numerus="yes">
        <source>Submit %n value(s) for %1 to the reviewers? Submitted values can no longer be changed here.</source>
        <translation>
            <numerusform>确定将%1年度的%n项数值提交审核吗？提交后不能再在此修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Submitted %n value(s).</source>
        <translation>
            <numerusform>已提交%n项数值。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>Nothing was submitted. Fix these problems and submit again:</source>
        <translation>未提交任何数值。请修改以下问题后重新提交：</translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>清除%n个单元格</numerusform>
        </translation>
    </message>
    <message>
        <source>Co-operating indicators are read-only; paste into your unit&apos;s rows.</source>
        <translation>配合指标为只读，请粘贴到本单位牵头指标的行中。</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>粘贴%n行</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>对%1提出意见</translation>
    </message>
    <message>
        <source>Your remark on %1 for %2 (kept, not editable):</source>
        <translation>您对%1（%2年）的意见（将予保留，不可修改）：</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>There is no indicator %1.</source>
        <translation>指标%1不存在。</translation>
    </message>
    <message>
        <source>&amp;Print return (PDF)…</source>
        <translation>打印报表（PDF）(&amp;P)…</translation>
    </message>
    <message>
        <source>The return with last years&apos; values, targets and the annual report, as a PDF to sign and stamp</source>
        <translation>含往年数值、目标和年度报告的报表（PDF），供打印、签字、盖章</translation>
    </message>
    <message>
        <source>Print the return as PDF</source>
        <translation>打印报表（PDF）</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The return of %1 for %2 was written to %3: print it, sign it and stamp it.</source>
        <translation>%1 %2年度报表已写入%3，请打印、签字并盖章。</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>returned, not included</source>
        <translation>已退回，未包含在本次提交中</translation>
    </message>
    <message>
        <source>draft, not included</source>
        <translation>草稿，未包含在本次提交中</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>To submit:</source>
        <translation>本次提交：</translation>
    </message>
    <message>
        <source>Still without a submitted value after this:</source>
        <translation>本次提交后仍没有已提交数值的指标：</translation>
    </message>
    <message>
        <source>Submit part of the return</source>
        <translation>只提交部分报表</translation>
    </message>
    <message numerus="yes">
        <source>This submits only part of the return for %1: %n indicator(s) of your unit will still have no submitted value (listed below). Submit these %2 value(s) anyway? No submits nothing.</source>
        <translation>
            <numerusform>本次只提交 %1 年报表的一部分：本单位仍有 %n 项指标没有已提交的数值（见下方列表）。仍要提交这 %2 项数值吗？选择“否”则不提交任何数值。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnPdf</name>
    <message>
        <source>(Not written.)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>%1 %2 monitoring data return of the women&apos;s and children&apos;s development plans</source>
        <translation>%1 %2年度妇女儿童发展规划监测数据报表</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>未报送</translation>
    </message>
    <message>
        <source>The unit has checked the data and the report above and confirms them.</source>
        <translation>以上数据和报告经本单位审核无误。</translation>
    </message>
    <message>
        <source>This return holds values not yet submitted: %1 draft, %2 returned, %3 not filled. It is not the return of record until they are submitted.</source>
        <translation>本表含未报送数据：草稿%1项、已退回%2项、未填报%3项，报送前不作为正式报表。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>指标代码</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>2030 target</source>
        <translation>2030年目标</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1年数值</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>填报单位：%1</translation>
    </message>
    <message>
        <source>Reporting year: %1</source>
        <translation>填报年度：%1年</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>Demonstration data, not real figures</source>
        <translation>示例数据，非真实数据</translation>
    </message>
    <message>
        <source>1. Monitoring indicators</source>
        <translation>一、监测指标数据</translation>
    </message>
    <message>
        <source>%1 indicators: %2 approved, %3 submitted, %4 draft, %5 returned, %6 not filled.</source>
        <translation>共%1项指标：已审核%2项、已提交%3项、草稿%4项、已退回%5项、未填报%6项。</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>2. Annual report on the implementation of the plans (%1)</source>
        <translation>二、年度规划落实情况报告（%1）</translation>
    </message>
    <message>
        <source>: </source>
        <translation>：</translation>
    </message>
    <message>
        <source>%1 year %2 month %3 day</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入%1。</translation>
    </message>
    <message>
        <source>%1-%2-return.pdf</source>
        <translation>%1-%2年度监测数据报表.pdf</translation>
    </message>
</context>
<context>
    <name>ReturnService</name>
    <message>
        <source>%1 is reported by %2; %3 cannot change it.</source>
        <translation>%1由%2填报，%3不能修改。</translation>
    </message>
    <message>
        <source>Value: (empty): expected a number before the note or source can be kept.</source>
        <translation>数值：（空）：须先填写数值，才能保存情况说明或数据来源。</translation>
    </message>
    <message>
        <source>%1: there is no such indicator.</source>
        <translation>%1：没有此指标。</translation>
    </message>
    <message>
        <source>%1 is reported by %2; %3 cannot submit it.</source>
        <translation>%1由%2填报，%3不能提交。</translation>
    </message>
    <message>
        <source>%1 %2 is %3 and cannot be submitted.</source>
        <translation>%1（%2年）%3，不能提交。</translation>
    </message>
    <message>
        <source>%1 %2 has no value to submit.</source>
        <translation>%1（%2年）没有可提交的数值。</translation>
    </message>
    <message>
        <source>%1: %2 The note (情况说明) must explain it before submission.</source>
        <translation>%1：%2 提交前须在情况说明中予以解释。</translation>
    </message>
    <message>
        <source>Nothing was chosen to submit.</source>
        <translation>未选择要提交的数值。</translation>
    </message>
    <message>
        <source>Nothing was submitted:</source>
        <translation>未提交任何数值：</translation>
    </message>
    <message>
        <source>%1 is reported by %2; %3 cannot import it. Nothing was imported.</source>
        <translation>%1由%2填报，%3不能导入。未导入任何数值。</translation>
    </message>
    <message>
        <source>%1: a unit&apos;s return is for the district; the area %2 is imported by the administrator.</source>
        <translation>%1：单位填报仅限全区数据；地区“%2”的数据须由管理员导入。</translation>
    </message>
    <message>
        <source>%1 is not a responsible unit of %2 and cannot comment on it.</source>
        <translation>%1不是%2的责任单位，不能对其提出意见。</translation>
    </message>
    <message>
        <source>Comment: expected 1 to 2000 characters.</source>
        <translation>意见：应为1至2000个字符。</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>未导入任何数值：</translation>
    </message>
    <message>
        <source>%1: the file holds no values</source>
        <translation>%1：文件中没有数值</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>数据库正忙：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>ReturnTableModel</name>
    <message>
        <source>Co-operating with other units (read-only)</source>
        <translation>配合其他单位的指标（只读）</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not filled</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Co-operating</source>
        <translation>配合</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>%1 (saving)</source>
        <translation>%1（保存中）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Lead unit: %1</source>
        <translation>牵头单位：%1</translation>
    </message>
    <message>
        <source>Co-operating: %1</source>
        <translation>配合单位：%1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1年：%2（%3）</translation>
    </message>
    <message>
        <source>Reported by %1; your unit co-operates and can only read it.</source>
        <translation>由%1填报；本单位为配合单位，只能查看。</translation>
    </message>
    <message>
        <source>%1, last changed by %2</source>
        <translation>%1，最后修改人：%2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Returned by the reviewer: %1</source>
        <translation>审核员退回：%1</translation>
    </message>
    <message>
        <source>Explain changes and warnings here; a value with a warning needs a note before it is submitted.</source>
        <translation>在此说明数值变化及预警原因；有预警的数值须填写情况说明后才能提交。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Indicator (unit)</source>
        <translation>指标（单位）</translation>
    </message>
    <message>
        <source>2030 target</source>
        <translation>2030年目标</translation>
    </message>
    <message>
        <source>Value %1</source>
        <translation>%1年数值</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The value&apos;s warning needs an explanation here before it can be submitted.</source>
        <translation>数值存在预警，须在此填写情况说明后才能提交。</translation>
    </message>
    <message>
        <source>Not saved: the connection to the server was lost. It is saved again as soon as the server answers. (%1)</source>
        <translation>未保存：与服务器的连接已断开。服务器恢复响应后将自动重新保存。（%1）</translation>
    </message>
</context>
<context>
    <name>ReturnTemplate</name>
    <message>
        <source>%1 is not a unit that leads an indicator; the units are: %2</source>
        <translation>%1不是任何指标的牵头单位；牵头单位有：%2</translation>
    </message>
    <message>
        <source>%1 is not a reporting year; the years are %2 to %3</source>
        <translation>%1不是填报年度；填报年度为%2至%3年</translation>
    </message>
    <message>
        <source>%1 %2 annual return: monitoring indicators of the women&apos;s and children&apos;s development plans</source>
        <translation>%1 %2年度妇女儿童发展规划监测指标填报表</translation>
    </message>
    <message>
        <source>Return %1</source>
        <translation>%1年填报</translation>
    </message>
    <message>
        <source>Fill in the yellow cells: the %1 value (or numerator and denominator), data source and note. Numbers only, without units; leave a row empty when there is no value yet.</source>
        <translation>请填写黄色单元格：%1年数值（或分子和分母）、数据来源和情况说明。只填数字，不带单位；暂无数值的行留空。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>&amp;Approve selected</source>
        <translation>审核通过所选(&amp;A)</translation>
    </message>
    <message>
        <source>Approve &amp;whole return</source>
        <translation>整份审核通过(&amp;W)</translation>
    </message>
    <message>
        <source>Re&amp;turn selected...</source>
        <translation>退回所选(&amp;T)...</translation>
    </message>
    <message>
        <source>Re&amp;open...</source>
        <translation>撤销审核(&amp;O)...</translation>
    </message>
    <message>
        <source>Record &amp;verdict...</source>
        <translation>录入判定(&amp;V)...</translation>
    </message>
    <message>
        <source>Approve the selected submitted values; approved values are locked.</source>
        <translation>审核通过所选的已提交数值；审核通过后数值即锁定。</translation>
    </message>
    <message>
        <source>Approve every submitted value of this unit for the year.</source>
        <translation>审核通过该单位本年度的全部已提交数值。</translation>
    </message>
    <message>
        <source>Send the selected submitted values back to the unit with a reason.</source>
        <translation>将所选的已提交数值退回填报单位，并说明原因。</translation>
    </message>
    <message>
        <source>Reopen the selected approved values with a reason; the unit may change them again.</source>
        <translation>撤销所选数值的审核并说明原因；填报单位可再次修改。</translation>
    </message>
    <message>
        <source>Record met or not met, with a reason, for a target that is judged (保持合理比例).</source>
        <translation>对需人工判定的目标（如“保持合理比例”）录入已达标或未达标，并说明理由。</translation>
    </message>
    <message>
        <source>Reporting &amp;year:</source>
        <translation>填报年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Returns by unit&lt;/b&gt; (select a unit to open its return)</source>
        <translation>&lt;b&gt;各单位填报情况&lt;/b&gt;（选择单位可打开其填报内容）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Return&lt;/b&gt;</source>
        <translation>&lt;b&gt;填报内容&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Return of %1 for %2&lt;/b&gt; (read-only)</source>
        <translation>&lt;b&gt;%1 %2年度填报&lt;/b&gt;（只读）</translation>
    </message>
    <message numerus="yes">
        <source>Approved %n value(s): %1.</source>
        <translation>
            <numerusform>已审核通过%n项数值：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no submitted value for %2 to approve.</source>
        <translation>%1在%2年度没有待审核的已提交数值。</translation>
    </message>
    <message numerus="yes">
        <source>Approved the return of %1 for %2: %n value(s).</source>
        <translation>
            <numerusform>已审核通过%1 %2年度填报，共%n项数值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Returned %n value(s) to the unit: %1.</source>
        <translation>
            <numerusform>已将%n项数值退回填报单位：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %n value(s): %1.</source>
        <translation>
            <numerusform>已撤销%n项数值的审核：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded for %1 in %2: met.</source>
        <translation>已录入%1的%2年判定：已达标。</translation>
    </message>
    <message>
        <source>Recorded for %1 in %2: not met.</source>
        <translation>已录入%1的%2年判定：未达标。</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Approve whole return</source>
        <translation>整份审核通过</translation>
    </message>
    <message numerus="yes">
        <source>Approve all %n submitted value(s) of %1 for %2? Approved values are locked.</source>
        <translation>
            <numerusform>确定审核通过%1 %2年度全部%n项已提交数值吗？审核通过后数值即锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Return to the unit</source>
        <translation>退回填报单位</translation>
    </message>
    <message>
        <source>Send %1 back to %2? The unit sees your reason beside the value and submits it again.</source>
        <translation>确定将%1退回%2吗？该单位会在数值旁看到您填写的原因，修改后重新提交。</translation>
    </message>
    <message>
        <source>Reopen approved values</source>
        <translation>撤销审核</translation>
    </message>
    <message>
        <source>Reopen %1? The values go back to %2 as returned, with your reason.</source>
        <translation>确定撤销%1的审核吗？这些数值将连同您填写的原因，以“已退回”状态返回%2。</translation>
    </message>
    <message>
        <source>Record verdict</source>
        <translation>录入判定</translation>
    </message>
    <message>
        <source>Due &amp;date...</source>
        <translation>报送截止日期(&amp;D)...</translation>
    </message>
    <message>
        <source>E&amp;xtend for unit...</source>
        <translation>单位延期(&amp;X)...</translation>
    </message>
    <message>
        <source>Export re&amp;minder list...</source>
        <translation>导出催报名单(&amp;M)...</translation>
    </message>
    <message>
        <source>Set the due date of the year&apos;s returns and reports (报送截止日期).</source>
        <translation>设置本年度数据和报告的报送截止日期。</translation>
    </message>
    <message>
        <source>Extend the due date for the selected unit, with a reason.</source>
        <translation>为所选单位延长报送截止日期（须填写原因）。</translation>
    </message>
    <message>
        <source>Save the units still owing values or their report, with the days left or past, as .xlsx for a reminder notice (催报名单).</source>
        <translation>将尚未报送数据或报告的单位及剩余或逾期天数保存为 .xlsx，用于发送催报通知（催报名单）。</translation>
    </message>
    <message>
        <source>The due date of %1 is now %2.</source>
        <translation>%1年度报送截止日期已设为 %2。</translation>
    </message>
    <message>
        <source>The %1 due date for %2 is extended to %3.</source>
        <translation>%2的%1年度报送截止日期已延至 %3。</translation>
    </message>
    <message>
        <source>reminders-%1.xlsx</source>
        <translation>催报名单-%1.xlsx</translation>
    </message>
    <message>
        <source>Export the reminder list</source>
        <translation>导出催报名单</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Reminder list of %1 written to %2.</source>
        <translation>%1年度催报名单已保存到 %2。</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>No value was chosen.</source>
        <translation>未选择数值。</translation>
    </message>
    <message>
        <source>Reason: (empty): a reason is required; the unit will read it.</source>
        <translation>原因：（空）：必须填写原因，填报单位将看到该原因。</translation>
    </message>
    <message>
        <source>There is no indicator %1.</source>
        <translation>指标%1不存在。</translation>
    </message>
    <message>
        <source>Only a reviewer records verdicts.</source>
        <translation>只有审核员可以录入判定。</translation>
    </message>
    <message>
        <source>%1 (%2) is computed from its values; it takes no verdict.</source>
        <translation>%1（%2）根据数值自动评估，无需人工判定。</translation>
    </message>
    <message>
        <source>%1 cannot approve values; that is a reviewer&apos;s act.</source>
        <translation>%1无权审核通过数值，该操作须由审核员进行。</translation>
    </message>
    <message>
        <source>%1 cannot send values back; that is a reviewer&apos;s act.</source>
        <translation>%1无权退回数值，该操作须由审核员进行。</translation>
    </message>
    <message>
        <source>%1 cannot reopen values; that is a reviewer&apos;s act.</source>
        <translation>%1无权重新打开数值，该操作须由审核员进行。</translation>
    </message>
</context>
<context>
    <name>ReviewValueModel</name>
    <message>
        <source>Not filled</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Changed (approved %1)</source>
        <translation>已修改（审核值%1）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target 2030</source>
        <translation>2030年目标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Numerator / denominator</source>
        <translation>分子/分母</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since approval</source>
        <translation>审核后变动</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>审核意见</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to a server — Fuer Monitor</source>
        <translation>连接服务器 — 妇女儿童发展规划监测系统</translation>
    </message>
    <message>
        <source>e.g. db.fuer.example.gov.cn</source>
        <translation>例如 db.fuer.example.gov.cn</translation>
    </message>
    <message>
        <source>TLS when the server offers it</source>
        <translation>服务器支持时使用TLS加密</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>必须使用TLS加密</translation>
    </message>
    <message>
        <source>TLS, certificate and host name checked</source>
        <translation>TLS加密，并核验证书和主机名</translation>
    </message>
    <message>
        <source>No TLS (only on this machine)</source>
        <translation>不加密（仅限本机）</translation>
    </message>
    <message>
        <source>The office&apos;s PostgreSQL database, as its IT staff set it up. The password is not saved.</source>
        <translation>妇儿工委办的PostgreSQL数据库，按信息技术人员提供的设置填写。密码不会保存。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>加密(&amp;T)：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>%1: please fill this in.</source>
        <translation>请填写“%1”。</translation>
    </message>
</context>
<context>
    <name>ServerSecurity</name>
    <message>
        <source>The server&apos;s own rules are for a PostgreSQL database; a file is guarded by the program.</source>
        <translation>服务器执行的规则只适用于 PostgreSQL 数据库；本机文件由程序把关。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Cannot start the setup</source>
        <translation>无法开始设置</translation>
    </message>
    <message>
        <source>Cannot read the connection&apos;s role</source>
        <translation>无法读取连接的角色</translation>
    </message>
    <message>
        <source>Cannot read the roles</source>
        <translation>无法读取角色</translation>
    </message>
    <message>
        <source>Group role %1: already there.</source>
        <translation>组角色 %1：已存在。</translation>
    </message>
    <message>
        <source>the role %1 may not create roles (CREATEROLE)</source>
        <translation>角色 %1 无权创建角色（CREATEROLE）</translation>
    </message>
    <message>
        <source>Cannot create the group role %1</source>
        <translation>无法创建组角色 %1</translation>
    </message>
    <message>
        <source>Group role %1: created.</source>
        <translation>组角色 %1：已创建。</translation>
    </message>
    <message>
        <source>Cannot create the server&apos;s functions</source>
        <translation>无法创建服务器函数</translation>
    </message>
    <message>
        <source>Cannot set the privileges</source>
        <translation>无法设置权限</translation>
    </message>
    <message>
        <source>Privileges: set for %1.</source>
        <translation>权限：已为 %1 设置。</translation>
    </message>
    <message>
        <source>Cannot set the row-level security of %1</source>
        <translation>无法设置 %1 的行级安全</translation>
    </message>
    <message>
        <source>Cannot set the policy %1 of %2</source>
        <translation>无法设置 %2 的策略 %1</translation>
    </message>
    <message numerus="yes">
        <source>Row-level security: %n table(s).</source>
        <translation>
            <numerusform>行级安全：%n 张表。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot create the server&apos;s triggers</source>
        <translation>无法创建服务器触发器</translation>
    </message>
    <message>
        <source>Audit and workflow triggers: already there, refreshed.</source>
        <translation>审计与流程触发器：已存在，已刷新。</translation>
    </message>
    <message>
        <source>Audit and workflow triggers: created.</source>
        <translation>审计与流程触发器：已创建。</translation>
    </message>
    <message>
        <source>Cannot store the setup</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <source>the connection gives no libpq handle (%1)</source>
        <translation>连接未提供 libpq 句柄（%1）</translation>
    </message>
    <message>
        <source>the server already has a role named %1 (another database&apos;s account, or a role of its own); choose another login name</source>
        <translation>服务器上已有名为 %1 的角色（其他数据库的账户或服务器自己的角色），请换一个登录名</translation>
    </message>
    <message>
        <source>Cannot read the accounts</source>
        <translation>无法读取账户</translation>
    </message>
    <message>
        <source>Cannot make the account %1 a login</source>
        <translation>无法把账户 %1 设为登录名</translation>
    </message>
    <message>
        <source>Account %1: now a login of the server; its password is to be set (users passwd %1).</source>
        <translation>账户 %1：现为服务器登录名，尚需设置密码（users passwd %1）。</translation>
    </message>
    <message>
        <source>Account %1: the server has a role of that name already; the account was disabled, and it cannot sign in until it is renamed.</source>
        <translation>账户 %1：服务器上已有同名角色；此账户已被停用，改名之前无法登录。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Sign in to change the issuing body.</source>
        <translation>请先登录，再修改发文机关。</translation>
    </message>
    <message>
        <source>Sign in to print a return.</source>
        <translation>请先登录，再打印报表。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Fuer Monitor</source>
        <translation>登录——妇女儿童发展规划监测系统</translation>
    </message>
    <message>
        <source>(choose an example account)</source>
        <translation>（选择示例账户）</translation>
    </message>
    <message>
        <source>This is a demo database (示例数据). Every example account has the password %1.</source>
        <translation>这是含示例数据的数据库，所有示例账户的密码均为%1。</translation>
    </message>
    <message>
        <source>&amp;Example account:</source>
        <translation>示例账户(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>SqliteLocks</name>
    <message>
        <source>SQLite has no unix file system layer to lock through.</source>
        <translation>SQLite没有可用于加锁的unix文件系统层。</translation>
    </message>
    <message>
        <source>SQLite does not name its fcntl and close calls.</source>
        <translation>SQLite未提供其fcntl和close调用。</translation>
    </message>
    <message>
        <source>SQLite refused to hand over its close call.</source>
        <translation>SQLite拒绝替换其close调用。</translation>
    </message>
    <message>
        <source>SQLite refused to hand over its fcntl call.</source>
        <translation>SQLite拒绝替换其fcntl调用。</translation>
    </message>
</context>
<context>
    <name>StagedOutput</name>
    <message>
        <source>Cannot write %1: cannot create a temporary file in %2: %3</source>
        <translation>无法写入%1：无法在%2中创建临时文件：%3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入%1：%2</translation>
    </message>
</context>
<context>
    <name>StatusBarChart</name>
    <message>
        <source>Indicators</source>
        <translation>指标数</translation>
    </message>
</context>
<context>
    <name>StatusSummaryModel</name>
    <message>
        <source>Both plans</source>
        <translation>两个规划合计</translation>
    </message>
    <message>
        <source>Click to list these %1 indicators on the warning board</source>
        <translation>点击在预警清单中列出这些“%1”指标</translation>
    </message>
    <message>
        <source>Met ÷ (met + not met); indicators awaiting judgement or without data are left out</source>
        <translation>已达标÷（已达标＋未达标）；待人工判定和无数据的指标不计入</translation>
    </message>
    <message>
        <source>±0</source>
        <translation>±0</translation>
    </message>
    <message>
        <source>Change of the share met in percentage points since %1</source>
        <translation>达标率较%1年的变化（百分点）</translation>
    </message>
    <message>
        <source>Plan / category</source>
        <translation>规划/领域</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Share met %1</source>
        <translation>%1年达标率</translation>
    </message>
    <message>
        <source>Change (points)</source>
        <translation>变化（百分点）</translation>
    </message>
</context>
<context>
    <name>TargetParser</name>
    <message>
        <source>The target text is empty</source>
        <translation>目标文本为空</translation>
    </message>
    <message>
        <source>The target “%1” can be read in more than one way</source>
        <translation>目标“%1”有多种理解，无法确定规则</translation>
    </message>
    <message>
        <source>The target “%1” is not a known target form</source>
        <translation>目标“%1”不是可识别的目标写法</translation>
    </message>
</context>
<context>
    <name>TargetRule</name>
    <message>
        <source>below %1</source>
        <translation>低于%1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不高于%1</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>高于%1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>不低于%1</translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation>等于%1</translation>
    </message>
    <message>
        <source>about %1 (±%2)</source>
        <translation>%1左右（±%2）</translation>
    </message>
    <message>
        <source>ratio of at least %1:%2 (1:%3)</source>
        <translation>比例达到%1:%2（即1:%3）</translation>
    </message>
    <message>
        <source>higher than the baseline</source>
        <translation>高于基期值</translation>
    </message>
    <message>
        <source>higher every year than the year before</source>
        <translation>每年高于上一年</translation>
    </message>
    <message>
        <source>not lower than the baseline</source>
        <translation>不低于基期值</translation>
    </message>
    <message>
        <source>lower than the baseline</source>
        <translation>低于基期值</translation>
    </message>
    <message>
        <source>at least %1% lower than the baseline</source>
        <translation>比基期值至少下降%1%</translation>
    </message>
    <message>
        <source>not higher than the baseline</source>
        <translation>不高于基期值</translation>
    </message>
    <message>
        <source>within %1–%2, or closer to %3 than at the baseline</source>
        <translation>处于%1–%2之间，或比基期更接近%3</translation>
    </message>
    <message>
        <source>in line with %1 (at most %2 below it)</source>
        <translation>与%1相适应（至多低于其%2）</translation>
    </message>
    <message>
        <source>not lower than %1</source>
        <translation>不低于%1</translation>
    </message>
    <message>
        <source>judged by a reviewer</source>
        <translation>由审核人判定</translation>
    </message>
    <message>
        <source>not understood: %1</source>
        <translation>无法解析：%1</translation>
    </message>
    <message>
        <source>about %1 or above (at least %2)</source>
        <translation>%1左右或以上（不低于%2）</translation>
    </message>
    <message>
        <source>about %1 or below (at most %2)</source>
        <translation>%1左右或以下（不高于%2）</translation>
    </message>
    <message>
        <source>at least %1% higher than the baseline</source>
        <translation>比基期值至少提高%1%</translation>
    </message>
    <message>
        <source>lower every year than the year before</source>
        <translation>每年均低于上一年</translation>
    </message>
    <message>
        <source>not higher than %1</source>
        <translation>不高于%1</translation>
    </message>
</context>
<context>
    <name>TodoModel</name>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>What waits, with the reviewer&apos;s reason where there is one</source>
        <translation>待办内容，有退回理由的一并列出</translation>
    </message>
    <message>
        <source>Since / due</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>When it was returned or submitted; for the due date, the date in force</source>
        <translation>退回或提交的日期；截止日期一行为现行截止日期</translation>
    </message>
</context>
<context>
    <name>TodoNotice</name>
    <message>
        <source>Show &amp;to-do</source>
        <translation>查看待办(&amp;T)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TodoPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>Go to the page that deals with the selected item.</source>
        <translation>转到处理所选事项的页面。</translation>
    </message>
    <message>
        <source>Reporting &amp;year:</source>
        <translation>填报年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Nothing waits for you in %1.</source>
        <translation>%1 年没有待办事项。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 年：%2。</translation>
    </message>
</context>
<context>
    <name>TodoService</name>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Value returned</source>
        <translation>数值被退回</translation>
    </message>
    <message>
        <source>Report returned</source>
        <translation>报告被退回</translation>
    </message>
    <message>
        <source>No value yet</source>
        <translation>尚未填报</translation>
    </message>
    <message>
        <source>Draft not submitted</source>
        <translation>草稿未提交</translation>
    </message>
    <message>
        <source>Report not submitted</source>
        <translation>报告未提交</translation>
    </message>
    <message>
        <source>Values to review</source>
        <translation>待审核数值</translation>
    </message>
    <message>
        <source>Report to review</source>
        <translation>待审核报告</translation>
    </message>
    <message>
        <source>Verdict to record</source>
        <translation>待人工判定</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今天截止</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: no value for %3 yet</source>
        <translation>%1 %2：%3 年尚未填报</translation>
    </message>
    <message>
        <source>%1 %2 returned: %3</source>
        <translation>%1 %2 被退回：%3</translation>
    </message>
    <message>
        <source>%1 %2 returned by %3 on %4: %5</source>
        <translation>%1 %2 于 %4 被 %3 退回：%5</translation>
    </message>
    <message>
        <source>%1 %2: saved as a draft, not submitted</source>
        <translation>%1 %2：已存为草稿，尚未提交</translation>
    </message>
    <message>
        <source>The annual report %1 was returned: %2</source>
        <translation>%1 年度报告被退回：%2</translation>
    </message>
    <message>
        <source>The annual report %1 was returned by %2 on %3: %4</source>
        <translation>%1 年度报告于 %3 被 %2 退回：%4</translation>
    </message>
    <message>
        <source>The annual report %1 is a draft, not submitted</source>
        <translation>%1 年度报告为草稿，尚未提交</translation>
    </message>
    <message>
        <source>The annual report %1 is not written yet</source>
        <translation>%1 年度报告尚未撰写</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) still to submit</source>
        <translation>
            <numerusform>还有 %n 项数值待提交</numerusform>
        </translation>
    </message>
    <message>
        <source>the annual report still to submit</source>
        <translation>年度报告待提交</translation>
    </message>
    <message>
        <source>Due %1 (extended: %2): %3, %4</source>
        <translation>截止日期 %1（已延期：%2）：%3，%4</translation>
    </message>
    <message>
        <source>Due %1: %2, %3</source>
        <translation>截止日期 %1：%2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) waiting for review since %2 (%3)</source>
        <translation>
            <numerusform>%1：%n 项数值待审核，最早于 %2 提交（%3）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the annual report %2 submitted on %3, waiting for review</source>
        <translation>%1：%2 年度报告已于 %3 提交，待审核</translation>
    </message>
    <message>
        <source>%1 %2: a value for %3 and no verdict yet (target: %4)</source>
        <translation>%1 %2：已有 %3 年数值，尚未人工判定（目标：%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) returned</source>
        <translation>
            <numerusform>%n 项数值被退回</numerusform>
        </translation>
    </message>
    <message>
        <source>the annual report returned</source>
        <translation>年度报告被退回</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not submitted</source>
        <translation>
            <numerusform>%n 项草稿未提交</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s) without a value</source>
        <translation>
            <numerusform>%n 项指标尚未填报</numerusform>
        </translation>
    </message>
    <message>
        <source>the annual report not submitted</source>
        <translation>年度报告未提交</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of %1 unit(s) to review</source>
        <translation>
            <numerusform>%1 个单位的 %n 项数值待审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annual report(s) to review</source>
        <translation>
            <numerusform>%n 份年度报告待审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n verdict(s) to record</source>
        <translation>
            <numerusform>%n 项待人工判定</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1; due %2, %3</source>
        <translation>%1；截止日期 %2，%3</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Target band %1–%2</source>
        <translation>目标区间%1–%2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标%1</translation>
    </message>
    <message>
        <source>Projection to %1</source>
        <translation>推算至%1年</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Not yet approved</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>%1年基期值</translation>
    </message>
    <message>
        <source>Mid-term %1</source>
        <translation>%1年中期值</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>TsvTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取%1：%2</translation>
    </message>
</context>
<context>
    <name>UnitReportPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Sa&amp;ve as…</source>
        <translation>另存为(&amp;V)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Submit report</source>
        <translation>报送报告(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Return to unit…</source>
        <translation>退回单位(&amp;R)…</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>审核通过(&amp;P)</translation>
    </message>
    <message>
        <source>The report was submitted for review.</source>
        <translation>报告已报送审核。</translation>
    </message>
    <message>
        <source>The report was approved.</source>
        <translation>报告已审核通过。</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attachments&lt;/b&gt; (PDF, DOCX, PNG or JPEG, at most %1 MB each)</source>
        <translation>&lt;b&gt;附件&lt;/b&gt;（PDF、DOCX、PNG 或 JPEG，每个最大 %1 MB）</translation>
    </message>
    <message>
        <source>There is no unit whose report this account may read.</source>
        <translation>本账号没有可查看年度报告的单位。</translation>
    </message>
    <message>
        <source>%1 · %2 KB · %3, %4</source>
        <translation>%1 · %2 KB · %3，%4</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>The database is closed.</source>
        <translation>数据库已关闭。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>已全部保存 %1</translation>
    </message>
    <message>
        <source>Return the report</source>
        <translation>退回报告</translation>
    </message>
    <message>
        <source>Why is the report of %1 for %2 returned? The unit sees this reason.</source>
        <translation>为什么退回 %1 %2 年度报告？单位将看到此理由。</translation>
    </message>
    <message>
        <source>The report was returned to %1.</source>
        <translation>报告已退回 %1。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Choose an attachment first.</source>
        <translation>请先选择附件。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Attach a file to the report</source>
        <translation>为报告添加附件</translation>
    </message>
    <message>
        <source>Documents and images (*.pdf *.docx *.png *.jpg *.jpeg)</source>
        <translation>文档和图片 (*.pdf *.docx *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 was attached.</source>
        <translation>已添加附件 %1。</translation>
    </message>
    <message>
        <source>Save the attachment</source>
        <translation>保存附件</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · annual report %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 年度报告</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>last changed by %1 at %2</source>
        <translation>%1 最后修改于 %2</translation>
    </message>
    <message>
        <source>submitted %1</source>
        <translation>报送于 %1</translation>
    </message>
    <message>
        <source>Returned by the reviewer: %1</source>
        <translation>审核员退回理由：%1</translation>
    </message>
    <message>
        <source>(nothing written)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>What was done for %1 this year</source>
        <translation>本年度%1方面的落实情况</translation>
    </message>
    <message>
        <source>Difficulties and shortcomings met this year</source>
        <translation>本年度遇到的困难和不足</translation>
    </message>
    <message>
        <source>What the unit will do next year</source>
        <translation>本单位下一年的工作安排</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>Reviewer</source>
        <translation>审核员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>填报员</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>锁定至%1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;New account...</source>
        <translation>新建账户(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset password...</source>
        <translation>重置密码(&amp;R)...</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>The password of %1 was changed.</source>
        <translation>%1的密码已修改。</translation>
    </message>
    <message>
        <source>&amp;Edit account...</source>
        <translation>编辑账户(&amp;E)...</translation>
    </message>
    <message>
        <source>Change the name, role and unit of the selected account.</source>
        <translation>修改所选账户的姓名、角色和单位。</translation>
    </message>
    <message>
        <source>The account %1 was changed.</source>
        <translation>账户 %1 已修改。</translation>
    </message>
</context>
<context>
    <name>ValueBounds</name>
    <message>
        <source>Bounds: %1 to %2: expected a lower bound at most the upper one.</source>
        <translation>取值界限：%1至%2：下限应不高于上限。</translation>
    </message>
    <message>
        <source>Bounds: %1 to %2: expected bounds within %3 to %4, what %5 can take.</source>
        <translation>取值界限：%1至%2：应在%5可取的%3至%4以内。</translation>
    </message>
    <message>
        <source>a value without unit</source>
        <translation>无单位的数值</translation>
    </message>
    <message>
        <source>Usual range: %1 to %2: expected a range within the bounds %3 to %4.</source>
        <translation>通常范围：%1至%2：应在取值界限%3至%4以内。</translation>
    </message>
</context>
<context>
    <name>ValueCsvStream</name>
    <message>
        <source>%1: unknown encoding; expected UTF-8 or GB18030</source>
        <translation>%1：未知编码；应为UTF-8或GB18030</translation>
    </message>
    <message>
        <source>This system cannot read GB18030 text; save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>本系统无法读取GB18030编码的文本；请将文件另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>near byte %1 (line %2 or below)</source>
        <translation>约在第%1字节（第%2行或其后）</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (%1); choose the encoding GB18030 or save it as &quot;CSV UTF-8&quot;.</source>
        <translation>文件不是UTF-8文本（%1）；请选择GB18030编码，或将其另存为“CSV UTF-8”。</translation>
    </message>
    <message>
        <source>The file is not GB18030 text (%1); save it as &quot;CSV UTF-8&quot;.</source>
        <translation>文件不是GB18030文本（%1）；请将其另存为“CSV UTF-8”。</translation>
    </message>
</context>
<context>
    <name>ValueExport</name>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>%1 %2 (%3), %4: the text holds a NUL character, which an .xlsx cell cannot hold; correct the text and export again, or export as CSV</source>
        <translation>%1 %2年（%3），%4：文本含有NUL字符，.xlsx单元格无法保存；请修改文本后重新导出，或导出为CSV</translation>
    </message>
    <message>
        <source>district</source>
        <translation>全区</translation>
    </message>
    <message>
        <source>%1 %2 (%3), %4: the text has %5 characters, more than the %6 an Excel cell holds; shorten it and export again, or export as CSV</source>
        <translation>%1 %2年（%3），%4：文本有%5个字符，超过Excel单元格最多%6个字符的限制；请缩短后重新导出，或导出为CSV</translation>
    </message>
</context>
<context>
    <name>ValueFileImport</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: 第%2行：%3</translation>
    </message>
    <message>
        <source>%1: an Excel 97-2003 (.xls) or WPS (.et) workbook, which is not read here; open it in WPS, Excel or LibreOffice and save it as an Excel workbook (文件 &gt; 另存为 &gt; Excel 工作簿 *.xlsx) or as CSV UTF-8, then import that file</source>
        <translation>%1: 这是Excel 97-2003（.xls）或WPS（.et）工作簿，本程序不能读取；请用WPS、Excel或LibreOffice打开，另存为Excel工作簿（文件 &gt; 另存为 &gt; Excel 工作簿 *.xlsx）或CSV UTF-8，再导入另存的文件</translation>
    </message>
    <message>
        <source>%1: the file has %2 MB; a CSV file of values may have at most %3 MB</source>
        <translation>%1: 文件大小为%2 MB，CSV数值文件最大为%3 MB</translation>
    </message>
</context>
<context>
    <name>ValueImport</name>
    <message>
        <source>line %1: %2: %3: %4</source>
        <translation>第%1行：%2：%3：%4</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as &quot;CSV UTF-8&quot;.</source>
        <translation>文件不是UTF-8文本，请另存为“CSV UTF-8”格式。</translation>
    </message>
    <message>
        <source>The file is empty; expected a header row with code, year, value.</source>
        <translation>文件为空；应有包含code、year、value列的表头行。</translation>
    </message>
    <message>
        <source>header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>one of the columns %1</source>
        <translation>应为以下列之一：%1</translation>
    </message>
    <message>
        <source>each column once</source>
        <translation>每列只能出现一次</translation>
    </message>
    <message>
        <source>a column named %1</source>
        <translation>应有名为%1的列</translation>
    </message>
    <message>
        <source>an indicator code of the catalog, such as W01 or C10a</source>
        <translation>应为指标目录中的指标编号，如W01或C10a</translation>
    </message>
    <message>
        <source>an indicator that %1 leads; %2 %3 is reported by its lead unit %4</source>
        <translation>应为%1牵头的指标；%2 %3由其牵头单位%4填报</translation>
    </message>
    <message>
        <source>an area the database knows (or the option --add-areas)</source>
        <translation>应为数据库中已有的地区（或使用 --add-areas 选项）</translation>
    </message>
    <message>
        <source>each indicator, area and year once in a file (%1 %2 is repeated)</source>
        <translation>同一文件中每个指标、地区和年份只能出现一次（%1 %2重复）</translation>
    </message>
    <message>
        <source>The file has a header but no rows.</source>
        <translation>文件只有表头，没有数据行。</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>what a value rule expects</comment>
        <translation>应为%1</translation>
    </message>
    <message>
        <source>(a problem past the first %1, not listed)</source>
        <translation>（超出前%1个问题，未列出）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s), not listed; correct the ones above and read the file again</source>
        <translation>
            <numerusform>……另有%n个问题未列出；请先改正以上问题，再重新读取文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueRepository</name>
    <message>
        <source>The database is busy: %1</source>
        <translation>数据库忙：%1</translation>
    </message>
    <message>
        <source>There is no indicator %1.</source>
        <translation>指标%1不存在。</translation>
    </message>
    <message>
        <source>The area %1 is not known.</source>
        <translation>地区%1不存在。</translation>
    </message>
    <message>
        <source>no transaction</source>
        <translation>没有事务</translation>
    </message>
</context>
<context>
    <name>ValueRules</name>
    <message>
        <source>a number, e.g. 92.6</source>
        <translation>数字，如92.6</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>无计量单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2: expected %3.</source>
        <translation>%1：%2：应为%3。</translation>
    </message>
    <message>
        <source>a year from %1 to %2</source>
        <translation>%1至%2年之间的年份</translation>
    </message>
    <message>
        <source>text without control characters, line breaks and tabs apart (%1 at character %2)</source>
        <translation>不含控制字符的文本（换行和制表符除外；第%2个字符为%1）</translation>
    </message>
    <message>
        <source>one line of text without control characters (%1 at character %2)</source>
        <translation>不含控制字符的单行文本（第%2个字符为%1）</translation>
    </message>
    <message>
        <source>at most %1 characters (this text has %2)</source>
        <translation>不超过%1个字符的文本（此文本有%2个字符）</translation>
    </message>
    <message>
        <source>a count without a % sign</source>
        <translation>不带%号的数量</translation>
    </message>
    <message>
        <source>a number that is not negative</source>
        <translation>非负数</translation>
    </message>
    <message>
        <source>a ratio such as 1:1.6, or a number, e.g. 1.6</source>
        <translation>比值（如1:1.6）或数字（如1.6）</translation>
    </message>
    <message>
        <source>a number of ‰ without a % sign (%1 is measured in ‰: %2% would be %3‰)</source>
        <translation>以‰计、不带%号的数（%1的计量单位为‰：%2%即%3‰）</translation>
    </message>
    <message>
        <source>a number without a % sign (%1 is measured in %2)</source>
        <translation>不带%号的数（%1的计量单位为%2）</translation>
    </message>
    <message>
        <source>a number without a ‰ sign (%1 is measured in %2)</source>
        <translation>不带‰号的数（%1的计量单位为%2）</translation>
    </message>
    <message>
        <source>a number up to %1</source>
        <translation>不超过%1的数</translation>
    </message>
    <message>
        <source>numerator and denominator together: both or neither</source>
        <translation>分子和分母同时填写或同时不填</translation>
    </message>
    <message>
        <source>a number above 0</source>
        <translation>大于0的数</translation>
    </message>
    <message>
        <source>at most the denominator %1</source>
        <translation>不超过分母%1的数</translation>
    </message>
    <message>
        <source>the value that numerator ÷ denominator gives, %1</source>
        <translation>与分子÷分母的结果一致的数值，即%1</translation>
    </message>
    <message>
        <source>a percentage from 0 to 100</source>
        <translation>0至100之间的百分比</translation>
    </message>
    <message>
        <source>a value per mille from 0 to 1000</source>
        <translation>0至1000之间的千分比</translation>
    </message>
    <message>
        <source>a value from %1 to %2</source>
        <translation>%1至%2之间的数值</translation>
    </message>
    <message>
        <source>a value from %1 to %2 %3</source>
        <translation>%1至%2%3之间的数值</translation>
    </message>
    <message>
        <source>a value in the usual range %1 to %2, or a note that explains it</source>
        <translation>通常范围%1至%2以内的数值，或在情况说明中解释原因</translation>
    </message>
    <message>
        <source>a value in the usual range %1 to %2 %3, or a note that explains it</source>
        <translation>通常范围%1至%2%3以内的数值，或在情况说明中解释原因</translation>
    </message>
</context>
<context>
    <name>ValueState</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
</context>
<context>
    <name>ValueTableModel</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最后修改</translation>
    </message>
</context>
<context>
    <name>ValueWorkflowRepository</name>
    <message>
        <source>There is no indicator %1.</source>
        <translation>指标%1不存在。</translation>
    </message>
    <message>
        <source>There is no indicator %1 or no area %2.</source>
        <translation>指标%1或地区%2不存在。</translation>
    </message>
    <message>
        <source>The database is busy: %1</source>
        <translation>数据库忙：%1</translation>
    </message>
    <message>
        <source>%1 %2 is %3 and can no longer be changed by its unit.</source>
        <translation>%1（%2年）%3，填报单位不能再修改。</translation>
    </message>
    <message>
        <source>%1 %2 is %3; only a draft can be removed.</source>
        <translation>%1（%2年）%3；只能删除草稿。</translation>
    </message>
    <message>
        <source>%1 %2 has no value yet.</source>
        <translation>%1（%2年）尚无数值。</translation>
    </message>
    <message>
        <source>%1 %2 is %3; it cannot be changed to %4.</source>
        <translation>%1（%2年）%3，不能改为%4。</translation>
    </message>
    <message>
        <source>no value yet</source>
        <translation>尚无数值</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>%1 %2 was removed by someone else since you began (you started from %3); nothing was saved and your entry is kept. Save it again to store it.</source>
        <translation>%1 %2年的数值在您开始编辑后已被他人删除（您编辑时为%3）；未保存任何内容，您填写的内容仍保留。请再次保存。</translation>
    </message>
    <message>
        <source>%1 %2 was changed by %3 at %4 since you began: it is now %5, %6 (version %7); you started from %8. Nothing was saved and your entry is kept; edit it again to save yours over it.</source>
        <translation>%1 %2年的数值在您开始编辑后已由%3于%4修改：现为%5，%6（第%7版）；您编辑时为%8。未保存任何内容，您填写的内容仍保留；再次编辑即可用您的数值覆盖。</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>他人</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <source>&amp;Met</source>
        <translation>已达标(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Not met</source>
        <translation>未达标(&amp;N)</translation>
    </message>
    <message>
        <source>Record verdict</source>
        <translation>录入判定</translation>
    </message>
    <message>
        <source>%1
Target: %2
Verdict for %3:</source>
        <translation>%1
目标：%2
%3年判定：</translation>
    </message>
    <message>
        <source>&amp;Reason (required; the assessment quotes it):</source>
        <translation>理由（必填，评估结果将引用）(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>WarningBoardModel</name>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target 2030</source>
        <translation>2030年目标</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>最新值</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>达标状态</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>达标预判</translation>
    </message>
    <message>
        <source>Fluctuation</source>
        <translation>波动</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>评估依据</translation>
    </message>
</context>
<context>
    <name>XlsxDocument</name>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2, without a unit.</source>
        <translation>请输入%1至%2之间的数字，不带单位。</translation>
    </message>
    <message>
        <source>Enter a number of at least %1, without a unit.</source>
        <translation>请输入不小于%1的数字，不带单位。</translation>
    </message>
    <message>
        <source>%1: cannot be written: out of memory</source>
        <translation>%1: 无法写入：内存不足</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: 无法写入：%2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1: part %2: a document type declaration (DOCTYPE or ENTITY) is not allowed; the file is refused</source>
        <translation>%1: 部件%2：不允许包含文档类型声明（DOCTYPE或ENTITY），已拒绝该文件</translation>
    </message>
    <message>
        <source>%1: sheet %2: row %3</source>
        <translation>%1: 工作表%2：第%3行</translation>
    </message>
    <message>
        <source>%1: sheet %2: row %3, column %4</source>
        <translation>%1: 工作表%2：第%3行，%4列</translation>
    </message>
    <message>
        <source>%1: not a spreadsheet (.xlsx) file: it has no workbook part</source>
        <translation>%1: 不是电子表格（.xlsx）文件：缺少工作簿部件</translation>
    </message>
    <message>
        <source>%1: the workbook has no worksheet</source>
        <translation>%1: 工作簿中没有工作表</translation>
    </message>
    <message>
        <source>%1: there is no sheet %2; the sheets are %3</source>
        <translation>%1: 没有工作表%2；现有工作表为%3</translation>
    </message>
    <message>
        <source>%1: formulas are not read; paste values (Paste Special, Values) instead</source>
        <translation>%1: 不读取公式，请改为粘贴数值（选择性粘贴→数值）</translation>
    </message>
    <message>
        <source>%1: the cell points to a shared string that does not exist; the file is damaged</source>
        <translation>%1: 单元格引用了不存在的共享字符串，文件已损坏</translation>
    </message>
    <message>
        <source>%1: more than %2 rows hold text; a file of values may have at most %2 rows</source>
        <translation>%1: 有内容的行超过%2行；数值文件最多%2行</translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s only sheets are hidden (%2); unhide the sheet with the values (Excel and WPS: right-click a sheet tab, Unhide; LibreOffice: Sheet, Show Sheet), save and import again</source>
        <translation>%1: 工作簿中的工作表均已隐藏（%2）；请取消隐藏存放数值的工作表（Excel和WPS：右键单击工作表标签→取消隐藏；LibreOffice：工作表→显示工作表），保存后重新导入</translation>
    </message>
    <message>
        <source>%1: part %2 is damaged (XML line %3, column %4: %5)</source>
        <translation>%1: 部件%2已损坏（XML第%3行第%4列：%5）</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1: 第%2行</translation>
    </message>
    <message>
        <source>%1: line %2, column %3</source>
        <translation>%1: 第%2行，%3列</translation>
    </message>
    <message>
        <source>%1: the cell shows the error %2; correct it, or clear the cell</source>
        <translation>%1: 单元格显示错误值%2；请更正或清空该单元格</translation>
    </message>
    <message>
        <source>%1: the row number %2 is damaged (rows must come in order, up to 1048576)</source>
        <translation>%1: 行号%2已损坏（行须按顺序排列，最大为1048576）</translation>
    </message>
    <message>
        <source>%1: part %2 is damaged (a cell outside a row, XML line %3)</source>
        <translation>%1: 部件%2已损坏（XML第%3行：单元格不在任何行内）</translation>
    </message>
    <message>
        <source>%1: the cell reference %2 is damaged</source>
        <translation>%1: 单元格引用%2已损坏</translation>
    </message>
    <message>
        <source>%1: the cell %2 lies outside its row; the file is damaged</source>
        <translation>%1: 单元格%2不在其所在行内，文件已损坏</translation>
    </message>
    <message>
        <source>%1: the table is wider than %2 columns</source>
        <translation>%1: 表格超过%2列</translation>
    </message>
    <message>
        <source>, beyond what the XML parser takes from a file</source>
        <translation>，超出了XML解析器对单个文件的限制</translation>
    </message>
</context>
<context>
    <name>XlsxValueTable</name>
    <message>
        <source>%1: sheet %2: no header row in rows 1 to %3; expected the columns code, year, value (or the return template&apos;s %4 and %5)</source>
        <translation>%1: 工作表%2：第1至%3行中没有表头行；应包含code、year、value列（或填报模板的“%4”和“%5”列）</translation>
    </message>
    <message>
        <source>%1: merged cells %2 in the table; unmerge them so that each value has its own cell</source>
        <translation>%1: 表格中有合并单元格%2；请取消合并，使每个数值各占一个单元格</translation>
    </message>
    <message>
        <source>%1 (%2): a year from %3 to %4</source>
        <translation>%1（%2）：应为%3至%4年之间的年份</translation>
    </message>
    <message>
        <source>%1: sheet %2: no value is filled in; enter the %3 values in the yellow cells</source>
        <translation>%1: 工作表%2：未填写任何数值；请在黄色单元格中填写%3年数值</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: 无法读取：%2</translation>
    </message>
    <message>
        <source>%1: the file is password-protected or an old .xls workbook; remove the password or save it as an Excel workbook (.xlsx) and try again</source>
        <translation>%1: 文件设有密码或为旧版.xls工作簿；请取消密码或另存为Excel工作簿（.xlsx）后重试</translation>
    </message>
    <message>
        <source>%1: not a spreadsheet (.xlsx) file</source>
        <translation>%1: 不是电子表格（.xlsx）文件</translation>
    </message>
    <message>
        <source>%1: the file is password-protected; remove the password and try again</source>
        <translation>%1: 文件设有密码，请取消密码后重试</translation>
    </message>
    <message>
        <source>%1: the file unpacks to %2 MB, more than the %3 MB a return may have</source>
        <translation>%1: 文件解压后为%2 MB，超过填报文件上限%3 MB</translation>
    </message>
    <message>
        <source>%1: the part %2 is missing; the file is damaged or not a workbook</source>
        <translation>%1: 缺少部件%2；文件已损坏或不是工作簿</translation>
    </message>
    <message>
        <source>%1: the part %2 would unpack %3 times its size; the file is refused as a zip bomb</source>
        <translation>%1: 部件%2解压后将膨胀至原大小的%3倍，已作为压缩炸弹拒绝</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to %3 MB, more than the %4 MB allowed</source>
        <translation>%1: 部件%2解压后为%3 MB，超过允许的%4 MB</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be unpacked</source>
        <translation>%1: 部件%2无法解压</translation>
    </message>
    <message>
        <source>%1: the part %2 unpacks to more than it declares; the file is refused as a zip bomb</source>
        <translation>%1: 部件%2解压后超过其声明的大小，已作为压缩炸弹拒绝</translation>
    </message>
    <message>
        <source>%1: the file is damaged (part %2 cannot be unpacked)</source>
        <translation>%1: 文件已损坏（部件%2无法解压）</translation>
    </message>
    <message>
        <source>%1: the part %2 uses a compression this program does not read (method %3)</source>
        <translation>%1: 部件%2使用了本程序不支持的压缩方式（方法%3）</translation>
    </message>
    <message>
        <source>%1: the file is damaged (part %2 fails its checksum)</source>
        <translation>%1: 文件已损坏（部件%2校验失败）</translation>
    </message>
    <message>
        <source>%1: the file is damaged (its zip directory cannot be read: no end record in its last 64 KB; the file is cut short or not a zip)</source>
        <translation>%1: 文件已损坏（无法读取zip目录：文件末尾64 KB内没有目录结束记录；文件不完整或不是zip文件）</translation>
    </message>
    <message>
        <source>%1: the file is damaged (its zip directory cannot be read at byte %2 of %3)</source>
        <translation>%1: 文件已损坏（zip目录在第%2字节处无法读取，文件共%3字节）</translation>
    </message>
    <message>
        <source>%1: the file has %2 MB, more than the %3 MB a spreadsheet of values may have</source>
        <translation>%1: 文件大小为%2 MB，超过数值电子表格上限%3 MB</translation>
    </message>
    <message>
        <source>%1: the parts %2 and %3 have names that differ only in case; a workbook cannot hold both, so the file is refused (save it again from the spreadsheet program)</source>
        <translation>%1: 部件%2和%3的名称仅大小写不同；工作簿不能同时包含二者，已拒绝该文件（请用电子表格程序重新保存）</translation>
    </message>
    <message>
        <source>%1: the file is damaged (part %2 cannot be found at byte %3)</source>
        <translation>%1: 文件已损坏（在第%3字节处找不到部件%2）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Fuer Monitor</source>
        <translation>妇女儿童发展规划监测系统</translation>
    </message>
    <message>
        <source>No display: the window cannot open (DISPLAY and WAYLAND_DISPLAY are not set). The commands work without one, e.g. fuer-monitor report --year 2025 --out summary.pdf; see fuer-monitor --help.</source>
        <translation>没有可用的显示器，无法打开窗口（未设置 DISPLAY 和 WAYLAND_DISPLAY）。命令行命令无需显示器即可使用，例如 fuer-monitor report --year 2025 --out summary.pdf；详见 fuer-monitor --help。</translation>
    </message>
</context>
</TS>
