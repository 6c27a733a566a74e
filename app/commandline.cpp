#include "commandline.h"

#include "workflow/reportdata.h"

#include <cstring>

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(tr("Fuer Monitor: monitoring of the Women's and Children's Development Plans."));
    m_parser.addOptions({
        {QStringLiteral("db"),
         tr("Database file, or the postgresql:// URI of a server database (default: a file in the user's "
            "application data folder)."),
         tr("FILE|URI")},
        {QStringLiteral("lang"), tr("Language of the program: zh_CN (default) or en."), tr("LANG")},
        {QStringLiteral("format"),
         tr("Output format: csv, json or xlsx; for report pdf, docx or odt (depends on the command)."), tr("FORMAT")},
        {QStringLiteral("out"), tr("Output file (default: standard output where possible)."), tr("FILE")},
        {QStringLiteral("state"), tr("values import: state of the imported values: draft, submitted or approved."),
         tr("STATE")},
        {QStringLiteral("add-areas"), tr("values import: create areas the database does not know yet.")},
        {QStringLiteral("by-area"), tr("assess: every area's assessment, one row per area and indicator.")},
        {QStringLiteral("year"), tr("The reporting year."), tr("YEAR")},
        {QStringLiteral("kind"), tr("report: annual, midterm or final."), tr("KIND")},
        {QStringLiteral("issuing-body"),
         tr("report: the issuing office printed on the cover, kept for later reports (default %1).")
             .arg(ReportData::defaultIssuingBody()),
         tr("NAME")},
        {QStringLiteral("unit"), tr("template, return-pdf, users add: the responsible unit."), tr("NAME")},
        {QStringLiteral("role"), tr("users add: liaison, reviewer or admin."), tr("ROLE")},
        {QStringLiteral("name"), tr("users add: the person's display name."), tr("TEXT")},
        {QStringLiteral("password-stdin"),
         tr("users add, users passwd, server init: read the password from standard input.")},
        {QStringLiteral("encoding"), tr("values import: the CSV encoding, UTF-8 or GB18030 (default: detected)."),
         tr("ENCODING")},
    });
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("One of: catalog, values import FILE, values export, demo, target explain TEXT, "
           "assess, completeness, report, template, return-pdf, users, server init LOGIN. Without a command the window opens."),
        tr("[command]"));
}

bool CommandLine::parse(const QStringList &arguments)
{
    return m_parser.parse(arguments);
}

QString CommandLine::helpText() const
{
    QString text = m_parser.helpText();
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    text += tr("  catalog [--format csv|json] [--out FILE]        list the indicators of both plans")
        + QLatin1Char('\n');
    text +=
        tr("  values import FILE.csv|.xlsx|.ods [--state S] [--add-areas] [--encoding E]  import values (all or nothing)")
        + QLatin1Char('\n');
    text += tr("  values export [--year Y] [--format csv|xlsx] [--out FILE]  export values") + QLatin1Char('\n');
    text += tr("  template --unit NAME --year Y --out FILE.xlsx    a unit's return template to fill in")
        + QLatin1Char('\n');
    text +=
        tr("                                                   with its annual report sheet, imported with the values")
        + QLatin1Char('\n');
    text += tr("  return-pdf --unit NAME --year Y --out FILE.pdf   a unit's return to print, sign and stamp")
        + QLatin1Char('\n');
    text += tr("  demo --out FILE|URI                              create a separate database with example data")
        + QLatin1Char('\n');
    text += tr("  target explain TEXT                              explain how a target text is read")
        + QLatin1Char('\n');
    text += tr("  assess --year Y [--by-area] [--format csv|json|xlsx] [--out FILE] assess every indicator for a year")
        + QLatin1Char('\n');
    text += tr("  completeness --year Y [--format csv|xlsx] [--out FILE]  each unit's returns, report and timeliness")
        + QLatin1Char('\n');
    text += tr("  users list [--format csv] | users add LOGIN --role R [--unit NAME] [--name TEXT] --password-stdin")
        + QLatin1Char('\n');
    text += tr("  users passwd LOGIN --password-stdin | users disable LOGIN | users enable LOGIN  the accounts")
        + QLatin1Char('\n');
    text += tr("  server init LOGIN [--name TEXT] --password-stdin  on a server: its own rules, roles and the first "
               "administrator")
        + QLatin1Char('\n');
    text += tr("  server upgrade                                   the numbered migrations of a server database")
        + QLatin1Char('\n');
    text += tr("  server import-sqlite FILE | server export-sqlite FILE  a desktop file into an empty server database, "
               "or the server's into a new file")
        + QLatin1Char('\n');
    text += tr("  report --year Y [--kind annual|midterm|final] [--format pdf|docx|odt] [--issuing-body NAME] --out "
               "FILE   the plenary summary as PDF, or an editable DOCX or ODT copy")
        + QLatin1Char('\n');
    return text;
}

namespace {
// Options that take a value, so their value is not mistaken for the command word.
bool takesValue(const char *arg)
{
    static const char *const withValue[] = {"--db",   "--lang", "--format",   "--out",          "--state", "--year",
                                            "--kind", "--unit", "--encoding", "--issuing-body", "--role",  "--name"};
    for (const char *o : withValue) {
        if (std::strcmp(arg, o) == 0)
            return true;
    }
    return false;
}
} // namespace

QString CommandLine::peekCommand(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (takesValue(argv[i])) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return QString::fromLocal8Bit(argv[i]);
    }
    return QString();
}

QString CommandLine::peekLanguage(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (std::strncmp(argv[i], "--lang=", 7) == 0)
            return QString::fromLocal8Bit(argv[i] + 7);
    }
    return QStringLiteral("zh_CN");
}
