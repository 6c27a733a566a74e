#include "completenessexport.h"

#include "csvwriter.h"
#include "xlsxdocument.h"

namespace {
bool daysShown(const UnitCompleteness &u, const QDate &today)
{
    switch (u.timeliness()) {
    case UnitCompleteness::Timeliness::OnTime:
        return false;
    case UnitCompleteness::Timeliness::Late:
        return true;
    case UnitCompleteness::Timeliness::Missing:
        return u.daysLate(today) > 0;
    }
    return false;
}

bool writeTable(const QString &path, const QString &title, const QString &sheet, const QStringList &labels,
                const QVector<QStringList> &rows, const QVector<double> &widths, QString *error)
{
    using Style = XlsxDocument::Style;
    XlsxDocument doc(path);
    doc.setTitle(title);
    doc.addSheet(sheet);
    for (int c = 0; c < widths.size(); ++c)
        doc.setColumnWidth(c, widths.at(c));
    constexpr int headerRow = 1;
    doc.setPageSetup(XlsxDocument::Orientation::Landscape, headerRow);
    doc.setRowHeight(0, 24);
    doc.writeText(0, 0, title, Style::Title);
    for (int c = 0; c < labels.size(); ++c)
        doc.writeText(headerRow, c, labels.at(c), Style::Header);
    doc.freezePanes(headerRow + 1, 1);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            bool number = false;
            const int n = rows.at(r).at(c).toInt(&number);
            if (number && c > 0)
                doc.writeNumber(headerRow + 1 + r, c, double(n));
            else
                doc.writeText(headerRow + 1 + r, c, rows.at(r).at(c), Style::WrappedText);
        }
    }
    return doc.save(error);
}
} // namespace

QStringList CompletenessExport::columns()
{
    return {QStringLiteral("unit"),         QStringLiteral("indicators"), QStringLiteral("filled"),
            QStringLiteral("submitted"),    QStringLiteral("approved"),   QStringLiteral("returned"),
            QStringLiteral("report_state"), QStringLiteral("due"),        QStringLiteral("status"),
            QStringLiteral("days_late")};
}

QString CompletenessExport::statusKey(UnitCompleteness::Timeliness t)
{
    switch (t) {
    case UnitCompleteness::Timeliness::OnTime:
        return QStringLiteral("on_time");
    case UnitCompleteness::Timeliness::Late:
        return QStringLiteral("late");
    case UnitCompleteness::Timeliness::Missing:
        return QStringLiteral("missing");
    }
    return QString();
}

QVector<QStringList> CompletenessExport::rows(const QVector<UnitCompleteness> &units, const QDate &today)
{
    QVector<QStringList> out;
    for (const UnitCompleteness &u : units) {
        out.append({u.unit, QString::number(u.indicators), QString::number(u.indicators - u.notFilled),
                    QString::number(u.submitted), QString::number(u.approved), QString::number(u.returned),
                    u.reportState.isEmpty() ? QStringLiteral("none") : u.reportState, u.dueDate.toString(Qt::ISODate),
                    statusKey(u.timeliness()), daysShown(u, today) ? QString::number(u.daysLate(today)) : QString()});
    }
    return out;
}

QByteArray CompletenessExport::toCsv(const QVector<UnitCompleteness> &units, const QDate &today)
{
    CsvWriter w;
    w.addRow(columns());
    for (const QStringList &row : rows(units, today))
        w.addRow(row);
    return w.toUtf8();
}

bool CompletenessExport::toXlsx(const QString &path, const QVector<UnitCompleteness> &units, int year,
                                const QDate &today, QString *error)
{
    return writeTable(path, tr("Completeness of the returns, %1").arg(year), tr("Completeness %1").arg(year), columns(),
                      rows(units, today), {24, 10, 8, 10, 9, 9, 13, 12, 9, 10}, error);
}

QString CompletenessExport::missingText(const UnitCompleteness &u)
{
    QStringList parts;
    const int owing = u.indicators - u.delivered();
    if (owing > 0)
        parts << tr("%1 of %2 indicators not submitted").arg(owing).arg(u.indicators);
    if (!u.reportDelivered()) {
        if (u.reportState == QLatin1String("returned"))
            parts << tr("report returned");
        else
            parts << tr("report not submitted");
    }
    return parts.join(QStringLiteral("; "));
}

QStringList CompletenessExport::reminderLabels()
{
    return {tr("Unit"), tr("Missing"), tr("Due date"), tr("Days left"), tr("Days past")};
}

QVector<QStringList> CompletenessExport::reminderRows(const QVector<UnitCompleteness> &units, const QDate &today)
{
    QVector<QStringList> out;
    for (const UnitCompleteness &u : units) {
        if (u.everythingDelivered())
            continue;
        const int days = u.daysLate(today);
        out.append({u.unit, missingText(u), u.dueDate.toString(Qt::ISODate),
                    days <= 0 ? QString::number(-days) : QString(), days > 0 ? QString::number(days) : QString()});
    }
    return out;
}

QByteArray CompletenessExport::reminderCsv(const QVector<UnitCompleteness> &units, const QDate &today)
{
    CsvWriter w;
    w.addRow(reminderLabels());
    for (const QStringList &row : reminderRows(units, today))
        w.addRow(row);
    return w.toUtf8();
}

bool CompletenessExport::reminderXlsx(const QString &path, const QVector<UnitCompleteness> &units, int year,
                                      const QDate &today, QString *error)
{
    return writeTable(
        path, tr("Units still owing returns for %1 (as of %2)").arg(year).arg(today.toString(Qt::ISODate)),
        tr("Reminders %1").arg(year), reminderLabels(), reminderRows(units, today), {24, 50, 12, 10, 10}, error);
}
