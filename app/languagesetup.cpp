#include "languagesetup.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void LanguageSetup::install(const QString &language)
{
    const bool english = language.startsWith(QLatin1String("en"));
    const QString name = english ? QStringLiteral("en") : QStringLiteral("zh_CN");
    QLocale::setDefault(
        QLocale(english ? QLocale::English : QLocale::Chinese, english ? QLocale::UnitedStates : QLocale::China));
    auto *own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/fuer_%1.qm").arg(name)))
        QCoreApplication::installTranslator(own);
    if (!english) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
    }
}
