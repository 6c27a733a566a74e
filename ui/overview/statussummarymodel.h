#pragma once

#include "model/plan.h"
#include "target/indicatorassessment.h"

#include "widgets/columntablemodel.h"

#include <QVector>

#include <array>
#include <optional>

// The overview's counts: per plan, per category and for both plans, how many
// indicators are met, not met, awaiting judgement or without data in the chosen
// year, and the share met 达标率 = met / (met + not met) for that year and the one
// before. Every count is a way into the indicators behind it (see filterOf).
class StatusSummaryModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        MetColumn,
        NotMetColumn,
        JudgementColumn,
        NoDataColumn,
        TotalColumn,
        RateColumn,
        PreviousRateColumn,
        ChangeColumn,
        ColumnCount
    };

    struct Row
    {
        enum class Kind { Plan, Category, Total };
        Kind kind = Kind::Category;
        QString label;
        QString planCode;            // empty for the total
        QString category;            // empty for plan and total rows
        std::array<int, 4> counts{}; // indexed by Assessment::Status
        std::array<int, 4> previousCounts{};
        int total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
        static std::optional<double> rate(const std::array<int, 4> &counts);
    };

    explicit StatusSummaryModel(QObject *parent = nullptr);

    // `current` and `previous` are the assessments of `year` and `year - 1`.
    void setAssessments(const QVector<Plan> &plans, const QVector<IndicatorAssessment> &current,
                        const QVector<IndicatorAssessment> &previous, int year);
    const Row *rowAt(int row) const;
    int rowOf(const QString &planCode, const QString &category = QString()) const;
    // The status a count column stands for; none for the other columns.
    static std::optional<Assessment::Status> statusOfColumn(int column);
    int count(int row, Assessment::Status status) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row &r, int column) const;

    QVector<Row> m_rows;
    int m_year = 0;
};
