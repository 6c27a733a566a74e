#pragma once

#include "target/judgement.h"
#include "workflow/entryvalidator.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>

#include <optional>

// The check of ReturnService::check without a query per keystroke: the series,
// reference values and verdicts are read once per year and kept current as drafts
// are saved, and only the edited indicator is assessed again.
class ReturnChecker
{
public:
    void load(QSqlDatabase db);
    EntryCheck check(const Indicator &indicator, int year, const EntryValidator::Input &input,
                     std::optional<Assessment> *live) const;
    // Keeps the cache in step with what was saved (nothing: the draft was removed).
    void setValue(const QString &code, int year, std::optional<double> value);

private:
    QHash<QString, QMap<int, double>> m_series;
    QHash<QString, QMap<int, double>> m_reference;
    QHash<QString, QMap<int, Judgement>> m_judgements;
};
