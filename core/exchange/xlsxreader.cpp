#include "xlsxreader.h"

#include "odsreader.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

#include <charconv>
#include <cmath>

namespace {

// Refuses a DOCTYPE in any part: entity declarations are how "billion laughs" and
// external-entity attacks enter, and no spreadsheet program writes one.
bool refuseDtd(QXmlStreamReader &xml, const QString &file, const QString &part, QString *error)
{
    if (xml.tokenType() != QXmlStreamReader::DTD)
        return false;
    *error = QCoreApplication::translate("XlsxReader",
                                         "%1: part %2: a document type declaration (DOCTYPE or ENTITY) is not allowed; "
                                         "the file is refused")
                 .arg(file, part);
    return true;
}

bool xmlFailed(const QXmlStreamReader &xml, const QString &file, const QString &part, QString *error)
{
    if (!xml.hasError())
        return false;
    *error = QCoreApplication::translate("XlsxReader", "%1: part %2 is damaged (XML line %3, column %4: %5)")
                 .arg(file, part)
                 .arg(xml.lineNumber())
                 .arg(xml.columnNumber())
                 .arg(xml.errorString());
    return true;
}

// Relationship id -> target part, resolved against the folder of `owner`.
bool readRelationships(ZipArchive &zip, const QString &owner, const QString &file, QHash<QString, QString> *targets,
                       QHash<QString, QString> *types, QString *error)
{
    // The package's own relationships (owner empty) live in _rels/.rels.
    const QFileInfo info(owner);
    const QString dir = owner.isEmpty() || info.path() == QLatin1String(".") ? QString() : info.path();
    const QString relsPart = (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) + QStringLiteral("_rels/")
        + (owner.isEmpty() ? QString() : info.fileName()) + QStringLiteral(".rels");
    if (!zip.contains(relsPart))
        return true;
    QByteArray bytes;
    if (!zip.read(relsPart, &bytes, error))
        return false;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml, file, relsPart, error))
            return false;
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const QString target = xml.attributes().value(QLatin1String("Target")).toString();
            const QString resolved = target.startsWith(QLatin1Char('/'))
                ? target.mid(1)
                : QDir::cleanPath((dir.isEmpty() ? QString() : dir + QLatin1Char('/')) + target);
            const QString id = xml.attributes().value(QLatin1String("Id")).toString();
            targets->insert(id, resolved);
            types->insert(id, xml.attributes().value(QLatin1String("Type")).toString());
        }
    }
    return !xmlFailed(xml, file, relsPart, error);
}

// Concatenates the <t> runs of a string item, leaving out phonetic guides (<rPh>).
QString readRichText(QXmlStreamReader &xml, QStringView endName)
{
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return XlsxReader::decodeEscapes(text);
}

// A device of ZipArchive::openPart stops on a broken limit or checksum; that is
// the message, rather than the XML parser's "premature end".
bool partFailed(const QIODevice *device, QString *error)
{
    const QString failure = ZipArchive::partError(device);
    if (failure.isEmpty())
        return false;
    *error = failure;
    return true;
}

bool readSharedStrings(ZipArchive &zip, const QString &part, const QString &file, QStringList *strings, QString *error)
{
    const std::unique_ptr<QIODevice> device = zip.openPart(part, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml, file, part, error))
            return false;
        if (xml.isStartElement() && xml.name() == u"si")
            strings->append(readRichText(xml, u"si"));
    }
    return !partFailed(device.get(), error) && !xmlFailed(xml, file, part, error);
}

// The number format of each cell style (cellXfs, by the cells' s="" index).
bool readStyles(ZipArchive &zip, const QString &part, const QString &file, QVector<XlsxReader::Format> *formats,
                QString *error)
{
    QByteArray bytes;
    if (!zip.read(part, &bytes, error))
        return false;
    QHash<int, XlsxReader::Format> custom;
    QXmlStreamReader xml(bytes);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml, file, part, error))
            return false;
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == u"numFmt") {
            custom.insert(a.value(QLatin1String("numFmtId")).toInt(),
                          XlsxReader::classifyFormat(a.value(QLatin1String("formatCode")).toString()));
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            formats->append(custom.contains(id) ? custom.value(id) : XlsxReader::builtinFormat(id));
            xml.skipCurrentElement();
        }
    }
    return !xmlFailed(xml, file, part, error);
}

