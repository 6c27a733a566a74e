#pragma once

#include <QString>

// A responsible unit (责任单位). Member units report values; the monitoring group
// (区统计局) and the committee office (区妇儿工委办) review them.
struct ResponsibleUnit
{
    enum class Kind { Member, Monitoring, Office };

    int id = 0;
    QString name;
    Kind kind = Kind::Member;

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString &key);
};
