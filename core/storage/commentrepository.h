#pragma once

#include "model/comment.h"

#include <QSqlDatabase>
#include <QVector>

// Comments on indicators (district values), with an audit row each.
class CommentRepository
{
public:
    explicit CommentRepository(QSqlDatabase db);

    bool add(const Comment &comment, QString *error);
    // Newest first.
    QVector<Comment> comments(const QString &indicatorCode) const;

private:
    QSqlDatabase m_db;
};
