#pragma once

#include "model/valuerecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

// Values as the CSV that `values import` reads back: code,year,value,numerator,
// denominator,source,note,area. Values of a demo database say 示例数据 in their note.
// The .xlsx form holds the same table (numbers as numbers) under a row of Chinese
// column names, and reads back the same way.
class ValueExport
{
    Q_DECLARE_TR_FUNCTIONS(ValueExport)

public:
    static QStringList columns();
    static QStringList chineseColumns(); // 指标代码, 年度, 数值 …: fixed, the import knows them
    static QByteArray toCsv(const QVector<ValueRecord> &records, const QString &defaultAreaName, bool demo);
    // `chineseLabels` adds the row of Chinese names above the CSV column names.
    static bool toXlsx(const QString &path, const QVector<ValueRecord> &records, const QString &defaultAreaName,
                       bool demo, QString *error, bool chineseLabels = true);

private:
    static QString noteOf(const ValueRecord &record, bool demo);
};
