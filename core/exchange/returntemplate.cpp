#include "returntemplate.h"

#include "model/valuebounds.h"

#include "reportsheet.h"
#include "xlsxdocument.h"

#include "storage/catalogrepository.h"
#include "storage/reportrepository.h"
#include "storage/settingsrepository.h"
#include "storage/valuerepository.h"

#include <QRegularExpression>

namespace {
using Style = XlsxDocument::Style;

struct ColumnSpec
{
    QString header;
    double width;
};

// Widths in characters; a CJK character takes about two.
QVector<ColumnSpec> columnSpecs(int year)
{
    return {{ReturnTemplate::codeHeader(), 8},
            {QStringLiteral("指标名称"), 34},
            {QStringLiteral("计量单位"), 8},
            {QStringLiteral("2030年目标"), 14},
            {QStringLiteral("%1年").arg(year - 3), 9},
            {QStringLiteral("%1年").arg(year - 2), 9},
            {QStringLiteral("%1年").arg(year - 1), 9},
            {ReturnTemplate::valueHeader(year), 11},
            {QStringLiteral("分子"), 10},
            {QStringLiteral("分母"), 10},
            {QStringLiteral("数据来源"), 16},
            {QStringLiteral("情况说明"), 26}};
}
} // namespace

QString ReturnTemplate::codeHeader()
{
    return QStringLiteral("指标代码");
}

QStringList ReturnTemplate::signatureLabels()
{
    return {QStringLiteral("填报人"), QStringLiteral("联系电话"), QStringLiteral("审核人"),
            QStringLiteral("单位负责人（签字）"), QStringLiteral("填报日期")};
}

QString ReturnTemplate::stampLabel()
{
    return QStringLiteral("（单位盖章）");
}

QString ReturnTemplate::unitLabel()
{
    return QStringLiteral("填报单位");
}

QString ReturnTemplate::valueHeader(int year)
{
    return QStringLiteral("%1年数值").arg(year);
}

bool ReturnTemplate::parseValueHeader(const QString &text, int *year)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{4})\\s*年\\s*数值\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return false;
    *year = m.captured(1).toInt();
    return true;
}

QHash<QString, QString> ReturnTemplate::inputHeaders()
{
    return {{QStringLiteral("分子"), QStringLiteral("numerator")},
            {QStringLiteral("分母"), QStringLiteral("denominator")},
            {QStringLiteral("数据来源"), QStringLiteral("source")},
            {QStringLiteral("情况说明"), QStringLiteral("note")}};
}