// Excel stores 92.6 as "92.599999999999994"; people typed 92.6.
QString numberText(const QString &v)
{
    if (v.size() <= 15 && !v.contains(QLatin1Char('E')) && !v.contains(QLatin1Char('e')))
        return v;
    bool ok = false;
    const double d = v.toDouble(&ok);
    return ok ? QString::number(d, 'f', QLocale::FloatingPointShortest) : v;
}

bool parseRange(const QString &text, XlsxReader::Range *range)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    range->text = text;
    if (!XlsxReader::parseCellReference(parts.value(0), &range->firstRow, &range->firstColumn))
        return false;
    if (parts.size() == 1) {
        range->lastRow = range->firstRow;
        range->lastColumn = range->firstColumn;
        return true;
    }
    return XlsxReader::parseCellReference(parts.value(1), &range->lastRow, &range->lastColumn);
}

int hexDigit(QChar c)
{
    const ushort u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

// An ISO date or date-time (t="d" cells, ODS office:date-value) as seen.
QString isoDateText(const QString &iso)
{
    const QString date = iso.left(10);
    if (!QDate::fromString(date, Qt::ISODate).isValid())
        return iso;
    QString time = iso.mid(11, 8);
    if (time.isEmpty() || time == QLatin1String("00:00:00"))
        return date;
    if (time.endsWith(QLatin1String(":00")))
        time.chop(3);
    return date + QLatin1Char(' ') + time;
}

} // namespace

QStringList XlsxReader::Sheet::row(int i, int width) const
{
    QStringList out;
    const int begin = rowStart.at(i);
    const int end = i + 1 < rowStart.size() ? rowStart.at(i + 1) : int(cells.size());
    int w = end > begin ? cells.at(end - 1).column + 1 : 0;
    if (width >= 0)
        w = qMin(w, width);
    out.reserve(w);
    for (int k = begin; k < end && cells.at(k).column < w; ++k) {
        while (out.size() < cells.at(k).column)
            out.append(QString());
        out.append(cells.at(k).text);
    }
    return out;
}

int XlsxReader::Sheet::rowWidth(int i) const
{
    const int end = i + 1 < rowStart.size() ? rowStart.at(i + 1) : int(cells.size());
    return end > rowStart.at(i) ? cells.at(end - 1).column + 1 : 0;
}

void XlsxReader::Sheet::beginRow(int number)
{
    rowStart.append(int(cells.size()));
    rowNumbers.append(number);
}

void XlsxReader::Sheet::addCell(int column, const QString &text)
{
    if (text.isEmpty())
        return;
    // A cell written twice (hand-made files) keeps its last text.
    if (cells.size() > rowStart.last() && cells.last().column >= column) {
        if (cells.last().column == column) {
            cells.last().text = text;
            return;
        }
        // Out of order: insert in place, rows are short.
        int at = int(cells.size());
        while (at > rowStart.last() && cells.at(at - 1).column > column)
            --at;
        if (at > rowStart.last() && cells.at(at - 1).column == column)
            cells[at - 1].text = text;
        else
            cells.insert(at, Cell{column, text});
        return;
    }
    cells.append(Cell{column, text});
}

void XlsxReader::Sheet::endRow()
{
    // A row without text is not kept.
    if (!rowStart.isEmpty() && rowStart.last() == cells.size()) {
        rowStart.removeLast();
        rowNumbers.removeLast();
    }
}

QString XlsxReader::columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

bool XlsxReader::parseCellReference(QStringView reference, int *row, int *column)
{
    int i = 0;
    int col = 0;
    while (i < reference.size() && reference.at(i).isLetter() && reference.at(i).unicode() < 128) {
        col = col * 26 + (reference.at(i).toUpper().unicode() - u'A' + 1);
        if (col > 16384)
            return false;
        ++i;
    }
    if (i == 0 || i == reference.size())
        return false;
    bool ok = false;
    const int r = reference.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > 1048576)
        return false;
    *row = r;
    *column = col - 1;
    return true;
}

