#pragma once

#include "model/valuerecord.h"

#include <QByteArray>
#include <QVector>

// Values as the CSV that `values import` reads back: code,year,value,numerator,
// denominator,source,note,area. Values of a demo database say 示例数据 in their note.
class ValueExport
{
public:
    static QStringList columns();
    static QByteArray toCsv(const QVector<ValueRecord> &records, const QString &defaultAreaName, bool demo);
};
