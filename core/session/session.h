#pragma once

#include "exchange/valuefileimport.h"
#include "model/auditentry.h"
#include "model/comment.h"
#include "model/indicator.h"
#include "model/plan.h"
#include "model/planyears.h"
#include "model/responsibleunit.h"
#include "model/serveraddress.h"
#include "model/unitcompleteness.h"
#include "model/user.h"
#include "model/valuerecord.h"
#include "workflow/assessmentservice.h"
#include "workflow/authservice.h"
#include "workflow/catalogservice.h"
#include "workflow/changenotifier.h"
#include "workflow/deadlineservice.h"
#include "workflow/printedreturn.h"
#include "workflow/reportdata.h"
#include "workflow/reportservice.h"
#include "workflow/returnchecker.h"
#include "workflow/returnservice.h"
#include "workflow/reviewservice.h"
#include "workflow/todoservice.h"

#include <QObject>

#include <memory>
#include <optional>

class Database;
class ServerChanges;

// What the pages work with: the open database, the signed-in user, the services
// bound to both, the reads the pages show, and the ChangeNotifier every service of
// this session announces its commits on. No page holds a Database or includes
// storage/ (the build checks it: tests/CMakeLists.txt, ui_includes_no_storage);
// everything a page reads or changes passes through here.
//
// The services returned are light objects over the session's connection: build
// one per act, as the pages do. They check the acting user's role themselves
// (Permissions, ValueWorkflow); the session adds no rule of its own.
class Session : public QObject
{
    Q_OBJECT

public:
    explicit Session(QObject *parent = nullptr);
    // A session over a database someone else opened and keeps (tests, the command
    // line): open() and close() are then refused.
    explicit Session(Database *borrowed, QObject *parent = nullptr);
    ~Session() override;

    // Opens `path` as a plan database (PlanDatabase::open), replacing the database
    // this session had and signing its user out; announces databaseReplaced. On
    // failure the previous database stays open and errorString() says why.
    bool open(const QString &path);
    // Closes the database (pages must not read after this); signs out.
    void close();
    bool isOpen() const;
    // The file or server URI (a server's password included: for worker connections).
    QString path() const;
    // Where the session is connected, for the title and status bar: the file, or
    // "user@host:port/dbname" on a server (never a password).
    QString displayName() const;
    bool isServer() const;
    // On a server: whether the connection still works. One the server dropped is
    // made again (Restored) when it can be; Lost says it cannot yet (errorString()
    // says why). A file is always Alive. A write that met a dropped connection was
    // not stored (the server rolled it back) or, if the drop came during its
    // commit, may have been: a retry with the version it started from finds out.
    enum class Link { Alive, Restored, Lost };
    Link checkConnection();
    // The URI of a server database (percent-encoded, password included when given),
    // and back (false when `uri` is not one; the password is left out).
    static QString serverUri(const ServerAddress &address);
    static bool serverAddress(const QString &uri, ServerAddress *address);
    QString errorString() const { return m_error; }
    // The file was made by `fuer-monitor demo` (示例数据).
    bool isDemo() const;

    std::optional<User> user() const { return m_user; }
    void setUser(const User &user);
    void signOut();
    // The signed-in user's account as stored now (role, disabled), or nothing.
    std::optional<User> storedUser(const QString &login) const;

    ChangeNotifier *notifier() { return &m_notifier; }

    // Services bound to this session's connection and notifier.
    ReturnService returns();
    ReviewService reviews();
    ReportService reports();
    AssessmentService assessments() const;
    AuthService auth();
    CatalogService catalogEdits();
    DeadlineService deadlines();
    // What waits for a person (待办), read-only.
    TodoService todo() const;

    // Reads.
    QVector<Plan> plans() const;
    PlanYears years() const;
    QVector<Indicator> indicators() const;
    std::optional<Indicator> indicator(const QString &code) const;
    QVector<ResponsibleUnit> units() const;
    QVector<ResponsibleUnit> memberUnits() const; // the units that report (成员单位)
    // The district's values (the default area), of `year` or of every year (0).
    QVector<ValueRecord> districtValues(int year = 0) const;
    std::optional<ValueRecord> districtValue(const QString &code, int year) const;
    // Every year of one indicator in the district.
    QVector<ValueRecord> valuesOf(const QString &code) const;
    QVector<AuditEntry> history(const QString &code, int limit = 1000) const;
    QVector<Comment> comments(const QString &code) const;
    QVector<UnitCompleteness> completeness(int year) const;
    QVector<User> users() const;
    // The checker the return page judges a row with, loaded from this database.
    ReturnChecker returnChecker() const;
    ReportData report(ReportData::Kind kind, int year) const;
    // The reports' issuing body (ReportData::storedIssuingBody); setting it is the
    // signed-in reviewer's or administrator's act.
    QString issuingBody() const;
    bool setIssuingBody(const QString &text, QString *error);
    bool writeTemplate(const QString &unit, int year, const QString &path, QString *error) const;
    // The printable return of `unit` for `year` as the signed-in user may print it
    // (PrintedReturn::build); nothing with *error when no one is signed in.
    std::optional<PrintedReturn> printedReturn(const QString &unit, int year, QString *error) const;
    // The units that lead an indicator (those with a return), in the catalog's order.
    QStringList leadingUnits() const;

    // A file's import preview on a connection of its own, for a worker thread:
    // `databasePath` is path() of the session that will store it; a return
    // template's report sheet is checked too (ReportService::checkSheet). False with
    // *error when that database could not be opened.
    static bool previewImport(const QString &databasePath, const QString &file, ValueFileImport::Options options,
                              ValueFileImport::Preview *preview, QString *error);
    // Is the file at `path` a demo database (for the first start's choice)?
    static bool isDemoFile(const QString &path);
    // Writes the demo database to `path` (a new file); false with *error.
    static bool createDemo(const QString &path, QString *error);

    // The database itself, for tests and the command line, which may read and
    // write underneath. Pages cannot use it: ui/ does not include storage/.
    Database *database() const { return m_db; }

private:
    QSqlDatabase connection() const;

    std::unique_ptr<Database> m_owned;
    Database *m_db = nullptr;
    std::optional<User> m_user;
    ChangeNotifier m_notifier;
    // On a server: the notifier's announcements to and from the other programs.
    std::unique_ptr<ServerChanges> m_serverChanges;
    QString m_error;
};
