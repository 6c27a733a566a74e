#pragma once

#include <QDateTime>
#include <QString>

// A reviewer's verdict on a target that is never computed (保持合理比例) or whose text
// does not parse. The reason is required by the workflow; the assessment quotes it.
struct Judgement
{
    bool met = false;
    QString reason;
    QString user;
    QDateTime at;
};
