#pragma once

#include "exchange/valuefileimport.h"

#include "widgets/columntablemodel.h"

// Every row of a file to import with its check result, before anything is written.
class ImportPreviewModel : public RowTableModel<ValueFileImport::PreviewRow>
{
    Q_OBJECT

public:
    enum Column {
        LineColumn,
        CodeColumn,
        YearColumn,
        ValueColumn,
        SourceColumn,
        NoteColumn,
        ResultColumn,
        ColumnCount
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ValueFileImport::Preview &preview);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
