#include "odsreader.h"

#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QSet>
#include <QXmlStreamReader>

namespace {
const QString kContent = QStringLiteral("content.xml");

QString numberText(QStringView value)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    return ok ? QString::number(d, 'f', QLocale::FloatingPointShortest) : value.toString();
}

// "PT13H45M00S" -> "13:45".
QString durationText(QStringView value)
{
    int hours = 0;
    int minutes = 0;
    double seconds = 0;
    QString digits;
    bool inTime = false;
    for (QChar c : value) {
        if (c == u'T') {
            inTime = true;
        } else if (c.isDigit() || c == u'.') {
            digits += c;
        } else if (inTime && c == u'H') {
            hours = digits.toInt();
            digits.clear();
        } else if (inTime && c == u'M') {
            minutes = digits.toInt();
            digits.clear();
        } else if (inTime && c == u'S') {
            seconds = digits.toDouble();
            digits.clear();
        } else {
            digits.clear();
        }
    }
    const int s = int(seconds + 0.5);
    QString text = QStringLiteral("%1:%2").arg(hours, 2, 10, QLatin1Char('0')).arg(minutes, 2, 10, QLatin1Char('0'));
    if (s)
        text += QStringLiteral(":%1").arg(s, 2, 10, QLatin1Char('0'));
    return text;
}

// The text of a cell: its paragraphs, one per line, with <text:s/> spaces,
// tabs and line breaks.
QString paragraphs(QXmlStreamReader &xml)
{
    QString text;
    int paragraph = 0;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            const QStringView n = xml.name();
            if (n == u"p" || n == u"h") {
                if (paragraph++ > 0)
                    text += QLatin1Char('\n');
            } else if (n == u"s") {
                const int count = qBound(1, xml.attributes().value(QLatin1String("text:c")).toInt(), 1024);
                text += QString(count, QLatin1Char(' '));
            } else if (n == u"tab") {
                text += QLatin1Char('\t');
            } else if (n == u"line-break") {
                text += QLatin1Char('\n');
            } else if (n == u"annotation") {
                xml.skipCurrentElement(); // a comment, not the cell's text
                --depth;
            }
        } else if (xml.isEndElement()) {
            --depth;
        } else if (xml.isCharacters() && depth >= 2) {
            text += xml.text();
        }
    }
    return text;
}
} // namespace

bool OdsReader::isOds(ZipArchive &zip)
{
    if (!zip.contains(kContent))
        return false;
    QByteArray mimetype;
    QString ignored;
    if (zip.contains(QStringLiteral("mimetype")) && zip.read(QStringLiteral("mimetype"), &mimetype, &ignored, 1024))
        return mimetype.trimmed().startsWith("application/vnd.oasis.opendocument.spreadsheet");
    return !zip.contains(QStringLiteral("xl/workbook.xml"));
}

