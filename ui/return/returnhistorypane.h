#pragma once

#include "model/auditentry.h"
#include "model/comment.h"
#include "model/indicator.h"
#include "model/valuerecord.h"

#include <QWidget>

class AuditTableModel;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class ValueTableModel;

// Beside the return table: the selected indicator's values by year and every change
// to them (who, when, old → new, state, reason), so a liaison sees why a value was
// sent back and what was reported before.
class ReturnHistoryPane : public QWidget
{
    Q_OBJECT

public:
    explicit ReturnHistoryPane(QWidget *parent = nullptr);

    void showIndicator(const Indicator &indicator, const QVector<ValueRecord> &values,
                       const QVector<AuditEntry> &history);
    void clear();
    QString currentCode() const { return m_code; }
    QTableView *valuesView() const { return m_valuesView; }
    QTableView *auditView() const { return m_auditView; }
    // Remarks of the lead and co-operating units; `canComment` shows the button.
    void setComments(const QVector<Comment> &comments, bool canComment);
    QListWidget *commentsView() const { return m_comments; }

signals:
    void commentRequested(const QString &code);

private:
    QString m_code;
    QLabel *m_title;
    ValueTableModel *m_values;
    AuditTableModel *m_audit;
    QTableView *m_valuesView;
    QTableView *m_auditView;
    QListWidget *m_comments;
    QPushButton *m_addComment;
};
