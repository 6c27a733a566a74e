#pragma once

#include "valuestate.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

// A responsible unit's annual report (年度规划落实情况报告) for one reporting year:
// 规划落实情况 per category the unit serves, 存在问题 and 下一年工作安排, plain text
// with paragraphs. It follows the workflow of a value (draft, submitted, returned
// with the reviewer's note, approved); `version` is what a save or a state change
// expects to find, so two people never silently overwrite each other.
//
// A report not stored yet has id 0 and version 0: an empty draft with the unit's
// categories. `categories` lists the categories the unit serves in plan order;
// `progress` maps a category name to its text (a category missing there is empty).
struct UnitReport
{
    qint64 id = 0;
    QString unit;
    int year = 0;
    QStringList categories;
    QHash<QString, QString> progress;
    QString problems;     // 存在问题
    QString nextYearPlan; // 下一年工作安排
    ValueState state = ValueState::Draft;
    int version = 0;
    QString updatedBy;
    QDateTime updatedAt;   // UTC; invalid when never stored
    QDateTime submittedAt; // UTC; invalid when never submitted
    QString reviewNote;    // the reviewer's reason when returned

    bool isStored() const { return id > 0; }
    // No section has any text but white space.
    bool isBlank() const
    {
        if (!problems.trimmed().isEmpty() || !nextYearPlan.trimmed().isEmpty())
            return false;
        for (auto it = progress.cbegin(); it != progress.cend(); ++it) {
            if (!it.value().trimmed().isEmpty())
                return false;
        }
        return true;
    }
};

// A file attached to a unit's report (its 实施方案, a scanned stamped report). The
// list carries what describes the file; its bytes are read only when someone
// downloads it (ReportService::attachmentContent).
struct ReportAttachment
{
    qint64 id = 0;
    QString fileName;
    QString mediaType; // application/pdf, image/png …
    qint64 size = 0;
    QString sha256; // lower-case hex of the content
    QString uploadedBy;
    QDateTime uploadedAt; // UTC
};