bool OdsReader::read(ZipArchive &zip, const QString &file, XlsxReader::Sheet *sheet, QString *error,
                     const QString &sheetName, const XlsxReader::Limits &limits)
{
    const std::unique_ptr<QIODevice> device = zip.openPart(kContent, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    QSet<QString> hiddenStyles; // table styles with table:display="false"
    QStringList names;
    QStringList hidden;
    bool found = false;
    QString styleName;
    auto damaged = [&]() {
        *error = tr("%1: part %2 is damaged (XML line %3, column %4: %5)")
                     .arg(file, kContent)
                     .arg(xml.lineNumber())
                     .arg(xml.columnNumber())
                     .arg(xml.errorString());
        return false;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD) {
            *error = tr("%1: part %2: a document type declaration (DOCTYPE or ENTITY) is not allowed; the file is "
                        "refused")
                         .arg(file, kContent);
            return false;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView n = xml.name();
        if (n == u"style" && xml.attributes().value(QLatin1String("style:family")) == u"table") {
            styleName = xml.attributes().value(QLatin1String("style:name")).toString();
        } else if (n == u"table-properties" && xml.attributes().value(QLatin1String("table:display")) == u"false") {
            hiddenStyles.insert(styleName);
        } else if (n == u"table") {
            const QString name = xml.attributes().value(QLatin1String("table:name")).toString();
            const bool visible = !hiddenStyles.contains(
                xml.attributes().value(QLatin1String("table:style-name")).toString());
            names.append(name);
            if (!visible)
                hidden.append(name);
            const bool wanted = sheetName.isEmpty() ? visible : name == sheetName;
            if (!wanted || found) {
                xml.skipCurrentElement();
                continue;
            }
            found = true;
            sheet->name = name;
            // The table, row by row.
            int rowNumber = 0;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"table")
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() != u"table-row")
                    continue;
                const int rowsRepeated = qMax(
                    1, xml.attributes().value(QLatin1String("table:number-rows-repeated")).toInt());
                QVector<XlsxReader::Cell> cells;
                QVector<XlsxReader::CellProblem> problems; // rows and columns filled in below
                QVector<XlsxReader::Range> merges;
                int column = 0;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isEndElement() && xml.name() == u"table-row")
                        break;
                    if (!xml.isStartElement())
                        continue;
                    const bool covered = xml.name() == u"covered-table-cell";
                    if (!covered && xml.name() != u"table-cell") {
                        xml.skipCurrentElement();
                        continue;
                    }
                    const QXmlStreamAttributes a = xml.attributes();
                    const int repeated = qMax(1, a.value(QLatin1String("table:number-columns-repeated")).toInt());
                    const QStringView type = a.value(QLatin1String("office:value-type"));
                    const QStringView value = a.value(QLatin1String("office:value"));
                    const bool formula = !a.value(QLatin1String("table:formula")).isEmpty();
                    const int spanColumns = a.value(QLatin1String("table:number-columns-spanned")).toInt();
                    const int spanRows = a.value(QLatin1String("table:number-rows-spanned")).toInt();
                    QString text;
                    if (type == u"float" || type == u"currency")
                        text = numberText(value);
                    else if (type == u"percentage")
                        text = XlsxReader::shiftedDecimal(value.toDouble(), 2) + QLatin1Char('%');
                    else if (type == u"date")
                        text = XlsxReader::isoDateText(a.value(QLatin1String("office:date-value")).toString());
                    else if (type == u"time")
                        text = durationText(a.value(QLatin1String("office:time-value")));
                    else if (type == u"boolean")
                        text = a.value(QLatin1String("office:boolean-value")) == u"true" ? QStringLiteral("TRUE")
                                                                                         : QStringLiteral("FALSE");
                    const QString shown = paragraphs(xml); // reads to the cell's end
                    if (type == u"string" || type.isEmpty())
                        text = shown;
                    if (covered)
                        text.clear();
                    if (text.isEmpty() && !formula) {
                        if (spanColumns > 1 || spanRows > 1)
                            merges.append({0, column, qMax(1, spanRows) - 1, column + qMax(1, spanColumns) - 1, {}});
                        column += repeated; // may be 16,000: nothing is stored
                        continue;
                    }
                    if (column + repeated > XlsxReader::MaxColumns) {
                        *error = tr("%1: sheet %2: row %3: the table is wider than %4 columns")
                                     .arg(file, name)
                                     .arg(rowNumber + 1)
                                     .arg(XlsxReader::MaxColumns);
                        return false;
                    }
                    for (int k = 0; k < repeated; ++k) {
                        if (formula)
                            problems.append({0, column, QString()});
                        if (spanColumns > 1 || spanRows > 1)
                            merges.append({0, column, qMax(1, spanRows) - 1, column + qMax(1, spanColumns) - 1, {}});
                        if (!text.isEmpty())
                            cells.append({column, text});
                        ++column;
                    }
                }
                if (cells.isEmpty() && problems.isEmpty() && merges.isEmpty()) {
                    rowNumber += rowsRepeated; // LibreOffice pads to row 1,048,576
                    continue;
                }
                for (int k = 0; k < rowsRepeated; ++k) {
                    ++rowNumber;
                    if (rowNumber > 1048576)
                        break;
                    sheet->beginRow(rowNumber);
                    for (const XlsxReader::Cell &c : cells)
                        sheet->addCell(c.column, c.text);
                    sheet->endRow();
                    for (const XlsxReader::CellProblem &p : problems)
                        sheet->problems.append(
                            {rowNumber, p.column,
                             XlsxReader::tr("%1: formulas are not read; paste values (Paste Special, Values) instead")
                                 .arg(XlsxReader::location(*sheet, rowNumber, p.column))});
                    for (XlsxReader::Range m : merges) {
                        m.firstRow = rowNumber;
                        m.lastRow += rowNumber;
                        m.text = XlsxReader::columnName(m.firstColumn) + QString::number(m.firstRow) + QLatin1Char(':')
                            + XlsxReader::columnName(m.lastColumn) + QString::number(m.lastRow);
                        sheet->merged.append(m);
                    }
                    if (sheet->rowCount() > limits.maxRows) {
                        *error = XlsxReader::tr("%1: more than %2 rows hold text; a file of values may have at most "
                                                "%2 rows")
                                     .arg(XlsxReader::location(*sheet, rowNumber))
                                     .arg(limits.maxRows);
                        return false;
                    }
                }
            }
            // The other tables are skipped, read only for their names (a return's
            // second sheet is its report).
        }
    }
    if (!ZipArchive::partError(device.get()).isEmpty()) {
        *error = ZipArchive::partError(device.get());
        return false;
    }
    if (xml.hasError())
        return damaged();
    sheet->sheetNames = names;
    if (!found) {
        if (sheetName.isEmpty() && !hidden.isEmpty() && hidden.size() == names.size()) {
            *error = XlsxReader::tr("%1: the workbook's only sheets are hidden (%2); unhide the sheet with the values "
                                    "(Excel and WPS: right-click a sheet tab, Unhide; LibreOffice: Sheet, Show Sheet), "
                                    "save and import again")
                         .arg(file, hidden.join(QStringLiteral(", ")));
        } else {
            *error = sheetName.isEmpty() ? XlsxReader::tr("%1: the workbook has no worksheet").arg(file)
                                         : XlsxReader::tr("%1: there is no sheet %2; the sheets are %3")
                                               .arg(file, sheetName, names.join(QStringLiteral(", ")));
        }
        return false;
    }
    return true;
}
