#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

// Help > About: the version (project() in CMakeLists.txt, the same that --version
// and the package show), the program's licence, and the libraries it runs on with
// their versions at run time and their licences.
class AboutBox
{
    Q_DECLARE_TR_FUNCTIONS(AboutBox)

public:
    static QString text();
    static void show(QWidget *parent);
};