bool ReturnTemplate::write(QSqlDatabase db, const QString &unit, int year, const QString &path, QString *error)
{
    CatalogRepository catalog(db);
    const QVector<Indicator> all = catalog.indicators();
    QStringList leads; // units that report at least one value, in the catalog's order
    for (const ResponsibleUnit &u : catalog.units()) {
        for (const Indicator &ind : all) {
            if (ind.leadUnit() == u.name) {
                leads.append(u.name);
                break;
            }
        }
    }
    if (!leads.contains(unit)) {
        *error = tr("%1 is not a unit that leads an indicator; the units are: %2")
                     .arg(unit, leads.join(QStringLiteral("、")));
        return false;
    }
    const QVector<int> years = catalog.reportingYears();
    if (!years.contains(year)) {
        *error = tr("%1 is not a reporting year; the years are %2 to %3")
                     .arg(year)
                     .arg(years.value(0))
                     .arg(years.isEmpty() ? 0 : years.last());
        return false;
    }
    const bool demo = SettingsRepository(db).isDemo();
    ValueRepository values(db);

    XlsxDocument doc(path);
    const QString title = tr("%1 %2 annual return: monitoring indicators of the women's and children's "
                             "development plans")
                              .arg(unit)
                              .arg(year)
        + (demo ? QStringLiteral("（示例数据）") : QString());
    doc.setTitle(title);
    doc.addSheet(tr("Return %1").arg(year));
    doc.setPageSetup(XlsxDocument::Orientation::Landscape, HeaderRow);
    const QVector<ColumnSpec> specs = columnSpecs(year);
    for (int c = 0; c < specs.size(); ++c)
        doc.setColumnWidth(c, specs.at(c).width);

    doc.setRowHeight(0, 24);
    doc.writeText(0, 0, title, Style::Title);
    doc.writeText(UnitRow, 0, unitLabel(), Style::Subtitle);
    doc.writeText(UnitRow, 1, unit, Style::Subtitle);
    doc.writeText(UnitRow, 2, QStringLiteral("填报年度"), Style::Subtitle);
    doc.writeNumber(UnitRow, 3, year, Style::Subtitle);
    doc.writeText(2, 0,
                  tr("Fill in the yellow cells: the %1 value (or numerator and denominator), data source and note. "
                     "Numbers only, without units; leave a row empty when there is no value yet.")
                      .arg(year),
                  Style::Subtitle);
    doc.setRowHeight(HeaderRow, 30);
    for (int c = 0; c < specs.size(); ++c)
        doc.writeText(HeaderRow, c, specs.at(c).header, Style::Header);

    int row = FirstDataRow;
    for (const Indicator &ind : all) {
        if (ind.leadUnit() != unit)
            continue;
        QHash<int, double> previous;
        for (const ValueRecord &r : values.valuesOf(ind.code))
            previous.insert(r.year, r.value);
        doc.writeText(row, Code, ind.code);
        doc.writeText(row, Name, ind.name, Style::WrappedText);
        doc.writeText(row, MeasureUnit, ind.measureUnit);
        doc.writeText(row, Target, ind.targetText, Style::WrappedText);
        for (int c = Previous1; c <= Previous3; ++c) {
            const int y = year - 3 + (c - Previous1);
            doc.writeNumber(row, c, previous.contains(y) ? std::optional<double>(previous.value(y)) : std::nullopt);
        }
        for (int c = Value; c <= Denominator; ++c)
            doc.writeBlank(row, c, Style::InputNumber);
        doc.writeBlank(row, Source, Style::InputText);
        doc.writeBlank(row, Note, Style::InputText);
        // The same hard bounds the import checks, so Excel refuses 960 in a % cell already.
        const ValueBounds bounds = ValueBounds::of(ind);
        doc.validateNumbers(row, Value, row, Value, bounds.hardLow, bounds.hardHigh);
        ++row;
    }
    doc.validateNumbers(FirstDataRow, Numerator, row - 1, Denominator, 0.0);
    doc.freezePanes(FirstDataRow, Name + 1);

    // The signature lines, a row below the table: label in B, the yellow cell over
    // C:D; the second column of lines in E:F and G:I; the seal's area over K:L.
    const QStringList labels = signatureLabels();
    const int first = row + 1;
    const struct
    {
        int row;
        int labelColumn; // the label over labelColumn .. inputColumn - 1
        int inputColumn;
        int inputLast;
    } places[] = {{first, Name, MeasureUnit, Target},
                  {first, Previous1, Previous3, Numerator},
                  {first + 1, Name, MeasureUnit, Target},
                  {first + 2, Name, MeasureUnit, Target},
                  {first + 1, Previous1, Previous3, Numerator}};
    for (int i = 0; i < labels.size(); ++i) {
        const auto &p = places[i];
        if (p.inputColumn - p.labelColumn > 1)
            doc.mergeRange(p.row, p.labelColumn, p.row, p.inputColumn - 1, labels.at(i), Style::Label);
        else
            doc.writeText(p.row, p.labelColumn, labels.at(i), Style::Label);
        doc.mergeRange(p.row, p.inputColumn, p.row, p.inputLast, QString(), Style::InputText);
    }
    for (int r = first; r <= first + 2; ++r)
        doc.setRowHeight(r, 30);
    doc.mergeRange(first, Source, first + 2, Note, stampLabel(), Style::Stamp);
    doc.protect();

    QString readError;
    const std::optional<UnitReport> report = ReportRepository(db).read(unit, year, &readError);
    if (!report) {
        *error = readError;
        return false;
    }
    ReportSheet::write(&doc, *report);
    return doc.save(error);
}
