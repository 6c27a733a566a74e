#include "commandrunner.h"

#include "catalog/catalogloader.h"
#include "catalog/plandatabase.h"
#include "model/planyears.h"

#include "io/outputfile.h"

#include "exchange/assessmentexport.h"
#include "exchange/catalogexport.h"
#include "exchange/completenessexport.h"
#include "exchange/csvwriter.h"
#include "exchange/returntemplate.h"
#include "exchange/valueexport.h"
#include "exchange/valuefileimport.h"
#include "model/clock.h"
#include "report/reportrenderer.h"
#include "report/returnpdf.h"
#include "storage/catalogrepository.h"
#include "storage/completenessrepository.h"
#include "storage/database.h"
#include "storage/databasecopy.h"
#include "storage/pgconnection.h"
#include "storage/serversecurity.h"
#include "storage/settingsrepository.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"
#include "storage/writetransaction.h"
#include "target/targetparser.h"
#include "workflow/assessmentservice.h"
#include "workflow/authservice.h"
#include "workflow/demodata.h"
#include "workflow/returnservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <climits>
#include <memory>

CommandRunner::CommandRunner(const CommandLine &cli)
    : m_cli(cli)
    , m_out(stdout)
    , m_err(stderr)
{
}

int CommandRunner::run()
{
    const QStringList w = m_cli.words();
    const QString command = w.value(0);
    if (command == QLatin1String("catalog") && w.size() == 1)
        return catalog();
    if (command == QLatin1String("values") && w.value(1) == QLatin1String("import") && w.size() == 3)
        return valuesImport(w.at(2));
    if (command == QLatin1String("values") && w.value(1) == QLatin1String("export") && w.size() == 2)
        return valuesExport();
    if (command == QLatin1String("demo") && w.size() == 1)
        return demo();
    if (command == QLatin1String("target") && w.value(1) == QLatin1String("explain") && w.size() >= 3)
        return targetExplain(w.mid(2).join(QLatin1Char(' ')));
    if (command == QLatin1String("assess") && w.size() == 1)
        return assess();
    if (command == QLatin1String("report") && w.size() == 1)
        return report();
    if (command == QLatin1String("completeness") && w.size() == 1)
        return completeness();
    if (command == QLatin1String("template") && w.size() == 1)
        return returnTemplate();
    if (command == QLatin1String("return-pdf") && w.size() == 1)
        return returnPdf();
    if (command == QLatin1String("users") && w.size() >= 2)
        return users(w.mid(1));
    if (command == QLatin1String("server") && w.value(1) == QLatin1String("init") && w.size() == 3)
        return serverInit(w.at(2));
    if (command == QLatin1String("server") && w.value(1) == QLatin1String("upgrade") && w.size() == 2)
        return serverUpgrade();
    if (command == QLatin1String("server")
        && (w.value(1) == QLatin1String("import-sqlite") || w.value(1) == QLatin1String("export-sqlite"))
        && w.size() == 3)
        return serverCopy(w.at(1) == QLatin1String("import-sqlite"), w.at(2));
    return usage(tr("Unknown command: %1").arg(w.join(QLatin1Char(' '))));
}

int CommandRunner::usage(const QString &message)
{
    m_err << message << Qt::endl << tr("Run with --help to see the commands.") << Qt::endl;
    return 2;
}

int CommandRunner::failure(const QString &message)
{
    m_err << message << Qt::endl;
    return 1;
}

User CommandRunner::actor(Database &db)
{
    // On a file, and on a server that leaves the rules to the program: the machine's
    // local administrator. On a server that signs people in: the account of the
    // connection's login, or (its owner, the IT department, with no account) an
    // administrator under that login's name; the server allows what that login may.
    User actor = User::localAdministrator();
    if (!ServerSecurity::isEnforced(db.connection()))
        return actor;
    const QString login = ServerSecurity::sessionLogin(db.connection());
    if (const std::optional<User> account = UserRepository(db.connection()).user(login))
        return *account;
    actor.login = login;
    actor.displayName = login;
    return actor;
}

