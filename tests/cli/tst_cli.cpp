#include "CliRun.h"
#include "TestWorkspace.h"
#include "workspace/WorkspaceSchema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using blihops::test::runCtl;
using blihops::test::TestWorkspace;
using Run = blihops::test::CliRun;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(BLIHOPS_TEST_DATA_DIR "/compose/") + QString::fromLatin1(name);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// Runs the real blihopsctl binary and checks stdout, stderr and the exit code.
class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_store;
    QTemporaryDir m_home;

    Run ctl(QStringList arguments, bool withWorkspace = true)
    {
        if (withWorkspace)
            arguments.prepend(QStringLiteral("--workspace=") + m_store->location());
        return runCtl(m_home, arguments);
    }

    int environmentCount()
    {
        return int(ctl({QStringLiteral("env"), QStringLiteral("list"), QStringLiteral("--json")})
                       .json()
                       .value(QStringLiteral("environments"))
                       .toArray()
                       .size());
    }

private slots:
    void initTestCase_data() { TestWorkspace::addBackendRows(); }

    void init() { BLIHOPS_INIT_BACKEND(m_store); }

    void cleanup() { m_store.reset(); }

    void versionPrintsJson()
    {
        const Run run = ctl({QStringLiteral("version"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QCOMPARE(run.json().value(QStringLiteral("version")).toString(), QStringLiteral("0.1.0"));
        QCOMPARE(run.json().value(QStringLiteral("schema_version")).toInt(),
                 blihops::WorkspaceSchema::knownVersion());
    }

    void listsTheBuiltinEnvironments()
    {
        const Run json =
            ctl({QStringLiteral("--json"), QStringLiteral("env"), QStringLiteral("list")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray environments = json.json().value(QStringLiteral("environments")).toArray();
        QCOMPARE(environments.size(), 3);
        QCOMPARE(environments.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("staging"));
        QCOMPARE(environments.at(1).toObject().value(QStringLiteral("project_name")).toString(),
                 QStringLiteral("blihops-staging"));

        const Run text = ctl({QStringLiteral("env"), QStringLiteral("list")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.startsWith("NAME"));
        QCOMPARE(text.out.count('\n'), 4);
        QVERIFY(
            text.out.contains("production           production   blihops              (not set)"));
    }

    void addsAndShowsAnEnvironment()
    {
        const Run add =
            ctl({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("eu-1"),
                 QStringLiteral("--engine"), QStringLiteral("ssh://deploy@eu1.example.org:2222"),
                 QStringLiteral("--compose"),
                 fixture("base.yml") + QLatin1Char(',') + fixture("override.yml"),
                 QStringLiteral("--tier"), QStringLiteral("staging"), QStringLiteral("--ports"),
                 QStringLiteral("db:5434"), QStringLiteral("--database"), QStringLiteral("eu_db"),
                 QStringLiteral("--json")});
        QCOMPARE(add.exitCode, 0);
        QCOMPARE(add.json().value(QStringLiteral("project_name")).toString(),
                 QStringLiteral("eu-1"));
        QCOMPARE(add.json().value(QStringLiteral("updated_by")).toString(),
                 QStringLiteral("tester@lab"));

        const Run show = ctl({QStringLiteral("env"), QStringLiteral("show"), QStringLiteral("eu-1"),
                              QStringLiteral("--json")});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject shown = show.json();
        QCOMPARE(shown.value(QStringLiteral("tier")).toString(), QStringLiteral("staging"));
        QCOMPARE(shown.value(QStringLiteral("engine")).toString(),
                 QStringLiteral("ssh://deploy@eu1.example.org:2222"));
        QCOMPARE(
            shown.value(QStringLiteral("services")).toArray(),
            QJsonArray({QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("worker")}));
        QVERIFY(shown.value(QStringLiteral("compose_error")).isNull());
        QCOMPARE(shown.value(QStringLiteral("expected_ports"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("port"))
                     .toInt(),
                 5434);

        const Run text =
            ctl({QStringLiteral("env"), QStringLiteral("show"), QStringLiteral("eu-1")});
        QVERIFY(text.out.contains("Services:       web, db, worker\n"));
        QCOMPARE(environmentCount(), 4);
    }

    void refusesBadInputWithOneLineAndNoChange_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString engine = QStringLiteral("unix:///var/run/docker.sock");
        const QString compose = fixture("base.yml");
        QTest::newRow("duplicate name")
            << QStringList{"env", "add", "staging", "--engine", engine, "--compose", compose}
            << "An environment named \"staging\" exists already";
        QTest::newRow("bad engine")
            << QStringList{"env", "add", "x", "--engine", "http://h:1", "--compose", compose}
            << "Engine address \"http://h:1\" is not valid";
        QTest::newRow("missing compose")
            << QStringList{"env", "add", "x", "--engine", engine, "--compose", "/nowhere/c.yml"}
            << "Compose file /nowhere/c.yml is not on this machine";
        QTest::newRow("malformed compose") << QStringList{"env",
                                                          "add",
                                                          "x",
                                                          "--engine",
                                                          engine,
                                                          "--compose",
                                                          fixture("malformed.yml")}
                                           << "is not valid YAML at line 4";
        QTest::newRow("bad tier") << QStringList{"env",       "add",   "x",      "--engine", engine,
                                                 "--compose", compose, "--tier", "qa"}
                                  << "--tier \"qa\" is not one of";
        QTest::newRow("bad ports")
            << QStringList{"env",       "add",   "x",       "--engine", engine,
                           "--compose", compose, "--ports", "db"}
            << "Expected port \"db\"";
        QTest::newRow("no engine")
            << QStringList{"env", "add", "x", "--compose", compose} << "needs --engine";
        QTest::newRow("unknown env")
            << QStringList{"env", "show", "nope"} << "No environment is named \"nope\"";
        QTest::newRow("remove unknown")
            << QStringList{"env", "remove", "nope"} << "No environment is named \"nope\"";
        QTest::newRow("production unconfirmed")
            << QStringList{"env", "remove", "production"} << "--confirm production";
        QTest::newRow("wrong confirmation")
            << QStringList{"env", "remove", "production", "--confirm", "prod"}
            << "--confirm production";
        QTest::newRow("unknown command")
            << QStringList{"env", "frob"} << "unknown command \"env frob\"";
        QTest::newRow("unknown option")
            << QStringList{"env", "list", "--colour"} << "Unknown option 'colour'";
        QTest::newRow("missing argument")
            << QStringList{"env", "show"} << "usage: blihopsctl env show NAME";
        // Backup jobs: refused before any host is asked.
        const QStringList install = {"backup", "schedule", "install", "development", "nightly"};
        QTest::newRow("backup without --cron")
            << install + QStringList{"--database", "postgres:app"} << "--cron is needed";
        QTest::newRow("backup database without service")
            << install + QStringList{"--database", "app", "--cron", "@daily"}
            << "--database \"app\" is not SERVICE:DB";
        QTest::newRow("backup two services")
            << install + QStringList{"--database", "a:x", "--database", "b:y", "--cron", "@daily"}
            << "a and b need a job each";
        QTest::newRow("backup keep 0")
            << install + QStringList{"--database", "a:x", "--cron", "@daily", "--keep-days", "0"}
            << "--keep-days \"0\" is not a whole number";
        QTest::newRow("backup relative destination")
            << install + QStringList{"--database", "a:x", "--cron", "@daily", "--dest", "backups"}
            << "\"backups\" is not an absolute path on the host";
        QTest::newRow("backup unknown job")
            << QStringList{"backup", "schedule", "show", "development", "nope"}
            << "has no backup job \"nope\"";
        QTest::newRow("backup three-word usage")
            << QStringList{"backup", "schedule", "show", "development"}
            << "usage: blihopsctl backup schedule show ENV JOB";
        QTest::newRow("backup prune on production unconfirmed")
            << QStringList{"backup", "prune", "production"} << "--confirm production";
    }

    void refusesBadInputWithOneLineAndNoChange()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QCOMPARE(environmentCount(), 3);
        const Run run = ctl(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
        QCOMPARE(environmentCount(), 3);
    }

    void lintPrintsFindingsAsJsonAndExitsOneOnErrors()
    {
        // The built-in profile has no env file yet: its required secrets are errors.
        const Run all = ctl({QStringLiteral("lint"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 1);
        QVERIFY(all.err.isEmpty());
        const QJsonArray findings = all.json().value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        const QJsonObject first = findings.at(0).toObject();
        for (const char *key :
             {"rule", "severity", "environment", "service", "file", "line", "message"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("environment")).toString(),
                 QStringLiteral("development"));
        QVERIFY(first.value(QStringLiteral("line")).toInt() > 0);

        const Run clean =
            ctl({QStringLiteral("lint"), fixture("rules/healthcheck-missing.good.yml"),
                 QStringLiteral("--json")});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(clean.json().value(QStringLiteral("findings")).toArray().isEmpty());
        const Run warnings = ctl({QStringLiteral("lint"), fixture("rules/privileged.bad.yml")});
        QCOMPARE(warnings.exitCode, 0);
        QVERIFY(warnings.out.contains("[privileged]"));
        const Run errors = ctl({QStringLiteral("lint"), fixture("rules/env-undefined.bad.yml"),
                                QStringLiteral("--json")});
        QCOMPARE(errors.exitCode, 1);
    }

    // CI holds a production file to production's severities.
    void lintReviewsFilesAtTheTierAskedFor()
    {
        const QStringList file = {fixture("rules/privileged.bad.yml"), QStringLiteral("--json")};
        const auto severity = [](const Run &run) {
            return run.json()
                .value(QStringLiteral("findings"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("severity"))
                .toString();
        };
        const Run development = ctl(QStringList{QStringLiteral("lint")} + file);
        QCOMPARE(development.exitCode, 0);
        QCOMPARE(severity(development), QStringLiteral("warning"));
        for (const char *tier : {"staging", "production"}) {
            const Run held = ctl(QStringList{QStringLiteral("lint"), QStringLiteral("--tier"),
                                             QString::fromLatin1(tier)} +
                                 file);
            QCOMPARE(held.exitCode, 1);
            QCOMPARE(severity(held), QStringLiteral("error"));
        }
    }

    // Two members of a team, each with a home of their own, open one workspace: the built-in
    // profile's files are each one's own copy, and nobody reads the other's home.
    void aTeamWorkspaceResolvesTheProfileForEachMember()
    {
        const auto review = [&](QTemporaryDir &home) {
            return runCtl(home, {QStringLiteral("--workspace=") + m_store->location(),
                                 QStringLiteral("lint"), QStringLiteral("--json")});
        };
        const auto unreadable = [](const Run &run) {
            QStringList found;
            for (const QJsonValue &value : run.json().value(QStringLiteral("findings")).toArray()) {
                if (value.toObject().value(QStringLiteral("rule")).toString() ==
                    QLatin1String("compose-unreadable"))
                    found << value.toObject().value(QStringLiteral("message")).toString();
            }
            return found;
        };
        auto alice = std::make_unique<QTemporaryDir>();
        const Run first = review(*alice);
        QVERIFY(first.err.isEmpty());
        QVERIFY2(unreadable(first).isEmpty(), qPrintable(unreadable(first).join(u'\n')));
        alice.reset(); // her machine is not this one

        QTemporaryDir bob;
        const Run second = review(bob);
        QVERIFY2(unreadable(second).isEmpty(), qPrintable(unreadable(second).join(u'\n')));
        QCOMPARE(second.exitCode, first.exitCode);
        QCOMPARE(second.json().value(QStringLiteral("findings")).toArray().size(),
                 first.json().value(QStringLiteral("findings")).toArray().size());
        const Run shown = runCtl(bob, {QStringLiteral("--workspace=") + m_store->location(),
                                       QStringLiteral("env"), QStringLiteral("show"),
                                       QStringLiteral("staging"), QStringLiteral("--json")});
        const QString path =
            shown.json().value(QStringLiteral("compose_files")).toArray().at(0).toString();
        QVERIFY2(path.startsWith(bob.path()), qPrintable(path));
    }

    // One environment whose files cannot be read does not keep the others from review.
    void lintReviewsEveryEnvironmentItCan()
    {
        QTemporaryDir dir;
        const QString gone = dir.filePath(QStringLiteral("gone.yml"));
        QFile::copy(fixture("rules/privileged.bad.yml"), gone);
        QCOMPARE(ctl({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("elsewhere"),
                      QStringLiteral("--engine"), QStringLiteral("unix:///var/run/docker.sock"),
                      QStringLiteral("--compose"), gone})
                     .exitCode,
                 0);
        QFile::remove(gone); // as on a teammate's machine
        const Run run = ctl({QStringLiteral("lint"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.isEmpty());
        QSet<QString> reviewed;
        QJsonObject unreadable;
        for (const QJsonValue &value : run.json().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            reviewed << finding.value(QStringLiteral("environment")).toString();
            if (finding.value(QStringLiteral("rule")).toString() ==
                QLatin1String("compose-unreadable"))
                unreadable = finding;
        }
        QCOMPARE(unreadable.value(QStringLiteral("environment")).toString(),
                 QStringLiteral("elsewhere"));
        QCOMPARE(unreadable.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(unreadable.value(QStringLiteral("file")).toString(), gone);
        QVERIFY(unreadable.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("not on this machine")));
        QVERIFY2(reviewed.contains(QStringLiteral("development")) &&
                     reviewed.contains(QStringLiteral("staging")),
                 qPrintable(QStringList(reviewed.begin(), reviewed.end()).join(u',')));
    }

    void lintRefusesBadInputWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown environment")
            << QStringList{"lint", "--env", "nope"} << "No environment is named \"nope\"";
        QTest::newRow("malformed file")
            << QStringList{"lint", fixture("malformed.yml")} << "is not valid YAML at line 4";
        QTest::newRow("missing file") << QStringList{"lint", "/nowhere/compose.yml"}
                                      << "/nowhere/compose.yml is not on this machine";
        QTest::newRow("billion laughs")
            << QStringList{"lint", fixture("billion-laughs.yml")}
            << "expands into more than 200000 YAML nodes through its aliases";
        QTest::newRow("unknown tier")
            << QStringList{"lint", "--tier", "prod", fixture("rules/privileged.bad.yml")}
            << "--tier \"prod\" is not one of development, staging, production";
        QTest::newRow("tier without files")
            << QStringList{"lint", "--tier", "production"} << "--tier applies to FILEs";
        QTest::newRow("silence without reason")
            << QStringList{"lint", "silence", "development", "api", "privileged"}
            << "needs a reason";
        QTest::newRow("silence of an unknown rule")
            << QStringList{"lint", "silence", "development", "api", "typo", "--reason", "x"}
            << "There is no readiness rule \"typo\"";
        QTest::newRow("unsilence of what is not silenced")
            << QStringList{"lint", "unsilence", "development", "api", "privileged"}
            << "privileged is not silenced for development/api";
        QTest::newRow("conflicts of an unknown environment")
            << QStringList{"env", "conflicts", "development", "nope"}
            << "No environment is named \"nope\"";
    }

    void lintRefusesBadInputWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = ctl(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
    }

    void silencedFindingsLeaveTheOutput()
    {
        const auto postgresUndefined = [](const QJsonArray &findings) {
            return std::count_if(findings.begin(), findings.end(), [](const QJsonValue &value) {
                const QJsonObject finding = value.toObject();
                return finding.value(QStringLiteral("service")) == QLatin1String("postgres") &&
                       finding.value(QStringLiteral("rule")) == QLatin1String("env-undefined");
            });
        };
        const QStringList lint = {"lint", "--env", "development", "--json"};
        QCOMPARE(postgresUndefined(ctl(lint).json().value(QStringLiteral("findings")).toArray()),
                 1);
        const Run silence = ctl({"lint", "silence", "development", "postgres", "env-undefined",
                                 "--reason", "set by the deploy pipeline"});
        QCOMPARE(silence.exitCode, 0);
        const QJsonObject after = ctl(lint).json();
        QCOMPARE(postgresUndefined(after.value(QStringLiteral("findings")).toArray()), 0);
        const QJsonArray silenced = after.value(QStringLiteral("silenced")).toArray();
        QCOMPARE(silenced.size(), 1);
        QCOMPARE(silenced.at(0).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("set by the deploy pipeline"));
        QCOMPARE(ctl({"lint", "unsilence", "development", "postgres", "env-undefined"}).exitCode,
                 0);
        QCOMPARE(postgresUndefined(ctl(lint).json().value(QStringLiteral("findings")).toArray()),
                 1);
    }

    void conflictsGiveAVerdictForTwoEnvironments()
    {
        const Run apart = ctl({"env", "conflicts", "development", "staging", "--json"});
        QCOMPARE(apart.exitCode, 0);
        QVERIFY(apart.json().value(QStringLiteral("can_run_together")).toBool());

        const QString devCompose = ctl({"env", "show", "development", "--json"})
                                       .json()
                                       .value(QStringLiteral("compose_files"))
                                       .toArray()
                                       .at(0)
                                       .toString();
        QCOMPARE(ctl({"env", "add", "dev-2", "--engine", "unix:///var/run/docker.sock", "--compose",
                      devCompose, "--database", "blihops_db", "--ports", "postgres:5432"})
                     .exitCode,
                 0);
        const Run clash = ctl({"env", "conflicts", "development", "dev-2", "--json"});
        QCOMPARE(clash.exitCode, 1);
        QStringList rules;
        for (const QJsonValue &collision :
             clash.json().value(QStringLiteral("collisions")).toArray())
            rules << collision.toObject().value(QStringLiteral("rule")).toString();
        rules.removeDuplicates();
        QCOMPARE(rules, (QStringList{"port-conflict", "volume-conflict", "database-conflict"}));
        const Run text = ctl({"env", "conflicts", "development", "dev-2"});
        QVERIFY(text.out.contains("cannot run at the same time"));
        QVERIFY(text.out.contains("127.0.0.1:5432/tcp"));
    }

    void variablesExportAsMarkdownAndJson()
    {
        const Run markdown = ctl({"env", "vars", "staging", "--markdown"});
        QCOMPARE(markdown.exitCode, 0);
        QVERIFY(markdown.out.startsWith("| Variable | Used by | Default | Required | Set in |"));
        QVERIFY(markdown.out.contains("| `LOG_LEVEL` |"));
        const Run json = ctl({"env", "vars", "staging", "--json"});
        const QJsonArray variables = json.json().value(QStringLiteral("variables")).toArray();
        QCOMPARE(variables.size(), 8);
        QCOMPARE(variables.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("BLIHOPS_VERSION"));
        const Run text = ctl({"env", "vars", "staging"});
        QVERIFY(text.out.startsWith("NAME"));
    }

    void smokeSuitesAreShownEditedAndReset()
    {
        const Run derived = ctl({"--json", "smoke", "suite", "staging"});
        QCOMPARE(derived.exitCode, 0);
        QCOMPARE(derived.json().value(QStringLiteral("edited")).toBool(true), false);
        QJsonArray checks = derived.json().value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.at(0).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("postgres/postgresql"));
        QCOMPARE(checks.at(0).toObject().value(QStringLiteral("port")).toInt(), 5433);

        // Edit: keep two checks, the second with a body to expect.
        QJsonObject http = checks.at(4).toObject();
        http.insert(QStringLiteral("expectedBody"), QStringLiteral("healthy"));
        const QString file = m_home.filePath(QStringLiteral("suite.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(
            QJsonDocument(QJsonObject{{QStringLiteral("checks"), QJsonArray{checks.at(0), http}}})
                .toJson());
        out.close();
        QCOMPARE(ctl({"smoke", "suite", "staging", "--set", file}).exitCode, 0);
        const QJsonObject edited = ctl({"--json", "smoke", "suite", "staging"}).json();
        QCOMPARE(edited.value(QStringLiteral("edited")).toBool(), true);
        QCOMPARE(edited.value(QStringLiteral("updatedBy")).toString(),
                 QStringLiteral("tester@lab"));
        checks = edited.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(1).toObject().value(QStringLiteral("expectedBody")).toString(),
                 QStringLiteral("healthy"));

        // A malformed file changes nothing and says what is wrong in one line.
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(R"([{"name": "x", "kind": "gopher"}])");
        out.close();
        const Run malformed = ctl({"smoke", "suite", "staging", "--set", file});
        QCOMPARE(malformed.exitCode, 2);
        QVERIFY(malformed.oneErrorLine());
        QVERIFY(malformed.err.contains("gopher"));
        QCOMPARE(ctl({"--json", "smoke", "suite", "staging"})
                     .json()
                     .value(QStringLiteral("checks"))
                     .toArray()
                     .size(),
                 2);

        // An unknown check is refused before anything is reached.
        const Run unknown = ctl({"smoke", "staging", "--check", "nope"});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.oneErrorLine());
        QVERIFY(unknown.err.contains("api/http"));
        QCOMPARE(ctl({"--json", "smoke", "history", "staging"})
                     .json()
                     .value(QStringLiteral("runs"))
                     .toArray()
                     .size(),
                 0);

        QCOMPARE(ctl({"smoke", "suite", "staging", "--reset"}).exitCode, 0);
        QCOMPARE(ctl({"--json", "smoke", "suite", "staging"})
                     .json()
                     .value(QStringLiteral("edited"))
                     .toBool(true),
                 false);
        const Run again = ctl({"smoke", "suite", "staging", "--reset"});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.oneErrorLine());
    }

    void removesProductionOnlyWithItsName()
    {
        const Run run = ctl({QStringLiteral("env"), QStringLiteral("remove"),
                             QStringLiteral("production"), QStringLiteral("--confirm"),
                             QStringLiteral("production"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("removed")).toString(),
                 QStringLiteral("production"));
        const Run dev =
            ctl({QStringLiteral("env"), QStringLiteral("remove"), QStringLiteral("development")});
        QCOMPARE(dev.exitCode, 0);
        QCOMPARE(environmentCount(), 1);
    }
};

// Workspaces that cannot be used: each one line and its exit code, the store untouched.
class TestCliWorkspaceFailures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run ctl(const QStringList &arguments, const QString &workspaceFromEnvironment = {})
    {
        return runCtl(m_home, arguments, workspaceFromEnvironment);
    }

private slots:
    void defaultWorkspaceIsTheUsersOwn()
    {
        const Run run =
            ctl({QStringLiteral("env"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::exists(
            m_home.filePath(QStringLiteral("share/BlihOps/BlihOps Console/workspace.sqlite"))));
        QVERIFY(QFile::exists(m_home.filePath(
            QStringLiteral("share/BlihOps/BlihOps Console/profile/docker-compose.yml"))));
    }

    void environmentVariableSelectsTheWorkspace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("from-env.sqlite"));
        QCOMPARE(ctl({QStringLiteral("env"), QStringLiteral("list")}, path).exitCode, 0);
        QVERIFY(QFile::exists(path));
    }

    void unreachablePostgresExitsThree()
    {
        const Run run =
            ctl({QStringLiteral("--workspace"), QStringLiteral("postgresql://nobody@127.0.0.1:9/x"),
                 QStringLiteral("env"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY(run.err.contains(
            "Cannot reach the PostgreSQL workspace postgresql://nobody@127.0.0.1:9/x"));
    }

    void corruptReadOnlyAndLockedFilesExitTwoUntouched()
    {
        QTemporaryDir dir;
        const QString corrupt = dir.filePath(QStringLiteral("corrupt.sqlite"));
        {
            QFile file(corrupt);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, '\x7f'));
        }
        const QByteArray corruptHash = fileHash(corrupt);
        Run run = ctl({QStringLiteral("--workspace"), corrupt, QStringLiteral("env"),
                       QStringLiteral("list")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.oneErrorLine() && run.err.contains("damaged"), run.err.constData());
        QCOMPARE(fileHash(corrupt), corruptHash);

        const QString readOnly = dir.filePath(QStringLiteral("readonly.sqlite"));
        QCOMPARE(ctl({QStringLiteral("--workspace"), readOnly, QStringLiteral("env"),
                      QStringLiteral("list")})
                     .exitCode,
                 0);
        QVERIFY(QFile::setPermissions(readOnly, QFileDevice::ReadOwner));
        const QByteArray readOnlyHash = fileHash(readOnly);
        run = ctl({QStringLiteral("--workspace"), readOnly, QStringLiteral("env"),
                   QStringLiteral("remove"), QStringLiteral("staging")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.oneErrorLine() && run.err.contains("read-only"), run.err.constData());
        QCOMPARE(fileHash(readOnly), readOnlyHash);

        const QString locked = dir.filePath(QStringLiteral("locked.sqlite"));
        QCOMPARE(ctl({QStringLiteral("--workspace"), locked, QStringLiteral("env"),
                      QStringLiteral("list")})
                     .exitCode,
                 0);
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            other.setDatabaseName(locked);
            QVERIFY(other.open());
            QSqlQuery lock(other);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            run = ctl({QStringLiteral("--workspace"), locked, QStringLiteral("env"),
                       QStringLiteral("remove"), QStringLiteral("staging")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.oneErrorLine() && run.err.contains("locked by another program"),
                     run.err.constData());
            lock.exec(QStringLiteral("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        run = ctl({QStringLiteral("--workspace"), locked, QStringLiteral("env"),
                   QStringLiteral("show"), QStringLiteral("staging")});
        QCOMPARE(run.exitCode, 0);
    }

    void helpAndUsage()
    {
        const Run help = ctl({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("env add"));
        QVERIFY(help.out.contains("Exit codes"));
        const Run bare = ctl({});
        QCOMPARE(bare.exitCode, 2);
        const Run commandHelp =
            ctl({QStringLiteral("env"), QStringLiteral("add"), QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains("--project-name"));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestCli cli;
    TestCliWorkspaceFailures failures;
    return blihops::test::runTests(argc, argv, {&cli, &failures});
}

#include "tst_cli.moc"
