#pragma once

#include "model/indicator.h"

#include <QByteArray>
#include <QVector>

// The catalog as a table: code,plan,category,number,name,measure_unit,target,attribute,units
// (units joined with ';', lead first).
class CatalogExport
{
public:
    static QStringList columns();
    static QByteArray toCsv(const QVector<Indicator> &indicators);
    static QByteArray toJson(const QVector<Indicator> &indicators);
};
