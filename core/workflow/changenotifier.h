#pragma once

#include <QObject>
#include <QStringList>

// What changed in the open database, announced once the change is committed (in
// the shape of Subsurface's DiveListNotifier). The services emit; every page that
// shows the data connects to the signal and refreshes from it, so no page has to
// know which other page changed what.
//
// The signals are emitted on the thread that committed, after the commit: a
// receiver always reads the new state. A service built without a notifier (the
// command line, tests of the services alone) announces nothing.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    explicit ChangeNotifier(QObject *parent = nullptr);

signals:
    // Values of these indicators in `year` were stored, changed state or were
    // removed (drafts, submissions, approvals, returns, imports). `year` is 0 when
    // an import touched several years.
    void valuesChanged(const QStringList &codes, int year);
    // A reviewer's judgement of a descriptive indicator.
    void judgementsChanged(const QString &code, int year);
    void commentsChanged(const QString &code, int year);
    // The catalog: an indicator's target, attribute, units or rule parameters.
    void catalogChanged(const QString &code);
    void accountsChanged();
    // A unit's annual report for `year` was saved, changed state, or got or lost
    // an attachment.
    void reportsChanged(const QString &unit, int year);
    // The due date of `year` or a unit's extension of it (报送截止日期).
    void deadlinesChanged(int year);
    // Another database is about to replace the open one (it opened without
    // error): the last moment to save into the old one. Pages built on the old
    // database should go now.
    void aboutToReplaceDatabase();
    // The whole database was replaced (opened anew, restored from a backup): every
    // page reloads everything.
    void databaseReplaced();
};
