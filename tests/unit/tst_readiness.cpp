#include "Require.h"
#include "TestData.h"
#include "TestWorkspace.h"
#include "compose/EnvironmentConflicts.h"
#include "compose/ReadinessReview.h"
#include "compose/ReadinessRule.h"
#include "compose/VariableTable.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace blihops;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BLIHOPS_TEST_DATA_DIR "/compose/") + name;
}

QString profileFile(const char *name)
{
    return QStringLiteral(BLIHOPS_SOURCE_DIR "/resources/profile/") + QString::fromLatin1(name);
}

Environment environment(const QString &name, const QStringList &files,
                        Tier tier = Tier::Development)
{
    Environment result;
    result.name = name;
    result.tier = tier;
    result.engineUrl = QStringLiteral("unix:///var/run/docker.sock");
    result.composeFiles = files;
    return result;
}

QList<Finding> findingsOf(const ReadinessReview::Report &report, const QString &rule)
{
    QList<Finding> found;
    for (const Finding &finding : report.findings) {
        if (finding.rule == rule)
            found << finding;
    }
    return found;
}

// The line a fixture marks with "# finding".
int markedLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).contains("# finding"))
            return int(i + 1);
    }
    return -1;
}

QString describe(const QList<Finding> &findings)
{
    QStringList lines;
    for (const Finding &finding : findings)
        lines << QStringLiteral("%1 %2:%3 %4")
                     .arg(finding.rule)
                     .arg(finding.line)
                     .arg(finding.service, finding.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestReadiness : public QObject
{
    Q_OBJECT

private slots:
    void eachRuleHasAFixtureThatTriggersIt_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("count");
        QTest::newRow("healthcheck-missing") << "healthcheck-missing" << 2;
        QTest::newRow("restart-policy") << "restart-policy" << 2;
        QTest::newRow("resource-limits") << "resource-limits" << 2;
        QTest::newRow("plaintext-secret") << "plaintext-secret" << 3;
        QTest::newRow("image-unpinned") << "image-unpinned" << 2;
        QTest::newRow("log-rotation") << "log-rotation" << 2;
        QTest::newRow("env-undefined") << "env-undefined" << 4;
        QTest::newRow("privileged") << "privileged" << 1;
        QTest::newRow("docker-socket-mount") << "docker-socket-mount" << 2;
    }

    void eachRuleHasAFixtureThatTriggersIt()
    {
        QFETCH(QString, rule);
        QFETCH(int, count);
        const QString path = fixture(QStringLiteral("rules/%1.bad.yml").arg(rule));
        const auto report = ReadinessReview::review({environment(QStringLiteral("dev"), {path})});
        QVERIFY(findingsOf(report, QStringLiteral("compose-unreadable")).isEmpty());
        const QList<Finding> found = findingsOf(report, rule);
        QVERIFY2(found.size() == count, qPrintable(describe(report.findings)));
        const Finding &first = found.first();
        QCOMPARE(first.environment, QStringLiteral("dev"));
        QCOMPARE(first.file, path);
        QCOMPARE(first.line, markedLine(path));
        QVERIFY(!first.message.isEmpty());
        QVERIFY(first.fix.endsWith(QLatin1Char('.')));
        QVERIFY(first.fix != first.message);
    }

    void eachRuleHasAFixtureThatMustNotTriggerIt_data()
    {
        eachRuleHasAFixtureThatTriggersIt_data();
    }

    void eachRuleHasAFixtureThatMustNotTriggerIt()
    {
        QFETCH(QString, rule);
        const auto report = ReadinessReview::review({environment(
            QStringLiteral("dev"), {fixture(QStringLiteral("rules/%1.good.yml").arg(rule))})});
        QVERIFY(findingsOf(report, QStringLiteral("compose-unreadable")).isEmpty());
        QVERIFY2(findingsOf(report, rule).isEmpty(), qPrintable(describe(report.findings)));
    }

    void productionIsHeldToStricterSeverities()
    {
        const QString path = fixture(QStringLiteral("rules/healthcheck-missing.bad.yml"));
        for (const auto &[tier, severity] : {std::pair(Tier::Development, Severity::Warning),
                                             std::pair(Tier::Staging, Severity::Error),
                                             std::pair(Tier::Production, Severity::Error)}) {
            const auto report =
                ReadinessReview::review({environment(QStringLiteral("x"), {path}, tier)});
            QCOMPARE(findingsOf(report, QStringLiteral("healthcheck-missing")).first().severity,
                     severity);
        }
        const QString limits = fixture(QStringLiteral("rules/resource-limits.bad.yml"));
        const auto development =
            ReadinessReview::review({environment(QStringLiteral("x"), {limits})});
        QCOMPARE(findingsOf(development, QStringLiteral("resource-limits")).first().severity,
                 Severity::Info);
        QVERIFY(!development.hasErrors());
        const auto production =
            ReadinessReview::review({environment(QStringLiteral("x"), {limits}, Tier::Production)});
        QVERIFY(production.hasErrors());
        // A required variable that is missing stops compose in every tier.
        const auto required = ReadinessReview::review({environment(
            QStringLiteral("x"), {fixture(QStringLiteral("rules/env-undefined.bad.yml"))})});
        const QList<Finding> undefined = findingsOf(required, QStringLiteral("env-undefined"));
        QCOMPARE(undefined.at(0).severity, Severity::Warning);
        QCOMPARE(undefined.at(1).severity, Severity::Error);
    }

    void everyRuleOfTheIssueExists()
    {
        QCOMPARE(
            ReadinessRule::ids(),
            (QStringList{"healthcheck-missing", "restart-policy", "resource-limits",
                         "plaintext-secret", "image-unpinned", "log-rotation", "env-undefined",
                         "privileged", "docker-socket-mount", "compose-unreadable", "port-conflict",
                         "container-name-conflict", "volume-conflict", "database-conflict"}));
    }

    void conflictsNameWhatCollides()
    {
        Environment a =
            environment(QStringLiteral("a"), {fixture(QStringLiteral("conflicts/a.yml"))});
        Environment b =
            environment(QStringLiteral("b"), {fixture(QStringLiteral("conflicts/b.yml"))});
        const auto collisions = EnvironmentConflicts::between(a, b);
        QStringList found;
        for (const auto &collision : collisions)
            found << collision.rule + QLatin1Char(' ') + collision.what;
        QCOMPARE(found,
                 (QStringList{"port-conflict 127.0.0.1:5432/tcp", "port-conflict 0.0.0.0:8005/tcp",
                              "container-name-conflict shared-db", "volume-conflict shared_data",
                              "database-conflict app"}));
        const auto &port = collisions.first();
        QCOMPARE(port.first.service, QStringLiteral("db"));
        QCOMPARE(port.first.line, 9);
        QCOMPARE(port.second.environment, QStringLiteral("b"));
        QCOMPARE(port.second.line, 9);

        // The same project name on one engine is a collision of its own.
        b.projectName = a.projectName = QStringLiteral("same");
        const auto same = EnvironmentConflicts::between(a, b);
        QVERIFY(std::any_of(same.begin(), same.end(), [](const auto &c) {
            return c.rule == QLatin1String("container-name-conflict") &&
                   c.what == QLatin1String("same");
        }));
    }

    void environmentsApartDoNotCollide()
    {
        const Environment a =
            environment(QStringLiteral("a"), {fixture(QStringLiteral("conflicts/a.yml"))});
        const Environment c =
            environment(QStringLiteral("c"), {fixture(QStringLiteral("conflicts/c.yml"))});
        QVERIFY(EnvironmentConflicts::between(a, c).isEmpty());
        // The review compares only environments on the same engine.
        Environment b =
            environment(QStringLiteral("b"), {fixture(QStringLiteral("conflicts/b.yml"))});
        b.engineUrl = QStringLiteral("ssh://deploy@elsewhere");
        const auto report = ReadinessReview::review({a, b});
        QVERIFY(findingsOf(report, QStringLiteral("port-conflict")).isEmpty());
        b.engineUrl = a.engineUrl;
        const auto together = ReadinessReview::review({a, b});
        // Each collision shows under both environments.
        QCOMPARE(findingsOf(together, QStringLiteral("volume-conflict")).size(), 2);
    }

    void workspaceDatabasesCollideOnTheSamePostgres()
    {
        Environment a = environment(QStringLiteral("a"), {fixture(QStringLiteral("base.yml"))});
        Environment b = environment(QStringLiteral("b"), {fixture(QStringLiteral("override.yml"))});
        // Files in one folder: without project names of their own they would collide too.
        a.projectName = QStringLiteral("a");
        b.projectName = QStringLiteral("b");
        a.expectedPorts = b.expectedPorts = {{QStringLiteral("postgres"), 5432}};
        a.databases = {QStringLiteral("one"), QStringLiteral("shared")};
        b.databases = {QStringLiteral("shared")};
        const auto collisions = EnvironmentConflicts::between(a, b);
        QCOMPARE(collisions.size(), 1);
        QCOMPARE(collisions.first().rule, QStringLiteral("database-conflict"));
        QCOMPARE(collisions.first().what, QStringLiteral("shared"));
        b.expectedPorts = {{QStringLiteral("postgres"), 5433}};
        QVERIFY(EnvironmentConflicts::between(a, b).isEmpty());
    }

    void silencedFindingsAreSetApartWithTheirReason()
    {
        const QString path = fixture(QStringLiteral("rules/privileged.bad.yml"));
        const auto report = ReadinessReview::review({environment(QStringLiteral("dev"), {path})},
                                                    {{QStringLiteral("dev"),
                                                      QStringLiteral("web"),
                                                      QStringLiteral("privileged"),
                                                      QStringLiteral("needs /dev/kvm"),
                                                      {},
                                                      {}},
                                                     {QStringLiteral("other"),
                                                      QStringLiteral("web"),
                                                      QStringLiteral("log-rotation"),
                                                      QStringLiteral("elsewhere"),
                                                      {},
                                                      {}}});
        QVERIFY(findingsOf(report, QStringLiteral("privileged")).isEmpty());
        QCOMPARE(report.silenced.size(), 1);
        QCOMPARE(report.silenced.first().reason, QStringLiteral("needs /dev/kvm"));
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("silenced")).toArray().size(), 1);
        QVERIFY(!json.value(QStringLiteral("findings")).toArray().isEmpty());
    }

    void anUnreadableEnvironmentIsOneFindingAndTheOthersAreReviewed()
    {
        const QString malformed = fixture(QStringLiteral("malformed.yml"));
        const QString missing = fixture(QStringLiteral("no-such-file.yml"));
        const auto report = ReadinessReview::review(
            {environment(QStringLiteral("broken"), {malformed}),
             environment(QStringLiteral("elsewhere"), {missing}),
             environment(QStringLiteral("fine"),
                         {fixture(QStringLiteral("rules/privileged.bad.yml"))})});
        const QList<Finding> unreadable = findingsOf(report, QStringLiteral("compose-unreadable"));
        QCOMPARE(unreadable.size(), 2);
        QCOMPARE(unreadable.at(0).environment, QStringLiteral("broken"));
        QCOMPARE(unreadable.at(0).severity, Severity::Error);
        QCOMPARE(unreadable.at(0).file, malformed);
        QCOMPARE(unreadable.at(0).line, 4);
        QVERIFY(unreadable.at(0).message.contains(QStringLiteral("line 4, column")));
        QCOMPARE(unreadable.at(1).environment, QStringLiteral("elsewhere"));
        QCOMPARE(unreadable.at(1).file, missing);
        QVERIFY2(unreadable.at(1).message.contains(QStringLiteral("not on this machine")),
                 qPrintable(unreadable.at(1).message));
        QVERIFY(report.hasErrors());
        QVERIFY(!findingsOf(report, QStringLiteral("privileged")).isEmpty());
    }

    void builtinProfileIsReadyWithItsEnvFile()
    {
        // With the variables of .env.example, staging and production are clean and can run
        // beside development; development has only the hints of its tier.
        QList<Environment> profile = {
            environment(QStringLiteral("development"), {profileFile("docker-compose.dev.yml")}),
            environment(QStringLiteral("staging"), {profileFile("docker-compose.staging.yml")},
                        Tier::Staging),
            environment(QStringLiteral("production"), {profileFile("docker-compose.yml")},
                        Tier::Production)};
        profile[0].databases = {QStringLiteral("blihops_db")};
        profile[1].databases = {QStringLiteral("blihops_staging_db")};
        profile[2].engineUrl = QStringLiteral("ssh://deploy@vps.example.org");
        for (Environment &environment : profile)
            environment.envFile = profileFile(".env.example");
        const auto report = ReadinessReview::review(profile);
        QVERIFY(findingsOf(report, QStringLiteral("compose-unreadable")).isEmpty());
        QVERIFY2(!report.hasErrors(), qPrintable(describe(report.findings)));
        for (const Finding &finding : report.findings) {
            QCOMPARE(finding.environment, QStringLiteral("development"));
            QVERIFY2(finding.rule == QLatin1String("resource-limits") ||
                         finding.rule == QLatin1String("log-rotation"),
                     qPrintable(describe({finding})));
            QCOMPARE(finding.severity, Severity::Info);
        }
        // Without an env file the required secrets are reported, as compose would refuse.
        profile[2].envFile.clear();
        const auto bare = ReadinessReview::review({profile[2]});
        QVERIFY(bare.hasErrors());
        QVERIFY(!findingsOf(bare, QStringLiteral("env-undefined")).isEmpty());
        for (const Finding &finding : bare.findings)
            QVERIFY2(!finding.message.contains(QStringLiteral("LOG_LEVEL")) &&
                         !finding.message.contains(QStringLiteral("POSTGRES_USER")),
                     qPrintable(finding.message));
    }

    void variableTableDocumentsTheProfile()
    {
        const VariableTable table =
            VariableTable::of({profileFile("docker-compose.staging.yml")}, QString());
        QStringList names;
        for (const VariableTable::Row &row : table.rows())
            names << row.name;
        QCOMPARE(names, (QStringList{"BLIHOPS_VERSION", "JWT_SECRET", "LOG_LEVEL",
                                     "POSTGRES_PASSWORD", "POSTGRES_USER", "REDIS_PASSWORD",
                                     "SESSION_SECRET", "TELEGRAM_BOT_TOKEN"}));
        const VariableTable::Row &logLevel = table.rows().at(2);
        QCOMPARE(logLevel.defaultValue, QStringLiteral("info"));
        QVERIFY(!logLevel.required);
        QCOMPARE(logLevel.definedIn, QStringList{QStringLiteral(".env.example")});
        QVERIFY(table.rows().at(0).required);
        QCOMPARE(table.rows().at(0).usedBy.first(),
                 QStringLiteral("api (docker-compose.staging.yml:86)"));
        const QString markdown = table.toMarkdown();
        QVERIFY(markdown.startsWith(QStringLiteral("| Variable | Used by | Default |")));
        QVERIFY2(markdown.contains(
                     QStringLiteral("| `LOG_LEVEL` | api (docker-compose.staging.yml:90), ")),
                 qPrintable(markdown));
        QCOMPARE(markdown.count(QLatin1Char('\n')), 2 + 8);
    }

    void corpusIsReviewedWithoutCrashOrFalseUndefined()
    {
        const QStringList files = blihops::test::corpusComposeFiles();
        BLIHOPS_REQUIRE(!files.isEmpty(), "../shared/corpus/awesome-compose is absent");
        QList<Environment> environments;
        for (const QString &path : files)
            environments << environment(path, {path}, Tier::Production);
        QVERIFY(environments.size() >= 30);
        const auto report = ReadinessReview::review(environments);
        const QList<Finding> unreadable = findingsOf(report, QStringLiteral("compose-unreadable"));
        QVERIFY2(unreadable.isEmpty(), qPrintable(describe(unreadable)));
        for (const Finding &finding : report.findings) {
            QVERIFY(finding.line > 0);
            if (finding.rule == QLatin1String("env-undefined")) {
                QFile file(finding.file);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray line = file.readAll().split('\n').at(finding.line - 1);
                QVERIFY2(!line.contains(":-") && !line.contains("-}"), line.constData());
            }
        }
        // A careful engineer's spot checks: literal passwords are found, secret files are not.
        const auto secrets = findingsOf(report, QStringLiteral("plaintext-secret"));
        const auto in = [&](const char *sample) {
            return std::count_if(secrets.begin(), secrets.end(), [&](const Finding &finding) {
                return finding.file.contains(QLatin1String(sample));
            });
        };
        QCOMPARE(in("/wordpress-mysql/"), 3);
        QCOMPARE(in("/react-express-mysql/"), 0);
        QCOMPARE(in("/react-java-mysql/"), 0);
        QCOMPARE(findingsOf(report, QStringLiteral("docker-socket-mount")).size(), 2);
        // Every environment has its own engine here, so all on one engine would collide:
        // the samples publish 80, 3000 and 5432 again and again.
        QVERIFY(findingsOf(report, QStringLiteral("port-conflict")).size() > 10);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestReadiness readiness;
    return blihops::test::runTests(argc, argv, {&readiness});
}

#include "tst_readiness.moc"
