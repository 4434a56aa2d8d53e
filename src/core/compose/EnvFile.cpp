#include "compose/EnvFile.h"

#include "compose/Interpolator.h"
#include "util/Error.h"

#include <QFile>
#include <QRegularExpression>

namespace blihops {

namespace {

QString unescapeDoubleQuoted(const QString &text)
{
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 == text.size()) {
            result += c;
            continue;
        }
        const QChar next = text.at(++i);
        switch (next.unicode()) {
        case 'n':
            result += QLatin1Char('\n');
            break;
        case 't':
            result += QLatin1Char('\t');
            break;
        case 'r':
            result += QLatin1Char('\r');
            break;
        default:
            result += next; // \" \\ \$ stand for themselves
        }
    }
    return result;
}

// Where the quote opened at text[0] closes; a double quote may be escaped with a backslash.
qsizetype closingQuote(const QString &text)
{
    const QChar quote = text.at(0);
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (quote == QLatin1Char('"') && text.at(i) == QLatin1Char('\\'))
            ++i;
        else if (text.at(i) == quote)
            return i;
    }
    return -1;
}

} // namespace

EnvFile EnvFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(ErrorKind::BadInput,
                    tr("Env file %1 cannot be read: %2. Check the path and its permissions.")
                        .arg(path, file.errorString()),
                    {{QStringLiteral("file"), path}});
    }
    return parse(QString::fromUtf8(file.readAll()), path);
}

EnvFile EnvFile::parse(const QString &text, const QString &path)
{
    static const QRegularExpression assignment(
        QStringLiteral("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\\s*(=|$)"));
    EnvFile env;
    env.m_path = path;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch match = assignment.match(line);
        if (!match.hasMatch()) {
            throw Error(ErrorKind::BadInput,
                        tr("Env file %1, line %2: \"%3\" is not NAME=VALUE; put a # before a "
                           "comment.")
                            .arg(path)
                            .arg(lineNumber)
                            .arg(trimmed),
                        {{QStringLiteral("file"), path}, {QStringLiteral("line"), lineNumber}});
        }
        if (match.captured(2).isEmpty())
            continue; // NAME alone: the value comes from the shell
        QString rest = line.mid(match.capturedEnd()).trimmed();
        QString value;
        bool substitute = true;
        const QChar quote = rest.isEmpty() ? QChar() : rest.at(0);
        if (quote == QLatin1Char('\'') || quote == QLatin1Char('"')) {
            // A quoted value may continue over the following lines.
            qsizetype close = closingQuote(rest);
            while (close < 0 && i + 1 < lines.size()) {
                rest += QLatin1Char('\n') + lines.at(++i);
                close = closingQuote(rest);
            }
            if (close < 0) {
                throw Error(ErrorKind::BadInput,
                            tr("Env file %1, line %2: the quote opened here is never closed.")
                                .arg(path)
                                .arg(lineNumber),
                            {{QStringLiteral("file"), path}, {QStringLiteral("line"), lineNumber}});
            }
            value = rest.mid(1, close - 1);
            if (quote == QLatin1Char('"'))
                value = unescapeDoubleQuoted(value);
            substitute = quote == QLatin1Char('"');
        } else {
            const qsizetype comment = rest.indexOf(QLatin1String(" #"));
            value = (comment < 0 ? rest : rest.left(comment)).trimmed();
        }
        if (substitute && value.contains(QLatin1Char('$'))) {
            // Compose keeps a "$" that starts no substitution as it is; so does this.
            try {
                value = Interpolator(env.values()).interpolate(value).text;
            } catch (const Error &) {
            }
        }
        env.m_entries.append({match.captured(1), value, lineNumber});
    }
    return env;
}

QHash<QString, QString> EnvFile::values() const
{
    QHash<QString, QString> values;
    for (const Entry &entry : m_entries)
        values.insert(entry.name, entry.value);
    return values;
}

bool EnvFile::defines(const QString &name) const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [&](const Entry &entry) { return entry.name == name; });
}

} // namespace blihops
