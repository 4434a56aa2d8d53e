#include "ExportCli.h"

#include "CliContext.h"
#include "util/Error.h"

#include <QFileInfo>

namespace blihops::cli {

namespace {

// "md|html|pdf" as "md, html or pdf."
QString described(const QString &formats)
{
    QStringList keys = formats.split(QLatin1Char('|'));
    const QString last = keys.takeLast();
    return (keys.isEmpty() ? last
                           : keys.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last) +
           QLatin1Char('.');
}

} // namespace

ExportCli::ExportCli(const QString &formats)
    : m_formats(formats), m_format(QStringLiteral("format"), described(formats), formats),
      m_output({QStringLiteral("o"), QStringLiteral("output")},
               QStringLiteral("The file to write."), QStringLiteral("FILE"))
{}

QString ExportCli::format(const QCommandLineParser &parser, const QString &command) const
{
    if (!parser.isSet(m_format) || !parser.isSet(m_output)) {
        throw Error(ErrorKind::BadInput,
                    QStringLiteral("%1 needs --format %2 and -o FILE.").arg(command, m_formats));
    }
    return parser.value(m_format);
}

QString ExportCli::path(const QCommandLineParser &parser) const
{
    return QFileInfo(parser.value(m_output)).absoluteFilePath();
}

void ExportCli::printWritten(CliContext &context, qint64 id, const QString &format,
                             const QString &path)
{
    if (context.json()) {
        context.printJson({{QStringLiteral("id"), id},
                           {QStringLiteral("format"), format},
                           {QStringLiteral("file"), path}});
    } else {
        context.out() << "wrote " << path << '\n';
        context.out().flush();
    }
}

} // namespace blihops::cli