int CommandRunner::serverInit(const QString &adminLogin)
{
    if (!PgConnectionSpec::isUri(m_cli.option(QStringLiteral("db"))))
        return usage(tr("server init: --db must name a server database (postgresql://…)"));
    Database db;
    if (!openDatabase(&db))
        return 1;
    QStringList said;
    QString error;
    if (!ServerSecurity::install(db.connection(), &said, &error))
        return failure(tr("%1 was not set up; nothing was changed: %2").arg(db.displayName(), error));
    for (const QString &line : qAsConst(said))
        m_err << line << Qt::endl;
    if (const std::optional<User> existing = UserRepository(db.connection()).user(adminLogin)) {
        m_err << tr("Administrator %1: already there (%2).").arg(adminLogin, User::roleLabel(existing->role))
              << Qt::endl;
        return 0;
    }
    const QString password = passwordFromStdin(&error);
    if (!error.isEmpty())
        return usage(error);
    User admin;
    admin.login = adminLogin;
    admin.displayName = m_cli.isSet(QStringLiteral("name")) ? m_cli.option(QStringLiteral("name")) : adminLogin;
    admin.role = User::Role::Admin;
    if (!AuthService(db.connection()).createUser(actor(db), admin, password, &error))
        return failure(tr("The administrator %1 was not created: %2").arg(adminLogin, error));
    m_err << tr("Administrator %1: created, a login of the server.").arg(adminLogin) << Qt::endl;
    return 0;
}

int CommandRunner::serverUpgrade()
{
    const QString uri = m_cli.option(QStringLiteral("db"));
    if (!PgConnectionSpec::isUri(uri))
        return usage(tr("server upgrade: --db must name a server database (postgresql://…)"));
    // The version as found, read without migrating; then the numbered migrations
    // (each in one transaction with its version row) as opening runs them.
    int before = -1;
    {
        Database peek;
        if (peek.openAnother(uri))
            before = peek.schemaVersion();
    }
    Database db;
    if (!openDatabase(&db))
        return 1;
    const int after = db.schemaVersion();
    if (ServerSecurity::isEnforced(db.connection())) {
        // Tables a migration added get their privileges and policies.
        QStringList said;
        QString error;
        if (!ServerSecurity::install(db.connection(), &said, &error))
            return failure(tr("%1 was upgraded but its rules were not refreshed: %2").arg(db.displayName(), error));
        for (const QString &line : qAsConst(said))
            m_err << line << Qt::endl;
    }
    if (before <= 0)
        m_err << tr("%1 was set up new at schema %2.").arg(db.displayName()).arg(after) << Qt::endl;
    else if (before == after)
        m_err << tr("%1 is at schema %2 already, the one this program knows.").arg(db.displayName()).arg(after)
              << Qt::endl;
    else
        m_err << tr("%1 was upgraded from schema %2 to %3.").arg(db.displayName()).arg(before).arg(after) << Qt::endl;
    return 0;
}

