#include "catalogexport.h"

#include "csvwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QStringList cells(const Indicator &ind)
{
    return {ind.code,
            ind.planCode,
            ind.category,
            ind.number,
            ind.name,
            ind.measureUnit,
            ind.targetText,
            Indicator::attributeText(ind.attribute),
            ind.units.join(QLatin1Char(';'))};
}
} // namespace

QStringList CatalogExport::columns()
{
    return {QStringLiteral("code"),   QStringLiteral("plan"),      QStringLiteral("category"),
            QStringLiteral("number"), QStringLiteral("name"),      QStringLiteral("measure_unit"),
            QStringLiteral("target"), QStringLiteral("attribute"), QStringLiteral("units")};
}

QByteArray CatalogExport::toCsv(const QVector<Indicator> &indicators)
{
    CsvWriter w;
    w.addRow(columns());
    for (const Indicator &ind : indicators)
        w.addRow(cells(ind));
    return w.toUtf8();
}

QByteArray CatalogExport::toJson(const QVector<Indicator> &indicators)
{
    QJsonArray rows;
    const QStringList names = columns();
    for (const Indicator &ind : indicators) {
        const QStringList values = cells(ind);
        QJsonObject o;
        for (int i = 0; i < names.size(); ++i)
            o.insert(names.at(i), values.at(i));
        o.insert(QStringLiteral("units"), QJsonArray::fromStringList(ind.units));
        rows.append(o);
    }
    return QJsonDocument(rows).toJson(QJsonDocument::Indented);
}
