#include "util/Error.h"
#include "workspace/Environment.h"
#include "workspace/EnvironmentValidator.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(BLIHOPS_TEST_DATA_DIR "/compose/") + QString::fromLatin1(name);
}

Environment validEnvironment()
{
    Environment environment;
    environment.name = QStringLiteral("staging-eu");
    environment.tier = Tier::Staging;
    environment.engineUrl = QStringLiteral("ssh://deploy@staging.example.org");
    environment.composeFiles = {fixture("base.yml"), fixture("override.yml")};
    environment.projectName = QStringLiteral("staging-eu");
    environment.expectedPorts = {{QStringLiteral("db"), 5433}};
    environment.databases = {QStringLiteral("blihops_staging_db")};
    return environment;
}

QStringList messagesFor(const Environment &environment, EnvironmentValidator::Field field)
{
    QStringList messages;
    for (const auto &problem : EnvironmentValidator::validate(environment)) {
        if (problem.field == field)
            messages << problem.message;
    }
    return messages;
}

} // namespace

class TestEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void tierKeysRoundTrip()
    {
        for (const QString &key : tierKeys())
            QCOMPARE(tierKey(*tierFromKey(key)), key);
        QVERIFY(!tierFromKey(QStringLiteral("prod")).has_value());
    }

    void expectedPortsRoundTrip()
    {
        const QList<ExpectedPort> ports =
            parseExpectedPorts(QStringLiteral(" postgres:5432, redis:6379 ,api:8000,"));
        QCOMPARE(ports.size(), 3);
        QCOMPARE(ports.at(1), (ExpectedPort{QStringLiteral("redis"), 6379}));
        QCOMPARE(formatExpectedPorts(ports), QStringLiteral("postgres:5432, redis:6379, api:8000"));
        QVERIFY(parseExpectedPorts(QString()).isEmpty());
    }

    void expectedPortsRejectMalformedEntries_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no port") << "postgres";
        QTest::newRow("zero") << "postgres:0";
        QTest::newRow("too big") << "redis:65536";
        QTest::newRow("words") << "api:http";
        QTest::newRow("no service") << ":80";
    }

    void expectedPortsRejectMalformedEntries()
    {
        QFETCH(QString, text);
        try {
            parseExpectedPorts(QStringLiteral("ok:1, ") + text);
            QFAIL("accepted a malformed port");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), ErrorKind::BadInput);
            QVERIFY2(error.message().contains(text.trimmed()), qPrintable(error.message()));
        }
    }

    void validEnvironmentHasNoProblems()
    {
        const auto problems = EnvironmentValidator::validate(validEnvironment());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    }

    void unsetEngineIsAllowed()
    {
        Environment environment = validEnvironment();
        environment.engineUrl.clear();
        QVERIFY(EnvironmentValidator::validate(environment).isEmpty());
    }

    void namesEachBadField()
    {
        Environment environment = validEnvironment();
        environment.name = QStringLiteral("bad name!");
        environment.engineUrl = QStringLiteral("http://nope");
        environment.projectName = QStringLiteral("Upper");
        environment.envFile = QStringLiteral("/nonexistent/.env");
        environment.databases = {QStringLiteral("drop table;")};
        using F = EnvironmentValidator::Field;
        QVERIFY(messagesFor(environment, F::Name).value(0).contains(QStringLiteral("bad name!")));
        QVERIFY(
            messagesFor(environment, F::Engine).value(0).contains(QStringLiteral("http://nope")));
        QVERIFY(
            messagesFor(environment, F::ProjectName).value(0).contains(QStringLiteral("Upper")));
        QVERIFY(messagesFor(environment, F::EnvFile)
                    .value(0)
                    .contains(QStringLiteral("/nonexistent/.env")));
        QVERIFY(messagesFor(environment, F::Databases)
                    .value(0)
                    .contains(QStringLiteral("drop table;")));
        QVERIFY(messagesFor(environment, F::ComposeFiles).isEmpty());
    }

    void namesTheMissingComposeFile()
    {
        Environment environment = validEnvironment();
        const QString missing = fixture("does-not-exist.yml");
        environment.composeFiles << missing;
        const QStringList messages =
            messagesFor(environment, EnvironmentValidator::Field::ComposeFiles);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(missing), qPrintable(messages.first()));
    }

    void namesTheMalformedComposeFileAndLine()
    {
        Environment environment = validEnvironment();
        environment.composeFiles = {fixture("malformed.yml")};
        const QStringList messages =
            messagesFor(environment, EnvironmentValidator::Field::ComposeFiles);
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(QStringLiteral("malformed.yml")),
                 qPrintable(messages.first()));
        QVERIFY2(messages.first().contains(QStringLiteral("line 4")), qPrintable(messages.first()));
    }

    void requiresComposeFilesAndAbsolutePaths()
    {
        Environment environment = validEnvironment();
        environment.composeFiles.clear();
        QCOMPARE(messagesFor(environment, EnvironmentValidator::Field::ComposeFiles).size(), 1);
        environment.composeFiles = {QStringLiteral("relative/compose.yml")};
        QVERIFY(messagesFor(environment, EnvironmentValidator::Field::ComposeFiles)
                    .value(0)
                    .contains(QStringLiteral("absolute")));
    }

    void defaultProjectNameIsValidForCompose_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("project");
        QTest::newRow("plain") << "staging"
                               << "staging";
        QTest::newRow("upper and dots") << "Staging.EU"
                                        << "staging-eu";
        QTest::newRow("leading dash") << "-x"
                                      << "x";
    }

    void defaultProjectNameIsValidForCompose()
    {
        QFETCH(QString, name);
        QFETCH(QString, project);
        QCOMPARE(EnvironmentValidator::defaultProjectName(name), project);
    }

    void jsonCarriesEveryField()
    {
        const QJsonObject json = validEnvironment().toJson();
        QCOMPARE(json.value(QStringLiteral("tier")).toString(), QStringLiteral("staging"));
        QCOMPARE(json.value(QStringLiteral("engine")).toString(),
                 QStringLiteral("ssh://deploy@staging.example.org"));
        QCOMPARE(json.value(QStringLiteral("compose_files")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("expected_ports"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("port"))
                     .toInt(),
                 5433);
        QCOMPARE(json.value(QStringLiteral("databases")).toArray().at(0).toString(),
                 QStringLiteral("blihops_staging_db"));
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
