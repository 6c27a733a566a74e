#include "tempdatabase.h"

#include "catalog/plandatabase.h"

#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/valuerepository.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

TempDatabase::TempDatabase() = default;

TempDatabase::~TempDatabase()
{
    m_db.close(); // before the servers drop their databases
}

bool TempDatabase::onServer()
{
    return qEnvironmentVariable("FUER_TEST_BACKEND") == QLatin1String("pg");
}

bool TempDatabase::open(const QString &fileName, const QString &serverTemplate)
{
    if (onServer()) {
        std::unique_ptr<PgTestServer> &server = m_servers[fileName];
        if (!server) {
            server = std::make_unique<PgTestServer>();
            if (!server->start(serverTemplate)) {
                qWarning("TempDatabase: no test server: %s", qPrintable(server->errorString()));
                server.reset();
                return false;
            }
        }
        m_path = server->uri();
        return PlanDatabase::open(m_db, m_path);
    }
    m_path = m_dir.filePath(fileName);
    return m_dir.isValid() && PlanDatabase::open(m_db, m_path);
}

void TempDatabase::close()
{
    m_db.close();
}

int TempDatabase::valueCount() const
{
    return ValueRepository(connection()).count();
}

int TempDatabase::auditCount() const
{
    return rowCount(QStringLiteral("audit_log"));
}

int TempDatabase::rowCount(const QString &table) const
{
    // Table names are the tests' own constants, never user input.
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString TempDatabase::defaultAreaName() const
{
    for (const Area &a : CatalogRepository(connection()).areas()) {
        if (a.isDefault)
            return a.name;
    }
    return QString();
}

QStringList TempDatabase::areaNames() const
{
    QStringList out;
    for (const Area &a : CatalogRepository(connection()).areas())
        out.append(a.name);
    return out;
}

TempDatabase::ImportOutcome TempDatabase::importCsv(const QByteArray &csv, ValueImport::Options options,
                                                    const QString &user)
{
    ImportOutcome out;
    options.defaultAreaName = defaultAreaName();
    const QVector<Indicator> indicators = CatalogRepository(connection()).indicators();
    out.result = ValueImport(indicators, areaNames(), options).readCsv(csv);
    if (!out.result.ok())
        return out;
    out.stored = ValueRepository(connection())
                     .store(out.result.records, user, QStringLiteral("import"), options.addAreas, &out.storeError);
    return out;
}

namespace {
QAtomicInt s_rawCounter;
}

RawSqlite::RawSqlite(const QString &path)
    : m_name(QStringLiteral("test-raw-%1").arg(s_rawCounter.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (!db.open())
        m_error = db.lastError().text();
}

RawSqlite::~RawSqlite()
{
    close();
}

void RawSqlite::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool RawSqlite::isOpen() const
{
    return QSqlDatabase::contains(m_name) && connection().isOpen();
}

QSqlDatabase RawSqlite::connection() const
{
    return QSqlDatabase::database(m_name, false);
}

bool RawSqlite::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

QVariant RawSqlite::scalar(const QString &sql)
{
    QSqlQuery q(connection());
    if (q.exec(sql) && q.next())
        return q.value(0);
    m_error = q.lastError().text();
    return QVariant();
}

namespace TestFiles {

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList entriesStartingWith(const QString &dir, const QString &prefix)
{
    QStringList out;
    const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    for (const QString &name : names) {
        if (name.startsWith(prefix))
            out.append(name);
    }
    return out;
}

QByteArray csv(const QStringList &lines, const QByteArray &eol)
{
    QByteArray out;
    for (const QString &line : lines)
        out += line.toUtf8() + eol;
    return out;
}

} // namespace TestFiles
