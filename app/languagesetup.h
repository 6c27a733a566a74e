#pragma once

#include <QString>

// Installs the program's and Qt's translations. Chinese is the default; "en" keeps
// the English source strings.
class LanguageSetup
{
public:
    static void install(const QString &language);
};
