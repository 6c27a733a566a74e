#include "xlsxreader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QXmlStreamReader>

namespace {

// Refuses a DOCTYPE in any part: entity declarations are how "billion laughs" and
// external-entity attacks enter, and no spreadsheet program writes one.
bool refuseDtd(QXmlStreamReader &xml, const QString &file, const QString &part, QString *error)
{
    if (xml.tokenType() != QXmlStreamReader::DTD)
        return false;
    *error = QCoreApplication::translate("XlsxReader", "%1: part %2: a document type declaration (DOCTYPE or ENTITY) is not allowed; "
                "the file is refused")
                 .arg(file, part);
    return true;
}

bool xmlFailed(const QXmlStreamReader &xml, const QString &file, const QString &part, QString *error)
{
    if (!xml.hasError())
        return false;
    *error = QCoreApplication::translate("XlsxReader", "%1: part %2 is damaged (XML line %3: %4)")
                 .arg(file, part)
                 .arg(xml.lineNumber())
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
    return text;
}

bool readSharedStrings(ZipArchive &zip, const QString &part, const QString &file, QStringList *strings,
                       QString *error)
{
    QByteArray bytes;
    if (!zip.read(part, &bytes, error))
        return false;
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml, file, part, error))
            return false;
        if (xml.isStartElement() && xml.name() == u"si")
            strings->append(readRichText(xml, u"si"));
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

} // namespace

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
    if (column < 0)
        return tr("%1: sheet %2: row %3").arg(sheet.fileName, sheet.name).arg(row);
    return tr("%1: sheet %2: row %3, column %4").arg(sheet.fileName, sheet.name).arg(row).arg(columnName(column));
}

bool XlsxReader::read(const QString &path, Sheet *sheet, QString *error, const QString &sheetName,
                      const ZipArchive::Limits &limits)
{
    *sheet = Sheet();
    sheet->fileName = QFileInfo(path).fileName();
    const QString file = sheet->fileName;
    ZipArchive zip(path, limits);
    if (!zip.open(error))
        return false;

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
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            xml.readNext();
            if (refuseDtd(xml, file, workbookPart, error))
                return false;
            if (!xml.isStartElement() || xml.name() != u"sheet")
                continue;
            const QXmlStreamAttributes a = xml.attributes();
            const QString name = a.value(QLatin1String("name")).toString();
            const QString state = a.value(QLatin1String("state")).toString();
            names.append(name);
            const bool wanted = sheetName.isEmpty() ? state.isEmpty() || state == QLatin1String("visible")
                                                    : name == sheetName;
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
    if (sheetPart.isEmpty() || !zip.contains(sheetPart)) {
        *error = sheetName.isEmpty() ? tr("%1: the workbook has no worksheet").arg(file)
                                     : tr("%1: there is no sheet %2; the sheets are %3")
                                           .arg(file, sheetName, names.join(QStringLiteral(", ")));
        return false;
    }

    QStringList shared;
    QString sharedPart;
    for (auto it = types.constBegin(); it != types.constEnd(); ++it) {
        if (it.value().endsWith(QLatin1String("/sharedStrings")))
            sharedPart = targets.value(it.key());
    }
    if (sharedPart.isEmpty() && zip.contains(QStringLiteral("xl/sharedStrings.xml")))
        sharedPart = QStringLiteral("xl/sharedStrings.xml");
    if (!sharedPart.isEmpty() && zip.contains(sharedPart) && !readSharedStrings(zip, sharedPart, file, &shared, error))
        return false;

    if (!zip.read(sheetPart, &bytes, error))
        return false;
    QXmlStreamReader xml(bytes);
    QStringList cells;
    int rowNumber = 0;
    int column = -1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (refuseDtd(xml, file, sheetPart, error))
            return false;
        if (xml.isEndElement() && xml.name() == u"row") {
            if (!cells.isEmpty()) {
                sheet->rows.append(cells);
                sheet->rowNumbers.append(rowNumber);
            }
            cells.clear();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"row") {
            bool ok = false;
            const int r = xml.attributes().value(QLatin1String("r")).toInt(&ok);
            rowNumber = ok ? r : rowNumber + 1;
            column = -1;
        } else if (name == u"c") {
            const QXmlStreamAttributes a = xml.attributes();
            int r = rowNumber;
            int c = column + 1;
            const QStringView ref = a.value(QLatin1String("r"));
            if (!ref.isEmpty() && !parseCellReference(ref, &r, &c)) {
                *error = tr("%1: the cell reference %2 is damaged")
                             .arg(location(*sheet, rowNumber), ref.toString());
                return false;
            }
            column = c;
            if (c >= MaxColumns) {
                *error = tr("%1: the table is wider than %2 columns").arg(location(*sheet, r, c)).arg(MaxColumns);
                return false;
            }
            const QString type = a.value(QLatin1String("t")).toString();
            QString value;
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"c")
                    break;
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == u"f") {
                    *error = tr("%1: formulas are not read; paste values (Paste Special, Values) instead")
                                 .arg(location(*sheet, r, c));
                    return false;
                }
                if (xml.name() == u"v")
                    value = xml.readElementText();
                else if (xml.name() == u"is")
                    text = readRichText(xml, u"is");
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= shared.size()) {
                    *error = tr("%1: the cell points to a shared string that does not exist; the file is damaged")
                                 .arg(location(*sheet, r, c));
                    return false;
                }
                text = shared.at(index);
            } else if (type == QLatin1String("b")) {
                text = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                text = numberText(value);
            } else if (type != QLatin1String("inlineStr")) {
                text = value; // str, e (error such as #N/A), d (ISO date)
            }
            if (!text.isEmpty()) {
                while (cells.size() <= c)
                    cells.append(QString());
                cells[c] = text;
            }
        } else if (name == u"mergeCell") {
            Range range;
            if (parseRange(xml.attributes().value(QLatin1String("ref")).toString(), &range))
                sheet->merged.append(range);
        }
    }
    return !xmlFailed(xml, file, sheetPart, error);
}
