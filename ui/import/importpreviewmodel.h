#pragma once

#include "exchange/valuefileimport.h"

#include <QAbstractTableModel>

// Every row of a file to import with its check result, before anything is written.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LineColumn, CodeColumn, YearColumn, ValueColumn, SourceColumn, NoteColumn, ResultColumn, ColumnCount };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const ValueFileImport::Preview &preview);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ValueFileImport::PreviewRow> m_rows;
};
