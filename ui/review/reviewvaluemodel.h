#pragma once

#include "model/valuerecord.h"
#include "target/indicatorassessment.h"

#include "widgets/columntablemodel.h"

#include <QVector>

#include <optional>

// One unit's return for one year as the reviewer reads it: per indicator the target,
// the value with numerator and denominator, source, note, state, whether it changed
// since it was approved, the live assessment (status and warning) and the reviewer's
// last note. Read-only: the reviewer acts through ReviewService, never by editing.
class ReviewValueModel : public ColumnTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn,
        NameColumn,
        TargetColumn,
        ValueColumn,
        StateColumn, // what the reviewer scans first, next to the value
        AssessmentColumn,
        ChangedColumn,
        FractionColumn,
        SourceColumn,
        NoteColumn,
        ReviewNoteColumn,
        ColumnCount
    };

    struct Row
    {
        IndicatorAssessment assessment; // carries the indicator
        std::optional<ValueRecord> value;

        const Indicator &indicator() const { return assessment.indicator; }
        bool isJudged() const; // 保持合理比例 or an unparsed target: a reviewer's verdict
    };

    explicit ReviewValueModel(QObject *parent = nullptr);

    void setRows(const QVector<Row> &rows);
    const Row *rowAt(int row) const;
    int rowOfCode(const QString &code) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row &r, int column) const;

    QVector<Row> m_rows;
};
