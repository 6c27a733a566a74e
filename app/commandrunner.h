#pragma once

#include "commandline.h"
#include "model/user.h"

#include <QCoreApplication>
#include <QTextStream>

class AssessmentService;
class Database;

// Runs one sub-command of the command line and returns the exit code: 0 done,
// 1 refused input or failed work, 2 wrong usage. Messages go to stderr in the
// chosen language. The command line acts as the administrator of a local file.
class CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(CommandRunner)

public:
    explicit CommandRunner(const CommandLine &cli);

    int run();

private:
    int catalog();
    int valuesImport(const QString &file);
    int valuesExport();
    int demo();
    int demoOnServer(const QString &uri);
    int users(const QStringList &words);
    int serverInit(const QString &adminLogin);
    int serverCopy(bool intoServer, const QString &file);
    int serverUpgrade();
    // Who the command acts as (see actor() in commandrunner.cpp).
    User actor(Database &db);
    QString passwordFromStdin(QString *error);
    int targetExplain(const QString &text);
    int assess();
    int writeAssessmentCsv(const AssessmentService &service, int year, bool byArea);
    int completeness();
    int report();
    int returnTemplate();
    int returnPdf();

    bool openDatabase(Database *db);
    int usage(const QString &message);
    int failure(const QString &message);
    bool writeOutput(const QByteArray &bytes);
    // --year from 2020 to `lastYear` (2030, the plan's last year; 2031 for reports).
    // --year within the plan's years (PlanYears of the built-in plans, checked
    // before any database is opened): baseline to the last plan year, or to the
    // final evaluation's year after it.
    bool yearOption(int *year, bool required, bool throughFinalEvaluation = false);

    const CommandLine &m_cli;
    QTextStream m_out;
    QTextStream m_err;
};