int CommandRunner::serverCopy(bool intoServer, const QString &file)
{
    const QString uri = m_cli.option(QStringLiteral("db"));
    const QString verb = intoServer ? QStringLiteral("server import-sqlite") : QStringLiteral("server export-sqlite");
    if (!PgConnectionSpec::isUri(uri))
        return usage(tr("%1: --db must name a server database (postgresql://…)").arg(verb));
    if (intoServer && !QFileInfo::exists(file))
        return failure(tr("%1: there is no file %2").arg(verb, file));
    if (!intoServer && QFileInfo::exists(file))
        return failure(tr("%1: %2 exists already; name a new file").arg(verb, file));
    // Written under a temporary name and renamed when whole: a copy that fails
    // leaves no file behind.
    const QString target = intoServer ? uri : file + QStringLiteral(".part");
    if (!intoServer)
        QFile::remove(target);
    QStringList said;
    QString error;
    {
        Database source;
        Database copy;
        if (!source.open(intoServer ? file : uri))
            return failure(source.errorString());
        if (!copy.open(target))
            return failure(copy.errorString());
        if (intoServer && ServerSecurity::isEnforced(copy.connection()))
            return failure(tr("%1: %2 already enforces its rules (server init ran); copy a file into an empty "
                              "database before server init")
                               .arg(verb, copy.displayName()));
        if (!DatabaseCopy::copy(source.connection(), copy.connection(), &said, &error)) {
            copy.close();
            if (!intoServer)
                QFile::remove(target);
            return failure(tr("%1: nothing was copied: %2").arg(verb, error));
        }
    }
    if (!intoServer && !QFile::rename(target, file)) {
        QFile::remove(target);
        return failure(tr("%1: cannot write %2").arg(verb, file));
    }
    for (const QString &line : qAsConst(said))
        m_err << line << Qt::endl;
    m_err << (intoServer ? tr("%1 copied into the server database. Next: server init, which makes each account a "
                              "login whose password is set with users passwd.")
                               .arg(file)
                         : tr("The server database copied into %1.").arg(file))
          << Qt::endl;
    return 0;
}