QString XlsxReader::location(const Sheet &sheet, int row, int column)
{
    if (sheet.csv) {
        if (column < 0)
            return tr("%1: line %2").arg(sheet.fileName).arg(row);
        return tr("%1: line %2, column %3").arg(sheet.fileName).arg(row).arg(columnName(column));
    }
    if (column < 0)
        return tr("%1: sheet %2: row %3").arg(sheet.fileName, sheet.name).arg(row);
    return tr("%1: sheet %2: row %3, column %4").arg(sheet.fileName, sheet.name).arg(row).arg(columnName(column));
}

QString XlsxReader::decodeEscapes(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < n && text.at(i + 1) == QLatin1Char('x')
            && text.at(i + 6) == QLatin1Char('_')) {
            int code = 0;
            bool hex = true;
            for (int k = 2; k < 6 && hex; ++k) {
                const int d = hexDigit(text.at(i + k));
                hex = d >= 0;
                code = code * 16 + d;
            }
            if (hex) {
                out.append(QChar(char16_t(code)));
                i += 6;
                continue;
            }
        }
        out.append(text.at(i));
    }
    return out;
}

QString XlsxReader::shiftedDecimal(double value, int shift)
{
    if (!std::isfinite(value))
        return QString::number(value);
    if (value == 0)
        return QStringLiteral("0");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    const std::string s(buffer, result.ptr);
    // "-6.83e-01": sign, digits without the point, exponent.
    const bool negative = s.front() == '-';
    const size_t e = s.find('e');
    std::string digits;
    for (size_t i = negative ? 1 : 0; i < e; ++i) {
        if (s[i] != '.')
            digits += s[i];
    }
    const int exponent = std::stoi(s.substr(e + 1));
    const int point = exponent + 1 + shift; // digits before the decimal point
    std::string out;
    if (point <= 0)
        out = "0." + std::string(size_t(-point), '0') + digits;
    else if (point >= int(digits.size()))
        out = digits + std::string(size_t(point - int(digits.size())), '0');
    else
        out = digits.substr(0, size_t(point)) + "." + digits.substr(size_t(point));
    return QString::fromLatin1((negative ? "-" : "") + out);
}

