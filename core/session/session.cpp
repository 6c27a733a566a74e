#include "session.h"

#include "serverchanges.h"

#include "catalog/plandatabase.h"
#include "exchange/returntemplate.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/commentrepository.h"
#include "storage/completenessrepository.h"
#include "storage/database.h"
#include "storage/pgconnection.h"
#include "storage/settingsrepository.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"
#include "workflow/demodata.h"

#include <QFile>

Session::Session(QObject *parent)
    : QObject(parent)
    , m_owned(std::make_unique<Database>())
    , m_db(m_owned.get())
{
}

Session::Session(Database *borrowed, QObject *parent)
    : QObject(parent)
    , m_db(borrowed)
{
}

Session::~Session() = default;

bool Session::open(const QString &path)
{
    if (!m_owned) {
        m_error = QStringLiteral("a session over a borrowed database does not open another");
        return false;
    }
    auto db = std::make_unique<Database>();
    if (!PlanDatabase::open(*db, path)) {
        m_error = db->errorString();
        return false;
    }
    m_error.clear();
    emit m_notifier.aboutToReplaceDatabase();
    m_user.reset();
    m_serverChanges.reset();
    m_owned = std::move(db);
    m_db = m_owned.get();
    if (m_db->isServer()) {
        // Without notifications the pages still read what others changed when
        // they are shown again; the session works on.
        m_serverChanges = std::make_unique<ServerChanges>(m_db->connection(), &m_notifier);
        if (!m_serverChanges->start())
            qWarning("Session: no change notifications from %s: %s", qPrintable(m_db->displayName()),
                     qPrintable(m_serverChanges->errorString()));
    }
    emit m_notifier.databaseReplaced();
    return true;
}

void Session::close()
{
    m_user.reset();
    m_serverChanges.reset();
    if (m_owned)
        m_owned->close();
}

bool Session::isOpen() const
{
    return m_db && m_db->isOpen();
}

QString Session::path() const
{
    return m_db ? m_db->path() : QString();
}

QString Session::displayName() const
{
    return m_db ? m_db->displayName() : QString();
}

bool Session::isServer() const
{
    return m_db && m_db->isServer();
}

Session::Link Session::checkConnection()
{
    if (!isServer() || !PgSession::lost(connection()))
        return Link::Alive;
    QString error;
    if (PgSession::reconnect(connection(), &error))
        return Link::Restored;
    m_error = error;
    return Link::Lost;
}

QString Session::serverUri(const ServerAddress &address)
{
    PgConnectionSpec spec;
    spec.host = address.host.trimmed();
    spec.port = address.port > 0 ? address.port : -1;
    spec.dbname = address.database.trimmed();
    spec.user = address.user.trimmed();
    spec.password = address.password;
    if (!address.sslMode.isEmpty())
        spec.options.append({QStringLiteral("sslmode"), address.sslMode});
    return spec.toUri();
}

bool Session::serverAddress(const QString &uri, ServerAddress *address)
{
    PgConnectionSpec spec;
    QString error;
    if (!PgConnectionSpec::isUri(uri) || !PgConnectionSpec::parse(uri, &spec, &error))
        return false;
    address->host = spec.host;
    address->port = spec.port > 0 ? spec.port : 5432;
    address->database = spec.dbname;
    address->user = spec.user;
    address->password.clear();
    for (const auto &kv : spec.options) {
        if (kv.first == QLatin1String("sslmode"))
            address->sslMode = kv.second;
    }
    return true;
}

QSqlDatabase Session::connection() const
{
    return m_db->connection();
}

bool Session::isDemo() const
{
    return isOpen() && SettingsRepository(connection()).isDemo();
}

void Session::setUser(const User &user)
{
    m_user = user;
}

void Session::signOut()
{
    m_user.reset();
}

std::optional<User> Session::storedUser(const QString &login) const
{
    return UserRepository(connection()).user(login);
}

ReturnService Session::returns()
{
    return ReturnService(connection(), &m_notifier);
}

ReviewService Session::reviews()
{
    return ReviewService(connection(), &m_notifier);
}

ReportService Session::reports()
{
    return ReportService(connection(), &m_notifier);
}

TodoService Session::todo() const
{
    return TodoService(connection());
}

