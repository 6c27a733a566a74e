#pragma once

#include "model/valuerecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

// Values as the CSV that `values import` reads back: code,year,value,numerator,
// denominator,source,note,area; numbers as the shortest text that reads back as the
// same double. An export of a demo database says so in a title line above the
// header (demoMark()), which the import passes over, so the notes read back as
// they are. The .xlsx form holds the same table (numbers as numbers) under a row
// of Chinese column names, and reads back the same way: texts are written so that
// they read back unchanged (_xHHHH_ kept literally), and a text an .xlsx cannot
// hold (a NUL, more than 32,767 characters) makes the export refuse, naming it.
class ValueExport
{
    Q_DECLARE_TR_FUNCTIONS(ValueExport)

public:
    static QStringList columns();
    static QStringList chineseColumns(); // 指标代码, 年度, 数值 …: fixed, the import knows them
    static QString demoMark();
    static QString numberText(double value); // "0.1", "1234567.25": shortest, no exponent
    static QByteArray toCsv(const QVector<ValueRecord> &records, const QString &defaultAreaName, bool demo);
    // `chineseLabels` adds the row of Chinese names above the CSV column names.
    static bool toXlsx(const QString &path, const QVector<ValueRecord> &records, const QString &defaultAreaName,
                       bool demo, QString *error, bool chineseLabels = true);

private:
    static bool checkCellTexts(const QVector<ValueRecord> &records, QString *error);
};
