#include "Require.h"
#include "TestData.h"
#include "compose/ComposeFile.h"
#include "util/Error.h"

#include <QTest>

using namespace blihops;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(BLIHOPS_TEST_DATA_DIR "/compose/") + QString::fromLatin1(name);
}

QString profileFile(const char *name)
{
    return QStringLiteral(BLIHOPS_SOURCE_DIR "/resources/profile/") + QString::fromLatin1(name);
}

Error loadError(const QString &path)
{
    try {
        ComposeFile::load(path);
    } catch (const Error &error) {
        return error;
    }
    return Error(ErrorKind::BadInput, QStringLiteral("no error"));
}

} // namespace

class TestComposeFile : public QObject
{
    Q_OBJECT

private slots:
    void readsServicesWithLines()
    {
        const ComposeFile file = ComposeFile::load(fixture("base.yml"));
        QCOMPARE(file.services().size(), 2);
        QCOMPARE(file.services().at(0).name, QStringLiteral("web"));
        QCOMPARE(file.services().at(0).line, 3);
        QCOMPARE(file.services().at(1).name, QStringLiteral("db"));
        QCOMPARE(file.services().at(1).line, 5);
    }

    void mergesServiceNamesInOrder()
    {
        const auto merged = ComposeFile::serviceNames(
            {fixture("base.yml"), fixture("override.yml"), fixture("volumes-only.yml")});
        QVERIFY(merged.error.isEmpty());
        QCOMPARE(merged.names, (QStringList{QStringLiteral("web"), QStringLiteral("db"),
                                            QStringLiteral("worker")}));
    }

    void keepsWhatWasReadBeforeAnError()
    {
        const auto merged =
            ComposeFile::serviceNames({fixture("base.yml"), fixture("malformed.yml")});
        QCOMPARE(merged.names.size(), 2);
        QVERIFY(merged.error.contains(QStringLiteral("malformed.yml")));
    }

    void malformedYamlNamesFileLineAndColumn()
    {
        const Error error = loadError(fixture("malformed.yml"));
        QCOMPARE(error.kind(), ErrorKind::BadInput);
        QVERIFY2(error.message().contains(
                     QStringLiteral("malformed.yml is not valid YAML at line 4, column")),
                 qPrintable(error.message()));
    }

    void rejectsWhatIsNotAComposeFile()
    {
        QVERIFY(loadError(fixture("list-top.yml")).message().contains(QStringLiteral("top level")));
        const Error services = loadError(fixture("services-list.yml"));
        QVERIFY2(services.message().contains(QStringLiteral("line 2")),
                 qPrintable(services.message()));
        const Error missing = loadError(fixture("missing.yml"));
        QVERIFY2(missing.message().contains(QStringLiteral("is not on this machine")),
                 qPrintable(missing.message()));
        QCOMPARE(missing.details().value(QStringLiteral("file")).toString(),
                 fixture("missing.yml"));
    }

    // Nine levels of nine aliases: refused at the node budget, long before it is expanded.
    void aliasBombsAreRefused()
    {
        const Error error = loadError(fixture("billion-laughs.yml"));
        QCOMPARE(error.kind(), ErrorKind::BadInput);
        QVERIFY2(error.message().contains(QStringLiteral("billion-laughs.yml expands into more "
                                                         "than 200000 YAML nodes")),
                 qPrintable(error.message()));
        // Aliases in ordinary use still expand.
        QCOMPARE(ComposeFile::load(fixture("merge/base.yml")).services().size(), 2);
    }

    void builtinProfileDeclaresThePlatformServices_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("development") << profileFile("docker-compose.dev.yml");
        QTest::newRow("staging") << profileFile("docker-compose.staging.yml");
        QTest::newRow("production") << profileFile("docker-compose.yml");
    }

    void builtinProfileDeclaresThePlatformServices()
    {
        QFETCH(QString, file);
        QStringList names;
        const ComposeFile compose = ComposeFile::load(file);
        for (const auto &service : compose.services())
            names << service.name;
        for (const char *expected : {"postgres", "redis", "api", "bot", "admin"})
            QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
    }

    void everyCorpusFileParses()
    {
        const QStringList files = blihops::test::corpusComposeFiles();
        BLIHOPS_REQUIRE(!files.isEmpty(), "../shared/corpus/awesome-compose is absent");
        for (const QString &path : files) {
            try {
                QVERIFY2(!ComposeFile::load(path).services().isEmpty(), qPrintable(path));
            } catch (const Error &error) {
                QFAIL(qPrintable(error.message()));
            }
        }
        QVERIFY2(files.size() >= 30, qPrintable(QString::number(files.size())));
    }
};

QTEST_GUILESS_MAIN(TestComposeFile)
#include "tst_composefile.moc"