bool CommandRunner::openDatabase(Database *db)
{
    QString path = m_cli.option(QStringLiteral("db"));
    if (path.isEmpty()) {
        path = Database::defaultPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    if (!PlanDatabase::open(*db, path)) {
        m_err << db->errorString() << Qt::endl;
        return false;
    }
    return true;
}

bool CommandRunner::writeOutput(const QByteArray &bytes)
{
    const QString out = m_cli.option(QStringLiteral("out"));
    if (out.isEmpty()) {
        QFile f;
        if (!f.open(stdout, QIODevice::WriteOnly))
            return false;
        f.write(bytes);
        return true;
    }
    // Whole or not at all; a device or FIFO given as --out is written, not replaced.
    OutputFile f(out);
    QString error;
    if (f.open(&error)) {
        if (f.device()->write(bytes) == bytes.size() && f.commit(&error))
            return true;
        if (error.isEmpty())
            error = tr("Cannot write %1: %2").arg(out, f.device()->errorString());
    }
    m_err << error << Qt::endl;
    return false;
}

bool CommandRunner::yearOption(int *year, bool required, bool throughFinalEvaluation)
{
    const PlanYears years = PlanYears::of(CatalogLoader::builtin().plans);
    const int firstYear = years.baseline;
    const int lastYear = throughFinalEvaluation ? years.finalEvaluation() : years.last;
    const QString text = m_cli.option(QStringLiteral("year"));
    if (text.isEmpty()) {
        if (required)
            m_err << tr("--year: (empty): a year from %1 to %2 is required").arg(firstYear).arg(lastYear) << Qt::endl;
        *year = 0;
        return !required;
    }
    bool ok = false;
    *year = text.toInt(&ok);
    if (!ok || *year < firstYear || *year > lastYear) {
        m_err << tr("--year: %1: expected a year from %2 to %3").arg(text).arg(firstYear).arg(lastYear) << Qt::endl;
        return false;
    }
    return true;
}

int CommandRunner::catalog()
{
    const QString format = m_cli.option(QStringLiteral("format")).isEmpty() ? QStringLiteral("csv")
                                                                            : m_cli.option(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json"))
        return usage(tr("--format: %1: expected csv or json").arg(format));
    Database db;
    if (!openDatabase(&db))
        return 1;
    const QVector<Indicator> indicators = CatalogRepository(db.connection()).indicators();
    const QByteArray bytes = format == QLatin1String("json") ? CatalogExport::toJson(indicators)
                                                             : CatalogExport::toCsv(indicators);
    return writeOutput(bytes) ? 0 : 1;
}

int CommandRunner::valuesImport(const QString &file)
{
    ValueFileImport::Options options;
    const QString state = m_cli.option(QStringLiteral("state"));
    if (!state.isEmpty()
        && (!ValueStates::fromKey(state, &options.values.state) || options.values.state == ValueState::Returned))
        return usage(tr("--state: %1: expected draft, submitted or approved").arg(state));
    options.values.addAreas = m_cli.isSet(QStringLiteral("add-areas"));
    options.encoding = m_cli.option(QStringLiteral("encoding"));
    if (!options.encoding.isEmpty() && options.encoding != QLatin1String("UTF-8")
        && options.encoding != QLatin1String("GB18030"))
        return usage(tr("--encoding: %1: expected UTF-8 or GB18030").arg(options.encoding));
    if (!QFileInfo::exists(file))
        return failure(tr("Cannot read %1: the file does not exist.").arg(file));

    Database db;
    if (!openDatabase(&db))
        return 1;
    // The same service as the window's import, as the machine's local administrator.
    const ReturnService::FileImport done = ReturnService(db.connection()).importFile(actor(db), file, options);
    if (!done.problems.isEmpty()) {
        m_err << tr("%1 was not imported; nothing was written. Problems:").arg(file) << Qt::endl;
        for (const QString &p : done.problems)
            m_err << "  " << p << Qt::endl;
        return 1;
    }
    if (!done.ok)
        return failure(tr("%1 was not imported; nothing was written: %2").arg(file, done.error));
    m_err << tr("Imported %n value(s) from %1.", nullptr, int(std::min<qint64>(done.count, INT_MAX))).arg(file);
    if (done.format == QLatin1String("csv"))
        m_err << tr(" (read as %1)").arg(done.encoding);
    m_err << Qt::endl;
    switch (done.report) {
    case ReportSheet::Outcome::Absent:
        break;
    case ReportSheet::Outcome::Blank:
        m_err << tr("The report sheet %1 is empty; the annual report of %2 for %3 was not changed.")
                     .arg(ReportSheet::sheetName(), done.reportUnit)
                     .arg(done.reportYear)
              << Qt::endl;
        break;
    case ReportSheet::Outcome::Unchanged:
        m_err << tr("The report sheet %1 is the stored annual report of %2 for %3; it was not changed.")
                     .arg(ReportSheet::sheetName(), done.reportUnit)
                     .arg(done.reportYear)
              << Qt::endl;
        break;
    case ReportSheet::Outcome::Save:
        m_err << tr("The report sheet %1 was saved as the draft of the annual report of %2 for %3.")
                     .arg(ReportSheet::sheetName(), done.reportUnit)
                     .arg(done.reportYear)
              << Qt::endl;
        break;
    }
    return 0;
}

int CommandRunner::valuesExport()
{
    int year = 0;
    if (!yearOption(&year, false))
        return 2;
    const QString format = m_cli.option(QStringLiteral("format")).isEmpty() ? QStringLiteral("csv")
                                                                            : m_cli.option(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return usage(tr("--format: %1: expected csv or xlsx").arg(format));
    if (format == QLatin1String("xlsx") && m_cli.option(QStringLiteral("out")).isEmpty())
        return usage(tr("--format xlsx: --out FILE.xlsx is required"));
    Database db;
    if (!openDatabase(&db))
        return 1;
    QString defaultArea;
    for (const Area &a : CatalogRepository(db.connection()).areas()) {
        if (a.isDefault)
            defaultArea = a.name;
    }
    const bool isDemo = SettingsRepository(db.connection()).isDemo();
    const QVector<ValueRecord> records = ValueRepository(db.connection()).values(year);
    if (format == QLatin1String("xlsx")) {
        QString error;
        if (!ValueExport::toXlsx(m_cli.option(QStringLiteral("out")), records, defaultArea, isDemo, &error))
            return failure(error);
        return 0;
    }
    return writeOutput(ValueExport::toCsv(records, defaultArea, isDemo)) ? 0 : 1;
}

int CommandRunner::demo()
{
    const QString out = m_cli.option(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("demo: --out FILE is required"));
    if (PgConnectionSpec::isUri(out))
        return demoOnServer(out);
    const QFileInfo outInfo(out);
    // An empty file is a new database (as Database::open sees it): the demo goes into
    // it. A device or FIFO receives the finished file's bytes.
    if (outInfo.exists() && !(outInfo.isFile() && outInfo.size() == 0) && !OutputFiles::isSpecial(out)) {
        // Only ever replace an earlier demo database, never a real one.
        Database existing;
        if (!PlanDatabase::open(existing, out))
            return failure(tr("%1 exists and is not a demo database; it was not changed.").arg(out));
        const bool wasDemo = SettingsRepository(existing.connection()).isDemo();
        existing.close();
        if (!wasDemo)
            return failure(
                tr("%1 exists and holds real data; the demo is never written into a real database.").arg(out));
    }
    // Built in a file beside the target, closed with its WAL written back, then
    // renamed over it: a killed run leaves the previous demo (or none), never a
    // half-built database that the next run would refuse as real data.
    StagedOutput staged(out);
    if (staged.stagingPath().isEmpty())
        return failure(staged.errorString());
    QString error;
    {
        Database db;
        if (!PlanDatabase::open(db, staged.stagingPath()))
            return failure(db.errorString());
        if (!DemoData::populate(db.connection(), &error))
            return failure(tr("Cannot create the demo database %1: %2").arg(out, error));
        if (!db.closeCheckpointed(&error))
            return failure(tr("Cannot create the demo database %1: %2").arg(out, error));
    }
    // The old file's WAL and index must not be taken for the new file's.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!OutputFiles::isSpecial(out + suffix))
            QFile::remove(out + suffix);
    }
    if (!staged.commit(&error))
        return failure(error);
    m_err << tr("Demo database with example data written to %1.").arg(out) << Qt::endl;
    return 0;
}

int CommandRunner::demoOnServer(const QString &uri)
{
    // Into a new server database only (an empty one, or one holding just the
    // catalog): never beside real data, and in one transaction, so a failure
    // leaves the database as it was.
    Database db;
    if (!PlanDatabase::open(db, uri))
        return failure(db.errorString());
    if (SettingsRepository(db.connection()).isDemo() || UserRepository(db.connection()).count() > 0)
        return failure(tr("%1 already holds accounts or the demo; the demo is written only into a new database. "
                          "It was not changed.")
                           .arg(db.displayName()));
    QString error;
    WriteTransaction tx(db.connection());
    if (!tx.isActive() || !DemoData::populate(db.connection(), &error) || !tx.commit())
        return failure(tr("Cannot write the demo data into %1: %2; it was not changed.")
                           .arg(db.displayName(), error.isEmpty() ? tx.errorString() : error));
    m_err << tr("Demo data written into %1.").arg(db.displayName()) << Qt::endl;
    return 0;
}

QString CommandRunner::passwordFromStdin(QString *error)
{
    // One line, as `passwd --stdin` and `chpasswd` read it; never an argument, which
    // the process list and the shell's history would show.
    if (!m_cli.isSet(QStringLiteral("password-stdin"))) {
        *error = tr("users: --password-stdin is required (the password is read from standard input)");
        return QString();
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = tr("users: cannot read the password from standard input");
        return QString();
    }
    QByteArray line = in.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        *error = tr("users: standard input held no password");
    return QString::fromUtf8(line);
}

int CommandRunner::users(const QStringList &w)
{
    const QString verb = w.value(0);
    const QString login = w.value(1);
    const bool listing = verb == QLatin1String("list") && w.size() == 1;
    const bool withLogin = (verb == QLatin1String("add") || verb == QLatin1String("passwd")
                            || verb == QLatin1String("disable") || verb == QLatin1String("enable"))
        && w.size() == 2;
    if (!listing && !withLogin)
        return usage(tr("users: expected list, or add, passwd, disable or enable with one LOGIN"));
    if (listing) {
        const QString format = m_cli.option(QStringLiteral("format"));
        if (!format.isEmpty() && format != QLatin1String("csv"))
            return usage(tr("--format: %1: expected csv").arg(format));
    }
    User::Role role = User::Role::Liaison;
    if (verb == QLatin1String("add")) {
        const QString key = m_cli.option(QStringLiteral("role"));
        if (key.isEmpty() || !User::roleFromKey(key, &role))
            return usage(tr("--role: %1: expected liaison, reviewer or admin").arg(key));
    }
    QString error;
    QString password;
    if (verb == QLatin1String("add") || verb == QLatin1String("passwd")) {
        password = passwordFromStdin(&error);
        if (!error.isEmpty())
            return usage(error);
    }

    Database db;
    if (!openDatabase(&db))
        return 1;
    // The machine's local administrator, as for values import, or on a server that
    // signs people in, the connection's login; the accounts' acts are audited under
    // that name.
    const User actor = this->actor(db);
    AuthService auth(db.connection());
    if (listing) {
        CsvWriter csv;
        csv.addRow({QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("unit"),
                    QStringLiteral("state")});
        for (const User &u : UserRepository(db.connection()).users())
            csv.addRow({u.login, u.displayName, User::roleKey(u.role), u.unit,
                        u.disabled ? QStringLiteral("disabled") : QStringLiteral("enabled")});
        return writeOutput(csv.toUtf8()) ? 0 : 1;
    }
    bool ok = false;
    QString done;
    if (verb == QLatin1String("add")) {
        User u;
        u.login = login;
        u.displayName = m_cli.option(QStringLiteral("name"));
        u.role = role;
        u.unit = m_cli.option(QStringLiteral("unit"));
        ok = auth.createUser(actor, u, password, &error);
        done = tr("Account %1 (%2) created.").arg(login, User::roleLabel(role));
    } else if (verb == QLatin1String("passwd")) {
        ok = auth.resetPassword(actor, login, password, &error);
        done = tr("The password of %1 was set.").arg(login);
    } else {
        const bool disable = verb == QLatin1String("disable");
        ok = auth.setDisabled(actor, login, disable, &error);
        done = disable ? tr("Account %1 disabled.").arg(login) : tr("Account %1 enabled.").arg(login);
    }
    if (!ok)
        return failure(error);
    m_err << done << Qt::endl;
    return 0;
}

int CommandRunner::targetExplain(const QString &text)
{
    QString error;
    const TargetRule rule = TargetParser::parse(text, &error);
    if (rule.family == TargetRule::Family::Unparsed)
        return failure(error);
    m_out << rule.describe() << Qt::endl;
    return 0;
}

int CommandRunner::assess()
{
    int year = 0;
    if (!yearOption(&year, true))
        return 2;
    const QString format = m_cli.option(QStringLiteral("format")).isEmpty() ? QStringLiteral("csv")
                                                                            : m_cli.option(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("json") && format != QLatin1String("xlsx"))
        return usage(tr("--format: %1: expected csv, json or xlsx").arg(format));
    if (format == QLatin1String("xlsx") && m_cli.option(QStringLiteral("out")).isEmpty())
        return usage(tr("--format xlsx: --out FILE.xlsx is required"));
    Database db;
    if (!openDatabase(&db))
        return 1;
    const AssessmentService service(db.connection());
    const bool byArea = m_cli.isSet(QStringLiteral("by-area"));
    if (format == QLatin1String("csv"))
        return writeAssessmentCsv(service, year, byArea);
    QVector<IndicatorAssessment> result;
    if (byArea)
        service.assessEveryArea(year, [&result](const QString &, const IndicatorAssessment &a) { result.append(a); });
    else
        result = service.assessAll(year);
    const bool isDemo = SettingsRepository(db.connection()).isDemo();
    if (format == QLatin1String("xlsx")) {
        QString error;
        if (!AssessmentExport::toXlsx(m_cli.option(QStringLiteral("out")), result, year, isDemo, &error, byArea))
            return failure(error);
        return 0;
    }
    return writeOutput(AssessmentExport::toJson(result, year, isDemo, byArea)) ? 0 : 1;
}

int CommandRunner::writeAssessmentCsv(const AssessmentService &service, int year, bool byArea)
{
    // Written as it is assessed, a megabyte at a time: 1,000 areas make 89,000 rows
    // with their reason sentences, which are not held all at once. --out appears
    // whole or not at all, as writeOutput's.
    const QString path = m_cli.option(QStringLiteral("out"));
    std::unique_ptr<OutputFile> file;
    QFile standardOutput;
    QIODevice *device = &standardOutput;
    QString error;
    if (path.isEmpty()) {
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return failure(tr("Cannot write to the standard output: %1").arg(standardOutput.errorString()));
    } else {
        file = std::make_unique<OutputFile>(path);
        if (!file->open(&error))
            return failure(error);
        device = file->device();
    }
    QByteArray pending = AssessmentExport::csvHeader(byArea);
    bool written = true;
    const auto flush = [&]() {
        written = written && device->write(pending) == pending.size();
        pending.clear();
    };
    const auto add = [&](const IndicatorAssessment &a) {
        pending += AssessmentExport::csvLine(a, byArea);
        if (pending.size() >= (1 << 20))
            flush();
    };
    if (byArea)
        // Each area's lines are made on the worker that assessed it.
        service.assessEveryArea(
            year,
            [byArea](const QVector<IndicatorAssessment> &area) {
                QByteArray lines;
                for (const IndicatorAssessment &a : area)
                    lines += AssessmentExport::csvLine(a, byArea);
                return lines;
            },
            [&](const QByteArray &lines) {
                pending += lines;
                if (pending.size() >= (1 << 20))
                    flush();
            });
    else
        for (const IndicatorAssessment &a : service.assessAll(year))
            add(a);
    flush();
    if (!written)
        return failure(
            tr("Cannot write %1: %2").arg(path.isEmpty() ? tr("the standard output") : path, device->errorString()));
    if (file && !file->commit(&error))
        return failure(error);
    return 0;
}

int CommandRunner::completeness()
{
    int year = 0;
    if (!yearOption(&year, true))
        return 2;
    const QString format = m_cli.option(QStringLiteral("format")).isEmpty() ? QStringLiteral("csv")
                                                                            : m_cli.option(QStringLiteral("format"));
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return usage(tr("--format: %1: expected csv or xlsx").arg(format));
    if (format == QLatin1String("xlsx") && m_cli.option(QStringLiteral("out")).isEmpty())
        return usage(tr("--format xlsx: --out FILE.xlsx is required"));
    Database db;
    if (!openDatabase(&db))
        return 1;
    const QVector<UnitCompleteness> units = CompletenessRepository(db.connection()).byUnit(year);
    const QDate today = Clock::today();
    if (format == QLatin1String("xlsx")) {
        QString error;
        if (!CompletenessExport::toXlsx(m_cli.option(QStringLiteral("out")), units, year, today, &error))
            return failure(error);
        return 0;
    }
    return writeOutput(CompletenessExport::toCsv(units, today)) ? 0 : 1;
}

int CommandRunner::report()
{
    int year = 0;
    // The final evaluation is held the year after the plan (2031), with data to its end.
    if (!yearOption(&year, true, true))
        return 2;
    const QString kindText = m_cli.option(QStringLiteral("kind")).isEmpty() ? QStringLiteral("annual")
                                                                            : m_cli.option(QStringLiteral("kind"));
    ReportData::Kind kind;
    if (!ReportData::kindFromKey(kindText, &kind))
        return usage(tr("--kind: %1: expected annual, midterm or final").arg(kindText));
    const QString out = m_cli.option(QStringLiteral("out"));
    if (out.isEmpty())
        return usage(tr("report: --out FILE.pdf (or FILE.docx or FILE.odt for an editable copy) is required"));
    // The format: --format, else the file's extension, else PDF.
    QString format = m_cli.option(QStringLiteral("format")).toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(out).suffix().toLower();
        format = suffix == QLatin1String("odt") || suffix == QLatin1String("docx") ? suffix : QStringLiteral("pdf");
    }
    if (format != QLatin1String("pdf") && format != QLatin1String("odt") && format != QLatin1String("docx"))
        return usage(tr("--format: %1: expected pdf, docx or odt").arg(format));
    Database db;
    if (!openDatabase(&db))
        return 1;
    QString error;
    // --issuing-body: stored for this and every later report, as the report dialog does.
    if (m_cli.isSet(QStringLiteral("issuing-body"))) {
        if (!ReportData::setIssuingBody(db.connection(), actor(db), m_cli.option(QStringLiteral("issuing-body")),
                                        &error))
            return usage(error);
    }
    const auto progress = [this](int percent, const QString &step) {
        if (!step.isEmpty())
            m_err << QStringLiteral("[%1%] %2").arg(percent, 3).arg(step) << Qt::endl;
    };
    bool ok = false;
    if (format == QLatin1String("odt"))
        ok = ReportRenderer::writeOdt(db.connection(), kind, year, out, &error, progress);
    else if (format == QLatin1String("docx"))
        ok = ReportRenderer::writeDocx(db.connection(), kind, year, out, &error, progress);
    else
        ok = ReportRenderer::writePdf(db.connection(), kind, year, out, &error, progress);
    if (!ok)
        return failure(tr("The report was not written: %1").arg(error));
    m_err << tr("Report written to %1.").arg(QFileInfo(out).absoluteFilePath()) << Qt::endl;
    return 0;
}

int CommandRunner::returnTemplate()
{
    int year = 0;
    if (!yearOption(&year, true))
        return 2;
    const QString unit = m_cli.option(QStringLiteral("unit"));
    const QString out = m_cli.option(QStringLiteral("out"));
    if (unit.isEmpty() || out.isEmpty())
        return usage(tr("template: --unit NAME, --year Y and --out FILE.xlsx are required"));
    Database db;
    if (!openDatabase(&db))
        return 1;
    QString error;
    if (!ReturnTemplate::write(db.connection(), unit, year, out, &error))
        return failure(error);
    m_err << tr("Return template of %1 for %2 written to %3.").arg(unit).arg(year).arg(out) << Qt::endl;
    return 0;
}

int CommandRunner::returnPdf()
{
    int year = 0;
    if (!yearOption(&year, true))
        return 2;
    const QString unit = m_cli.option(QStringLiteral("unit"));
    const QString out = m_cli.option(QStringLiteral("out"));
    if (unit.isEmpty() || out.isEmpty())
        return usage(tr("return-pdf: --unit NAME, --year Y and --out FILE.pdf are required"));
    Database db;
    if (!openDatabase(&db))
        return 1;
    QString error;
    int pages = 0;
    if (!ReturnPdf::writePdf(db.connection(), actor(db), unit, year, out, &error, &pages))
        return failure(tr("The return of %1 for %2 was not written: %3").arg(unit).arg(year).arg(error));
    m_err << tr("Return of %1 for %2 written to %3 (%n page(s)).", nullptr, pages)
                 .arg(unit)
                 .arg(year)
                 .arg(QFileInfo(out).absoluteFilePath())
          << Qt::endl;
    return 0;
}
