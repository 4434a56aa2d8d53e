#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.unfinished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                   !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured(0);
    return found;
}

} // namespace

// The German interface must show no English: every string in the sources has a finished
// translation with the same placeholders.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void germanIsCompleteForTheCurrentSources()
    {
        // lupdate into a copy, so that strings added since the last update show as unfinished.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("blihops_de.ts"));
        QVERIFY(
            QFile::copy(QStringLiteral(BLIHOPS_SOURCE_DIR "/translations/blihops_de.ts"), copy));
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(BLIHOPS_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral(BLIHOPS_SOURCE_DIR "/src/gui"),
                       QStringLiteral(BLIHOPS_SOURCE_DIR "/src/core"),
                       QStringLiteral(BLIHOPS_SOURCE_DIR "/src/app"),
                       QStringLiteral(BLIHOPS_SOURCE_DIR "/ui"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const QList<Message> messages = readTs(copy);
        QVERIFY(messages.size() > 100);
        QStringList missing;
        for (const Message &message : messages) {
            const bool empty =
                std::any_of(message.translations.begin(), message.translations.end(),
                            [](const QString &text) { return text.trimmed().isEmpty(); });
            if (message.unfinished || empty)
                missing << message.context + QStringLiteral(": ") + message.source;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("untranslated (run the update_translations "
                                           "target and translate):\n") +
                            missing.join(QLatin1Char('\n'))));
    }

    void germanKeepsEveryPlaceholder()
    {
        for (const Message &message :
             readTs(QStringLiteral(BLIHOPS_SOURCE_DIR "/translations/blihops_de.ts"))) {
            for (const QString &translation : message.translations) {
                QVERIFY2(placeholders(translation) == placeholders(message.source),
                         qPrintable(message.source + QStringLiteral(" -> ") + translation));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
