#include "aboutbox.h"

#include <QMessageBox>
#include <QtGlobal>

// The system libraries' own version functions: the versions actually loaded, which
// may be newer than those the package was built against.
#include <libxml/parser.h>
#include <sodium/version.h>
#include <sqlite3.h>
#include <xlsxwriter.h>
#include <zip.h>
#include <zlib.h>

namespace {
// xmlParserVersion is the loaded library's version as one number: "20914" is 2.9.14.
QString libxml2Version()
{
    const int v = QByteArray(xmlParserVersion).toInt();
    return QStringLiteral("%1.%2.%3").arg(v / 10000).arg(v / 100 % 100).arg(v % 100);
}
} // namespace

QString AboutBox::text()
{
    struct Library
    {
        QString name;
        QString version;
        QString licence;
    };
    const Library libraries[] = {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), tr("LGPL-3.0 (Qt Charts: GPL-3.0)")},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), tr("public domain")},
        {QStringLiteral("libxlsxwriter"), QString::fromLatin1(lxw_version()), QStringLiteral("BSD-2-Clause")},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QStringLiteral("ISC")},
        {QStringLiteral("zlib"), QString::fromLatin1(zlibVersion()), tr("zlib licence")},
        {QStringLiteral("libxml2"), libxml2Version(), QStringLiteral("MIT")},
        {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version()), QStringLiteral("BSD-3-Clause")},
    };
    QString rows;
    for (const Library &l : libraries) {
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(l.name.toHtmlEscaped(), l.version.toHtmlEscaped(), l.licence.toHtmlEscaped());
    }
    return tr("<p><b>Fuer Monitor %1</b><br>妇女儿童发展规划监测系统</p>"
              "<p>Monitoring of the district's Women's and Children's Development Plans (2021-2030).</p>"
              "<p>Fuer Monitor is free software: you may share and change it under the GNU General Public "
              "License, version 3 or (at your option) any later version (GPL-3.0-or-later). "
              "It comes with no warranty.</p>"
              "<p>It runs on these libraries:</p>"
              "<table cellspacing=\"6\"><tr><th align=\"left\">library</th><th align=\"left\">version</th>"
              "<th align=\"left\">licence</th></tr>%2</table>"
              "<p>The licence texts are in /usr/share/doc/fuer-monitor/copyright and /usr/share/common-licenses "
              "on Debian systems.</p>")
        .arg(QStringLiteral(FUER_VERSION), rows);
}

void AboutBox::show(QWidget *parent)
{
    QMessageBox::about(parent, tr("About Fuer Monitor"), text());
}