QString XlsxReader::dateText(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) // after 9999-12-31
        return QString();
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qint64(std::llround((serial - double(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    QString time;
    if (seconds > 0) {
        time = QStringLiteral("%1:%2")
                   .arg(seconds / 3600, 2, 10, QLatin1Char('0'))
                   .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'));
        if (seconds % 60)
            time += QStringLiteral(":%1").arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    QString date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    } else if (days == 0) {
        return time.isEmpty() ? QStringLiteral("1900-01-00") : time; // a time of day alone
    } else if (days == 60) {
        date = QStringLiteral("1900-02-29"); // Lotus 1-2-3's leap day, kept by Excel
    } else {
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
    }
    return time.isEmpty() ? date : date + QLatin1Char(' ') + time;
}

XlsxReader::Format XlsxReader::classifyFormat(const QString &code)
{
    bool percent = false;
    const int n = int(code.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = code.at(i);
        if (c == QLatin1Char('"')) {
            while (++i < n && code.at(i) != QLatin1Char('"')) {
            }
        } else if (c == QLatin1Char('[')) {
            while (++i < n && code.at(i) != QLatin1Char(']')) {
            }
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // an escaped character, a space as wide as one, a fill character
        } else if (c == QLatin1Char('%')) {
            percent = true;
        } else {
            const char16_t l = c.toLower().unicode();
            if (l == u'y' || l == u'm' || l == u'd' || l == u'h' || l == u's')
                return Format::Date;
        }
    }
    return percent ? Format::Percent : Format::General;
}

XlsxReader::Format XlsxReader::builtinFormat(int id)
{
    if (id == 9 || id == 10)
        return Format::Percent;
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return Format::Date;
    return Format::General;
}

QString XlsxReader::isoDateText(const QString &iso)
{
    return ::isoDateText(iso);
}

bool XlsxReader::read(const QString &path, Sheet *sheet, QString *error, const QString &sheetName)
{
    return read(path, sheet, error, sheetName, Limits());
}

bool XlsxReader::read(const QString &path, Sheet *sheet, QString *error, const QString &sheetName, const Limits &limits,
                      bool *ods)
{
    *sheet = Sheet();
    sheet->fileName = QFileInfo(path).fileName();
    const QString file = sheet->fileName;
    ZipArchive zip(path, limits.zip);
    if (!zip.open(error))
        return false;
    if (OdsReader::isOds(zip)) {
        if (ods)
            *ods = true;
        return OdsReader::read(zip, file, sheet, error, sheetName, limits);
    }

    QHash<QString, QString> targets;
    QHash<QString, QString> types;
    if (!readRelationships(zip, QString(), file, &targets, &types, error))
        return false;
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    for (auto it = types.constBegin(); it != types.constEnd(); ++it) {
        if (it.value().endsWith(QLatin1String("/officeDocument")))
            workbookPart = targets.value(it.key());
    }
    if (!zip.contains(workbookPart)) {
        *error = tr("%1: not a spreadsheet (.xlsx) file: it has no workbook part").arg(file);
        return false;
    }
    targets.clear();
    types.clear();
    if (!readRelationships(zip, workbookPart, file, &targets, &types, error))
        return false;

    // The sheets in workbook order: name and relationship id.
    QByteArray bytes;
    if (!zip.read(workbookPart, &bytes, error))
        return false;
    QString sheetPart;
    QStringList names;
    QStringList hidden;
    bool date1904 = false;
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (refuseDtd(xml, file, workbookPart, error))
                return false;
            if (!xml.isStartElement())
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            if (xml.name() == u"workbookPr") {
                const QStringView v = a.value(QLatin1String("date1904"));
                date1904 = v == u"1" || v == u"true";
                continue;
            }
            if (xml.name() != u"sheet")
                continue;
            const QString name = a.value(QLatin1String("name")).toString();
            const QString state = a.value(QLatin1String("state")).toString();
            names.append(name);
            const bool visible = state.isEmpty() || state == QLatin1String("visible");
            if (!visible)
                hidden.append(name);
            const bool wanted = sheetName.isEmpty() ? visible : name == sheetName;
            if (wanted && sheetPart.isEmpty()) {
                // r:id; transitional and strict OOXML use different namespaces.
                for (const QXmlStreamAttribute &attribute : a) {
                    if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty())
                        sheetPart = targets.value(attribute.value().toString());
                }
                sheet->name = name;
            }
        }
        if (xmlFailed(xml, file, workbookPart, error))
            return false;
    }
    if (sheetPart.isEmpty() && sheetName.isEmpty() && !hidden.isEmpty() && hidden.size() == names.size()) {
        *error = tr("%1: the workbook's only sheets are hidden (%2); unhide the sheet with the values "
                    "(Excel and WPS: right-click a sheet tab, Unhide; LibreOffice: Sheet, Show Sheet), "
                    "save and import again")
                     .arg(file, hidden.join(QStringLiteral(", ")));
        return false;
    }
    if (sheetPart.isEmpty() || !zip.contains(sheetPart)) {
        *error = sheetName.isEmpty()
            ? tr("%1: the workbook has no worksheet").arg(file)
            : tr("%1: there is no sheet %2; the sheets are %3").arg(file, sheetName, names.join(QStringLiteral(", ")));
        return false;
    }

    QStringList shared;
    QString sharedPart;
    QString stylesPart;
    for (auto it = types.constBegin(); it != types.constEnd(); ++it) {
        if (it.value().endsWith(QLatin1String("/sharedStrings")))
            sharedPart = targets.value(it.key());
        else if (it.value().endsWith(QLatin1String("/styles")))
            stylesPart = targets.value(it.key());
    }
    if (sharedPart.isEmpty() && zip.contains(QStringLiteral("xl/sharedStrings.xml")))
        sharedPart = QStringLiteral("xl/sharedStrings.xml");
    if (stylesPart.isEmpty() && zip.contains(QStringLiteral("xl/styles.xml")))
        stylesPart = QStringLiteral("xl/styles.xml");
    if (!sharedPart.isEmpty() && zip.contains(sharedPart) && !readSharedStrings(zip, sharedPart, file, &shared, error))
        return false;
    QVector<Format> formats;
    if (!stylesPart.isEmpty() && zip.contains(stylesPart) && !readStyles(zip, stylesPart, file, &formats, error))
        return false;

    bytes.clear();
    const std::unique_ptr<QIODevice> device = zip.openPart(sheetPart, error);
    if (!device)
        return false;
    QXmlStreamReader xml(device.get());
    int rowNumber = 0;
    int column = -1;
    bool inRow = false;
    auto closeRow = [&] {
        if (inRow)
            sheet->endRow();
        inRow = false;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml, file, sheetPart, error) || partFailed(device.get(), error))
            return false;
        if (xml.isEndElement() && xml.name() == u"row") {
            closeRow();
            if (sheet->rowCount() > limits.maxRows) {
                *error = tr("%1: more than %2 rows hold text; a file of values may have at most %2 rows")
                             .arg(location(*sheet, rowNumber))
                             .arg(limits.maxRows);
                return false;
            }
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"row") {
            closeRow();
            bool ok = false;
            const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            const int next = ok ? r : rowNumber + 1;
            if (next <= rowNumber || next > 1048576) {
                *error = tr("%1: the row number %2 is damaged (rows must come in order, up to 1048576)")
                             .arg(location(*sheet, rowNumber))
                             .arg(next);
                return false;
            }
            rowNumber = next;
            column = -1;
            sheet->beginRow(rowNumber);
            inRow = true;
        } else if (name == u"c") {
            if (!inRow) {
                *error = tr("%1: part %2 is damaged (a cell outside a row, XML line %3)")
                             .arg(file, sheetPart)
                             .arg(xml.lineNumber());
                return false;
            }
            const QXmlStreamAttributes a = xml.attributes();
            int r = rowNumber;
            int c = column + 1;
            const QStringView ref = a.value(QLatin1String("r"));
            if (!ref.isEmpty() && !parseCellReference(ref, &r, &c)) {
                *error = tr("%1: the cell reference %2 is damaged").arg(location(*sheet, rowNumber), ref.toString());
                return false;
            }
            if (r != rowNumber) {
                *error = tr("%1: the cell %2 lies outside its row; the file is damaged")
                             .arg(location(*sheet, rowNumber), ref.toString());
                return false;
            }
            column = c;
            if (c >= MaxColumns) {
                *error = tr("%1: the table is wider than %2 columns").arg(location(*sheet, r, c)).arg(MaxColumns);
                return false;
            }
            const QString type = a.value(QLatin1String("t")).toString();
            const int style = a.value(QLatin1String("s")).toInt();
            QString value;
            QString text;
            bool formula = false;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"c")
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"f") {
                    formula = true;
                    xml.skipCurrentElement();
                } else if (xml.name() == u"v") {
                    value = xml.readElementText();
                } else if (xml.name() == u"is") {
                    text = readRichText(xml, u"is");
                }
            }
            if (type == QLatin1String("s")) {
                if (!value.isEmpty()) { // <v/>: an empty cell, as openpyxl reads it
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= shared.size()) {
                        *error = tr("%1: the cell points to a shared string that does not exist; the file is damaged")
                                     .arg(location(*sheet, r, c));
                        return false;
                    }
                    text = shared.at(index);
                }
            } else if (type == QLatin1String("b")) {
                if (!value.isEmpty())
                    text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QLatin1String("e")) {
                text = value;
                sheet->problems.append({r, c,
                                        tr("%1: the cell shows the error %2; correct it, or clear the cell")
                                            .arg(location(*sheet, r, c), value)});
            } else if (type == QLatin1String("d")) {
                text = isoDateText(value);
            } else if (type == QLatin1String("str")) {
                text = decodeEscapes(value);
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                const Format format = style >= 0 && style < formats.size() ? formats.at(style) : Format::General;
                text = numberText(value);
                if (format != Format::General && !value.isEmpty()) {
                    bool ok = false;
                    const double d = value.toDouble(&ok);
                    if (ok && format == Format::Percent) {
                        text = shiftedDecimal(d, 2) + QLatin1Char('%');
                    } else if (ok) {
                        const QString date = dateText(d, date1904);
                        if (!date.isEmpty())
                            text = date;
                    }
                }
            }
            if (formula)
                sheet->problems.append({r, c,
                                        tr("%1: formulas are not read; paste values (Paste Special, Values) "
                                           "instead")
                                            .arg(location(*sheet, r, c))});
            sheet->addCell(c, text);
        } else if (name == u"mergeCell") {
            Range range;
            if (parseRange(xml.attributes().value(QLatin1String("ref")).toString(), &range))
                sheet->merged.append(range);
        }
    }
    closeRow();
    return !partFailed(device.get(), error) && !xmlFailed(xml, file, sheetPart, error);
}