AssessmentService Session::assessments() const
{
    return AssessmentService(connection());
}

AuthService Session::auth()
{
    return AuthService(connection(), &m_notifier);
}

CatalogService Session::catalogEdits()
{
    return CatalogService(connection(), &m_notifier);
}

DeadlineService Session::deadlines()
{
    return DeadlineService(connection(), &m_notifier);
}

QVector<Plan> Session::plans() const
{
    return CatalogRepository(connection()).plans();
}

PlanYears Session::years() const
{
    return PlanYears::of(plans());
}

QVector<Indicator> Session::indicators() const
{
    return CatalogRepository(connection()).indicators();
}

std::optional<Indicator> Session::indicator(const QString &code) const
{
    return CatalogRepository(connection()).indicator(code);
}

QVector<ResponsibleUnit> Session::units() const
{
    return CatalogRepository(connection()).units();
}

QVector<ResponsibleUnit> Session::memberUnits() const
{
    QVector<ResponsibleUnit> out;
    for (const ResponsibleUnit &u : units()) {
        if (u.kind == ResponsibleUnit::Kind::Member)
            out.append(u);
    }
    return out;
}

QVector<ValueRecord> Session::districtValues(int year) const
{
    return ValueRepository(connection()).areaValues(QString(), year);
}

std::optional<ValueRecord> Session::districtValue(const QString &code, int year) const
{
    return ValueRepository(connection()).value(code, QString(), year);
}

QVector<ValueRecord> Session::valuesOf(const QString &code) const
{
    return ValueRepository(connection()).valuesOf(code);
}

QVector<AuditEntry> Session::history(const QString &code, int limit) const
{
    return AuditRepository(connection()).history(code, limit);
}

QVector<Comment> Session::comments(const QString &code) const
{
    return CommentRepository(connection()).comments(code);
}

QVector<UnitCompleteness> Session::completeness(int year) const
{
    return CompletenessRepository(connection()).byUnit(year);
}

QVector<User> Session::users() const
{
    return UserRepository(connection()).users();
}

ReturnChecker Session::returnChecker() const
{
    ReturnChecker checker;
    checker.load(connection());
    return checker;
}

ReportData Session::report(ReportData::Kind kind, int year) const
{
    return ReportData::build(connection(), kind, year);
}

QString Session::issuingBody() const
{
    return isOpen() ? ReportData::storedIssuingBody(connection()) : ReportData::defaultIssuingBody();
}

bool Session::setIssuingBody(const QString &text, QString *error)
{
    if (!m_user) {
        if (error)
            *error = tr("Sign in to change the issuing body.");
        return false;
    }
    return ReportData::setIssuingBody(connection(), *m_user, text, error);
}

bool Session::writeTemplate(const QString &unit, int year, const QString &path, QString *error) const
{
    return ReturnTemplate::write(connection(), unit, year, path, error);
}

std::optional<PrintedReturn> Session::printedReturn(const QString &unit, int year, QString *error) const
{
    if (!m_user) {
        *error = tr("Sign in to print a return.");
        return std::nullopt;
    }
    return PrintedReturn::build(connection(), *m_user, unit, year, error);
}

QStringList Session::leadingUnits() const
{
    return PrintedReturn::leadingUnits(connection());
}

bool Session::previewImport(const QString &databasePath, const QString &file, ValueFileImport::Options options,
                            ValueFileImport::Preview *preview, QString *error)
{
    Database db;
    if (!db.openAnother(databasePath)) {
        *error = db.errorString();
        return false;
    }
    *preview = ValueFileImport::previewFile(db.connection(), file, options);
    // A return template's report sheet: its section rules and the report's state.
    ReportService(db.connection()).checkSheet(preview);
    return true;
}

bool Session::isDemoFile(const QString &path)
{
    Database existing;
    return PlanDatabase::open(existing, path) && SettingsRepository(existing.connection()).isDemo();
}

bool Session::createDemo(const QString &path, QString *error)
{
    Database db;
    if (!PlanDatabase::open(db, path)) {
        *error = db.errorString();
        return false;
    }
    if (!DemoData::populate(db.connection(), error)) {
        db.close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return false;
    }
    return true;
}
