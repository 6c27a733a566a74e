#include "valueexport.h"

#include "csvwriter.h"
#include "numberparser.h"

QStringList ValueExport::columns()
{
    return {QStringLiteral("code"),        QStringLiteral("year"),   QStringLiteral("value"),
            QStringLiteral("numerator"),   QStringLiteral("denominator"), QStringLiteral("source"),
            QStringLiteral("note"),        QStringLiteral("area")};
}

QByteArray ValueExport::toCsv(const QVector<ValueRecord> &records, const QString &defaultAreaName, bool demo)
{
    CsvWriter w;
    w.addRow(columns());
    const QString demoMark = QStringLiteral("示例数据");
    for (const ValueRecord &r : records) {
        QString note = r.note;
        if (demo && !note.contains(demoMark))
            note = note.isEmpty() ? demoMark : demoMark + QStringLiteral("；") + note;
        w.addRow({r.indicatorCode,
                  QString::number(r.year),
                  NumberParser::format(r.value, 6),
                  r.numerator ? NumberParser::format(*r.numerator, 6) : QString(),
                  r.denominator ? NumberParser::format(*r.denominator, 6) : QString(),
                  r.source,
                  note,
                  r.area.isEmpty() ? defaultAreaName : r.area});
    }
    return w.toUtf8();
}
