#include "overview/statussummarymodel.h"

#include "widgets/assessmentformatter.h"
#include "widgets/palette.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <cmath>

namespace {
void add(std::array<int, 4> *counts, const IndicatorAssessment &a)
{
    ++(*counts)[size_t(a.assessment.status)];
}

QString percent(std::optional<double> share)
{
    return share ? QLocale().toString(*share * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("—");
}
} // namespace

std::optional<double> StatusSummaryModel::Row::rate(const std::array<int, 4> &counts)
{
    const int assessed = counts[size_t(Assessment::Status::Met)] + counts[size_t(Assessment::Status::NotMet)];
    if (assessed == 0)
        return std::nullopt;
    return double(counts[size_t(Assessment::Status::Met)]) / assessed;
}

// The share-met titles and the change's tooltip name the year: headerData.
StatusSummaryModel::StatusSummaryModel(QObject *parent)
    : ColumnTableModel(
        {
            {tr("Plan / category")},
            {Assessment::statusLabel(Assessment::Status::Met), Qt::AlignRight | Qt::AlignVCenter},
            {Assessment::statusLabel(Assessment::Status::NotMet), Qt::AlignRight | Qt::AlignVCenter},
            {Assessment::statusLabel(Assessment::Status::NeedsJudgement), Qt::AlignRight | Qt::AlignVCenter},
            {Assessment::statusLabel(Assessment::Status::NoData), Qt::AlignRight | Qt::AlignVCenter},
            {tr("Total"), Qt::AlignRight | Qt::AlignVCenter},
            {QString(), Qt::AlignRight | Qt::AlignVCenter},
            {QString(), Qt::AlignRight | Qt::AlignVCenter},
            {tr("Change (points)"), Qt::AlignRight | Qt::AlignVCenter},
        },
        parent)
{
}

void StatusSummaryModel::setAssessments(const QVector<Plan> &plans, const QVector<IndicatorAssessment> &current,
                                        const QVector<IndicatorAssessment> &previous, int year)
{
    QVector<Row> rows;
    Row total;
    total.kind = Row::Kind::Total;
    total.label = tr("Both plans");
    for (const Plan &plan : plans) {
        Row planRow;
        planRow.kind = Row::Kind::Plan;
        planRow.label = plan.name;
        planRow.planCode = plan.code;
        rows.append(planRow);
        const int planIndex = rows.size() - 1;
        // Categories in catalog order, as the assessments come.
        for (const IndicatorAssessment &a : current) {
            if (a.indicator.planCode != plan.code)
                continue;
            bool known = false;
            for (int i = planIndex + 1; i < rows.size(); ++i)
                known = known || rows.at(i).category == a.indicator.category;
            if (!known) {
                Row c;
                c.label = a.indicator.category;
                c.planCode = plan.code;
                c.category = a.indicator.category;
                rows.append(c);
            }
        }
    }
    auto rowFor = [&rows](const Indicator &ind) -> Row * {
        for (Row &r : rows) {
            if (r.kind == Row::Kind::Category && r.planCode == ind.planCode && r.category == ind.category)
                return &r;
        }
        return nullptr;
    };
    auto planFor = [&rows](const Indicator &ind) -> Row * {
        for (Row &r : rows) {
            if (r.kind == Row::Kind::Plan && r.planCode == ind.planCode)
                return &r;
        }
        return nullptr;
    };
    for (const IndicatorAssessment &a : current) {
        for (Row *r : {rowFor(a.indicator), planFor(a.indicator), &total}) {
            if (r)
                add(&r->counts, a);
        }
    }
    for (const IndicatorAssessment &a : previous) {
        for (Row *r : {rowFor(a.indicator), planFor(a.indicator), &total}) {
            if (r)
                add(&r->previousCounts, a);
        }
    }
    rows.append(total);
    beginResetModel();
    m_rows = rows;
    m_year = year;
    endResetModel();
}

const StatusSummaryModel::Row *StatusSummaryModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int StatusSummaryModel::rowOf(const QString &planCode, const QString &category) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows.at(i);
        if (r.kind != Row::Kind::Total && r.planCode == planCode && r.category == category)
            return i;
    }
    if (planCode.isEmpty() && category.isEmpty() && !m_rows.isEmpty())
        return m_rows.size() - 1; // the total
    return -1;
}

std::optional<Assessment::Status> StatusSummaryModel::statusOfColumn(int column)
{
    switch (column) {
    case MetColumn:
        return Assessment::Status::Met;
    case NotMetColumn:
        return Assessment::Status::NotMet;
    case JudgementColumn:
        return Assessment::Status::NeedsJudgement;
    case NoDataColumn:
        return Assessment::Status::NoData;
    default:
        break;
    }
    return std::nullopt;
}

int StatusSummaryModel::count(int row, Assessment::Status status) const
{
    const Row *r = rowAt(row);
    return r ? r->counts[size_t(status)] : 0;
}

int StatusSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

QVariant StatusSummaryModel::data(const QModelIndex &index, int role) const
{
    const Row *r = rowAt(index.row());
    if (!r)
        return QVariant();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, column);
    case Qt::FontRole:
        if (r->kind != Row::Kind::Category) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (const auto status = statusOfColumn(column); status && r->counts[size_t(*status)] > 0)
            return QBrush(AssessmentFormatter::statusColor(*status));
        return QVariant();
    case Qt::BackgroundRole:
        return r->kind == Row::Kind::Category ? QVariant() : QBrush(Palette::screen(Palette::TotalBackground));
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::ToolTipRole:
        if (const auto status = statusOfColumn(column))
            return tr("Click to list these %1 indicators on the warning board").arg(Assessment::statusLabel(*status));
        if (column == RateColumn || column == PreviousRateColumn)
            return tr("Met ÷ (met + not met); indicators awaiting judgement or without data are left out");
        return QVariant();
    default:
        break;
    }
    return QVariant();
}

QVariant StatusSummaryModel::display(const Row &r, int column) const
{
    switch (column) {
    case NameColumn:
        return r.kind == Row::Kind::Category ? QStringLiteral("    ") + r.label : r.label;
    case MetColumn:
    case NotMetColumn:
    case JudgementColumn:
    case NoDataColumn:
        return r.counts[size_t(*statusOfColumn(column))];
    case TotalColumn:
        return r.total();
    case RateColumn:
        return percent(Row::rate(r.counts));
    case PreviousRateColumn:
        return percent(Row::rate(r.previousCounts));
    case ChangeColumn: {
        const auto now = Row::rate(r.counts);
        const auto before = Row::rate(r.previousCounts);
        if (!now || !before)
            return QStringLiteral("—");
        const double points = (*now - *before) * 100.0;
        if (std::abs(points) < 0.05)
            return tr("±0");
        // The arrow says the direction without colour.
        return QStringLiteral("%1 %2%3").arg(points > 0 ? QStringLiteral("▲") : QStringLiteral("▼"),
                                             points > 0 ? QStringLiteral("+") : QString(),
                                             QLocale().toString(points, 'f', 1));
    }
    }
    return QVariant();
}

QVariant StatusSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == ChangeColumn)
        return tr("Change of the share met in percentage points since %1").arg(m_year - 1);
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == RateColumn)
        return tr("Share met %1").arg(m_year);
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == PreviousRateColumn)
        return tr("Share met %1").arg(m_year - 1);
    return ColumnTableModel::headerData(section, orientation, role);
}
