#include "testdata.h"

#include "exchange/numberparser.h"
#include "storage/auditrepository.h"
#include "storage/catalogrepository.h"
#include "storage/userrepository.h"
#include "storage/valuerepository.h"
#include "workflow/authservice.h"
#include "workflow/demodata.h"

namespace TestData {

User user(QSqlDatabase db, const QString &login)
{
    const std::optional<User> u = UserRepository(db).user(login);
    if (!u)
        qFatal("no account %s", qPrintable(login));
    return *u;
}

User signIn(QSqlDatabase db, const QString &login)
{
    const AuthService::SignIn s = AuthService(db).signIn(login, DemoData::examplePassword());
    if (!s.user)
        qFatal("sign-in of %s failed: %s", qPrintable(login), qPrintable(s.message));
    return *s.user;
}

Indicator indicator(QSqlDatabase db, const QString &code)
{
    const std::optional<Indicator> i = CatalogRepository(db).indicator(code);
    if (!i)
        qFatal("no indicator %s", qPrintable(code));
    return *i;
}

std::optional<ValueRecord> value(QSqlDatabase db, const QString &code, int year)
{
    return ValueRepository(db).value(code, QString(), year);
}

QString calm(QSqlDatabase db, const QString &code, int year)
{
    const std::optional<ValueRecord> last = value(db, code, year - 1);
    if (!last)
        qFatal("no %d value of %s", year - 1, qPrintable(code));
    return NumberParser::format(last->value);
}

EntryValidator::Input entry(const QString &value, const QString &note, const QString &numerator,
                            const QString &denominator)
{
    EntryValidator::Input in;
    in.value = value;
    in.numerator = numerator;
    in.denominator = denominator;
    in.note = note;
    return in;
}

namespace {
QString fmt(const std::optional<double> &v)
{
    return v ? NumberParser::format(*v, 4) : QStringLiteral("-");
}

QString dash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}
} // namespace

QString auditRow(const AuditEntry &e)
{
    QString row = QStringLiteral("%1 by %2: %3 -> %4, %5 -> %6")
                      .arg(e.action, e.user, fmt(e.oldValue), fmt(e.newValue), dash(e.oldState), dash(e.newState));
    if (!e.reason.isEmpty())
        row += QStringLiteral(", reason: ") + e.reason;
    return row;
}

QStringList audit(QSqlDatabase db, const QString &code, int year)
{
    QStringList out;
    const QVector<AuditEntry> all = AuditRepository(db).history(code);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (it->year == year)
            out << auditRow(*it);
    }
    return out;
}

} // namespace TestData
