#pragma once

#include <QString>
#include <QVariant>

#include <optional>

// Conversions between our value types and bound SQL parameters.
namespace SqlValues {

// A null QString binds as SQL NULL; text columns are NOT NULL with '' for none.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

inline QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

inline QVariant optionalDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

// The other way: a column's NULL as no value.
inline std::optional<double> optionalDoubleOf(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

inline QVariant nullableInt(int v)
{
    return v > 0 ? QVariant(v) : QVariant(QMetaType::fromType<int>());
}

} // namespace SqlValues
