#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

// The program's command line: global options, the sub-command words and the
// options the sub-commands take. Parsing only; running is CommandRunner's.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    // Needs the application object (for --help/--version texts).
    bool parse(const QStringList &arguments);
    QString errorText() const { return m_parser.errorText(); }
    QString helpText() const;

    bool wantsHelp() const { return m_parser.isSet(QStringLiteral("help")); }
    bool wantsVersion() const { return m_parser.isSet(QStringLiteral("version")); }
    QStringList words() const { return m_parser.positionalArguments(); }
    QString option(const QString &name) const { return m_parser.value(name); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }

    // Before the application object exists: the command word and the language.
    static QString peekCommand(int argc, char **argv);
    static QString peekLanguage(int argc, char **argv);

private:
    QCommandLineParser m_parser;
};
