#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

namespace blihops::cli {

class CliContext;

// What the export commands share (`checklist export`, `verification export`): --format and
// -o FILE, both required, and what they print once the file is written.
class ExportCli
{
public:
    // formats: "md|html|pdf".
    explicit ExportCli(const QString &formats);

    QList<QCommandLineOption> options() const { return {m_format, m_output}; }
    // The format's key. Throws Error(BadInput) "COMMAND needs --format ... and -o FILE."
    // unless both are given.
    QString format(const QCommandLineParser &parser, const QString &command) const;
    // -o FILE as an absolute path.
    QString path(const QCommandLineParser &parser) const;
    // {"id","format","file"} with --json, else "wrote FILE".
    static void printWritten(CliContext &context, qint64 id, const QString &format,
                             const QString &path);

private:
    QString m_formats;
    QCommandLineOption m_format;
    QCommandLineOption m_output;
};

} // namespace blihops::cli
