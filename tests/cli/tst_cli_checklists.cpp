#include "CliRun.h"
#include "LabSupport.h"
#include "PdfFiles.h"
#include "Require.h"
#include "TestWorkspace.h"
#include "verify/VerificationRepository.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using blihops::test::labValue;
using blihops::test::pdfText;
using blihops::test::runCtl;
using blihops::test::TestWorkspace;
using Run = blihops::test::CliRun;

namespace {

QString data(const char *path)
{
    return QStringLiteral(BLIHOPS_TEST_DATA_DIR "/") + QString::fromLatin1(path);
}

QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

// blihopsctl checklist ..., stream ... and verification ...: the real binary, its JSON and its
// exit codes.
class TestCliChecklists : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_store;
    QTemporaryDir m_home;

    Run ctl(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("--workspace=") + m_store->location());
        return runCtl(m_home, arguments);
    }

    Run json(QStringList arguments)
    {
        arguments << QStringLiteral("--json");
        return ctl(arguments);
    }

    qint64 start(const QString &source, const QString &environment = QStringLiteral("staging"))
    {
        const Run run =
            json({"checklist", "start", source, "--env", environment, "--release", "v1.4.0"});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.json().value(QStringLiteral("id")).toInteger();
    }

private slots:
    void initTestCase_data() { TestWorkspace::addBackendRows(); }

    void init() { BLIHOPS_INIT_BACKEND(m_store); }

    void cleanup() { m_store.reset(); }

    void listsTheTemplates()
    {
        const Run run = json({"checklist", "templates"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray templates = run.json().value(QStringLiteral("templates")).toArray();
        QCOMPARE(templates.size(), 8);
        QStringList keys;
        for (const QJsonValue &entry : templates) {
            keys << entry.toObject().value(QStringLiteral("key")).toString();
            QVERIFY(entry.toObject().value(QStringLiteral("items")).toInt() > 0);
        }
        QVERIFY(keys.contains(QStringLiteral("production-deployment")));
        QVERIFY(keys.contains(QStringLiteral("backup-recovery")));
        const Run text = ctl({"checklist", "templates"});
        QVERIFY(text.out.contains("rollback-procedure"));
    }

    void showsARunAsTheContractSays()
    {
        const qint64 id = start(data("markdown/checklist-nested.md"));
        QVERIFY(id > 0);
        const Run show = json({"checklist", "show", QString::number(id)});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject run = show.json();
        for (const char *key :
             {"id", "template", "environment", "release", "revision", "state", "items", "signoff"})
            QVERIFY2(run.contains(QLatin1String(key)), key);
        QCOMPARE(run.value(QStringLiteral("template")).toString(),
                 QStringLiteral("checklist-nested"));
        QCOMPARE(run.value(QStringLiteral("environment")).toString(), QStringLiteral("staging"));
        QCOMPARE(run.value(QStringLiteral("release")).toString(), QStringLiteral("v1.4.0"));
        QCOMPARE(run.value(QStringLiteral("revision")).toInt(), 1);
        QCOMPARE(run.value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QVERIFY(run.value(QStringLiteral("signoff")).isNull());
        const QJsonArray items = run.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 10);
        const QJsonObject ticked = items.at(1).toObject();
        for (const char *key : {"id", "section", "text", "state", "note", "evidence", "waiver"})
            QVERIFY2(ticked.contains(QLatin1String(key)), key);
        QCOMPARE(ticked.value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(ticked.value(QStringLiteral("section")).toString(), QStringLiteral("Preparation"));
        QCOMPARE(ticked.value(QStringLiteral("state")).toString(), QStringLiteral("pass"));
        QCOMPARE(ticked.value(QStringLiteral("evidence"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind")),
                 QJsonValue(QStringLiteral("document")));
        QVERIFY(ticked.value(QStringLiteral("waiver")).isNull());

        const Run list = json({"checklist", "list", "--env", "staging"});
        QCOMPARE(list.json()
                     .value(QStringLiteral("runs"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("id")),
                 QJsonValue(id));
        QVERIFY(json({"checklist", "list", "--env", "production"})
                    .json()
                    .value(QStringLiteral("runs"))
                    .toArray()
                    .isEmpty());
    }

    void walksSignsAndReopensARun()
    {
        const qint64 id = start(QStringLiteral("staging-smoke-check"));
        const QString run = QString::number(id);
        const int items = int(json({"checklist", "show", run})
                                  .json()
                                  .value(QStringLiteral("items"))
                                  .toArray()
                                  .size());
        QVERIFY(items > 3);

        // Refused while anything is pending, naming what is in the way; exit 1.
        const Run refused = ctl({"checklist", "sign", run, "--name", "Ada", "--role", "QA lead"});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.out.contains("not signed"));
        QVERIFY(refused.out.contains("   1 [pending] "));
        const Run refusedJson =
            json({"checklist", "sign", run, "--name", "Ada", "--role", "QA lead"});
        QCOMPARE(refusedJson.exitCode, 1);
        QCOMPARE(refusedJson.json().value(QStringLiteral("in_the_way")).toArray().size(), items);

        for (int item = 1; item < items; ++item) {
            const Run set = json({"checklist", "set", run, QString::number(item), "pass", "--note",
                                  QStringLiteral("seen %1").arg(item), "--evidence",
                                  "url:https://ci.example.org/run/7"});
            QCOMPARE(set.exitCode, 0);
            QCOMPARE(
                set.json().value(QStringLiteral("item")).toObject().value(QStringLiteral("note")),
                QJsonValue(QStringLiteral("seen %1").arg(item)));
        }
        const QString last = QString::number(items);
        QCOMPARE(ctl({"checklist", "set", run, last, "blocked"}).exitCode, 0);
        QCOMPARE(ctl({"checklist", "waive", run, last}).exitCode, 2); // no reason
        const Run waived =
            json({"checklist", "waive", run, last, "--reason", "The API has no version yet"});
        QCOMPARE(waived.exitCode, 0);
        QCOMPARE(waived.json()
                     .value(QStringLiteral("item"))
                     .toObject()
                     .value(QStringLiteral("waiver"))
                     .toObject()
                     .value(QStringLiteral("reason")),
                 QJsonValue(QStringLiteral("The API has no version yet")));

        const Run signedOff = json({"checklist", "sign", run, "--name", "Ada Lovelace", "--role",
                                    "QA lead", "--comment", "Staging is fine"});
        QCOMPARE(signedOff.exitCode, 0);
        const QJsonObject signOff = signedOff.json().value(QStringLiteral("signoff")).toObject();
        QCOMPARE(keysOf(signOff), (QStringList{"actor", "at", "comment", "name", "role"}));
        QCOMPARE(signOff.value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(signOff.value(QStringLiteral("comment")).toString(),
                 QStringLiteral("Staging is fine"));
        QCOMPARE(signedOff.json().value(QStringLiteral("state")).toString(),
                 QStringLiteral("signed"));

        // Read-only: every change refused with exit 2 and one line, until reopened.
        for (const QStringList &change :
             QList<QStringList>{{"checklist", "set", run, "1", "fail"},
                                {"checklist", "waive", run, "1", "--reason", "x"},
                                {"checklist", "tie", run, "1", "health"},
                                {"checklist", "run", run, "1"},
                                {"checklist", "sign", run, "--name", "B", "--role", "QA"}}) {
            const Run attempt = ctl(change);
            QCOMPARE(attempt.exitCode, 2);
            QVERIFY2(attempt.oneErrorLine(), attempt.err.constData());
            QVERIFY2(attempt.err.contains("checklist reopen " + run.toUtf8()),
                     attempt.err.constData());
        }

        const Run reopened = json({"checklist", "reopen", run});
        QCOMPARE(reopened.exitCode, 0);
        QCOMPARE(reopened.json().value(QStringLiteral("revision")).toInt(), 2);
        QVERIFY(reopened.json().value(QStringLiteral("signoff")).isNull());
        QCOMPARE(ctl({"checklist", "set", run, "1", "fail"}).exitCode, 0);
        const QJsonObject first = json({"checklist", "show", run, "--revision", "1"}).json();
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("signed"));
        QCOMPARE(first.value(QStringLiteral("items"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("state")),
                 QJsonValue(QStringLiteral("pass")));
        QCOMPARE(ctl({"checklist", "reopen", run}).exitCode, 2); // open already
    }

    void refusesBadInputWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown template")
            << QStringList{"checklist", "start", "nope", "--env", "staging", "--release", "1"}
            << "no checklist template \"nope\"";
        QTest::newRow("no release")
            << QStringList{"checklist", "start", "ci-cd", "--env", "staging"} << "--release";
        QTest::newRow("unknown environment")
            << QStringList{"checklist", "start", "ci-cd", "--env", "qa", "--release", "1"}
            << "No environment is named \"qa\"";
        QTest::newRow("missing file")
            << QStringList{"checklist", "start", "/nowhere/list.md", "--env", "staging",
                           "--release", "1"}
            << "does not exist";
        QTest::newRow("file without items")
            << QStringList{"checklist", "start", data("markdown/no-items.md"), "--env", "staging",
                           "--release", "1"}
            << "no task-list items";
        QTest::newRow("bad run") << QStringList{"checklist", "show", "x1"}
                                 << "RUN must be a number";
        QTest::newRow("unknown run")
            << QStringList{"checklist", "show", "42"} << "no checklist run 42";
        QTest::newRow("bad export format")
            << QStringList{"checklist", "export", "1", "--format", "docx", "-o", "/tmp/x"}
            << "not one of md, html, pdf";
        QTest::newRow("unknown stream")
            << QStringList{"stream", "report", "5"} << "No stream document was imported yet";
        QTest::newRow("stream file missing")
            << QStringList{"stream", "import", "/nowhere.md"} << "does not exist";
    }

    void refusesBadInputWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = ctl(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.oneErrorLine(), run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void refusesBadItemChanges()
    {
        const QString run = QString::number(start(QStringLiteral("ci-cd")));
        const auto refused = [&](const QStringList &arguments, const char *message) {
            const Run attempt = ctl(arguments);
            return attempt.exitCode == 2 && attempt.oneErrorLine() && attempt.err.contains(message);
        };
        QVERIFY(refused({"checklist", "set", run, "1", "done"}, "not one of pending, pass"));
        QVERIFY(refused({"checklist", "set", run, "99", "pass"}, "has no item 99"));
        QVERIFY(refused({"checklist", "set", run, "1", "pass", "--evidence", "smoke:12345"},
                        "There is no smoke run 12345"));
        QVERIFY(refused({"checklist", "set", run, "1", "pass", "--evidence", "photo"},
                        "is not KIND:REF"));
        QVERIFY(refused({"checklist", "set", run, "1", "pass", "--evidence", "backup:1"},
                        "There is no backup 1 of staging"));
        QVERIFY(refused({"checklist", "set", run, "1", "pass", "--evidence", "verification:1"},
                        "There is no restore verification 1"));
        QVERIFY(
            refused({"checklist", "tie", run, "1", "ping"}, "not a check an item can be tied to"));
        QVERIFY(refused({"checklist", "run", run, "1"}, "is not tied to a check"));
        // Nothing of it was kept.
        const QJsonObject item = json({"checklist", "show", run})
                                     .json()
                                     .value(QStringLiteral("items"))
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        QVERIFY(item.value(QStringLiteral("evidence")).toArray().isEmpty());
    }

    void exportsMarkdownHtmlAndPdf()
    {
        const QString run = QString::number(start(QStringLiteral("rollback-procedure")));
        const QJsonArray items =
            json({"checklist", "show", run}).json().value(QStringLiteral("items")).toArray();
        for (int item = 1; item <= items.size(); ++item)
            ctl({"checklist", "set", run, QString::number(item), "pass"});
        ctl({"checklist", "set", run, "2", "fail"});
        ctl({"checklist", "waive", run, "2", "--reason", "Rolled forward instead"});
        QCOMPARE(ctl({"checklist", "sign", run, "--name", "Grace Hopper", "--role", "QA lead",
                      "--comment", "Rollback rehearsed"})
                     .exitCode,
                 0);

        QTemporaryDir dir;
        for (const QString &format :
             {QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf")}) {
            const QString path = dir.filePath(QStringLiteral("run.") + format);
            const Run exported = json({"checklist", "export", run, "--format", format, "-o", path});
            QCOMPARE(exported.exitCode, 0);
            QCOMPARE(exported.json().value(QStringLiteral("file")).toString(), path);
            QVERIFY(QFileInfo(path).size() > 0);
        }
        QFile html(dir.filePath(QStringLiteral("run.html")));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString htmlText = QString::fromUtf8(html.readAll());
        BLIHOPS_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                        "pdftotext (poppler-utils) is not installed");
        const QString pdf = pdfText(dir.filePath(QStringLiteral("run.pdf")));
        for (const QJsonValue &item : items) {
            const QString text = item.toObject().value(QStringLiteral("text")).toString();
            QVERIFY2(htmlText.contains(text.toHtmlEscaped()), qPrintable(text));
            QVERIFY2(pdf.contains(text), qPrintable(text + QStringLiteral(" not in: ") + pdf));
        }
        for (const QString &text :
             {QStringLiteral("Rolled forward instead"), QStringLiteral("Grace Hopper"),
              QStringLiteral("QA lead"), QStringLiteral("Rollback rehearsed")}) {
            QVERIFY2(pdf.contains(text), qPrintable(text));
            QVERIFY2(htmlText.contains(text), qPrintable(text));
        }
    }

    // Verifications recorded as `verify` records them, listed and exported as evidence.
    void listsAndExportsVerifications()
    {
        qint64 failedId = 0;
        {
            const std::unique_ptr<blihops::Workspace> workspace = m_store->open();
            blihops::VerificationRepository repository(*workspace);
            for (const bool ok : {false, true}) {
                blihops::VerifyReport report = blihops::VerifyReport::begin(
                    QStringLiteral("staging"),
                    ok ? QStringLiteral("20261202T020000Z-database-app")
                       : QStringLiteral("20261201T020000Z-database-app"),
                    blihops::BackupRecord::Kind::Database);
                for (blihops::VerifyStep &step : report.steps)
                    step.state = blihops::VerifyStep::State::Passed;
                report.proven = true;
                report.job = QStringLiteral("nightly");
                report.targetEnvironment = QStringLiteral("staging");
                report.targetDatabase = QStringLiteral("blihops_verify_nightly_1");
                report.tables = {{QStringLiteral("public"), QStringLiteral("orders|2026"), 5,
                                  QStringLiteral("a"), ok ? 5 : 4,
                                  ok ? QStringLiteral("a") : QStringLiteral("b")}};
                report.finished = report.started.addSecs(ok ? 60 : 1);
                const qint64 id = repository.record(report);
                if (!ok)
                    failedId = id;
            }
        }
        const Run listed = json({"verification", "list"});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray all = listed.json().value(QStringLiteral("verifications")).toArray();
        QCOMPARE(all.size(), 2);
        const QJsonObject newest = all.first().toObject();
        QCOMPARE(keysOf(newest),
                 (QStringList{"backup", "environment", "id", "ok", "proven", "when", "who"}));
        QCOMPARE(newest.value(QStringLiteral("backup")).toString(),
                 QStringLiteral("20261202T020000Z-database-app"));
        QVERIFY(newest.value(QStringLiteral("ok")).toBool());
        QVERIFY(newest.value(QStringLiteral("proven")).toBool());
        QCOMPARE(newest.value(QStringLiteral("who")).toString(), QStringLiteral("tester@lab"));
        QVERIFY(newest.value(QStringLiteral("when")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(all.at(1).toObject().value(QStringLiteral("id")).toInteger(), failedId);
        QVERIFY(!all.at(1).toObject().value(QStringLiteral("ok")).toBool(true));
        QCOMPARE(json({"verification", "list", "staging"})
                     .json()
                     .value("verifications")
                     .toArray()
                     .size(),
                 2);
        QVERIFY(json({"verification", "list", "production"})
                    .json()
                    .value("verifications")
                    .toArray()
                    .isEmpty());
        const Run text = ctl({"verification", "list"});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("fail") && text.out.contains("20261201T020000Z-database-app"),
                 text.out.constData());
        const Run unknownEnvironment = ctl({"verification", "list", "qa"});
        QCOMPARE(unknownEnvironment.exitCode, 2);
        QVERIFY(unknownEnvironment.oneErrorLine());

        QTemporaryDir dir;
        const QString id = QString::number(failedId);
        const QString md = dir.filePath(QStringLiteral("verification.md"));
        const Run exported = json({"verification", "export", id, "--format", "md", "-o", md});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.json().value(QStringLiteral("id")).toInteger(), failedId);
        QCOMPARE(exported.json().value(QStringLiteral("format")).toString(), QStringLiteral("md"));
        QCOMPARE(exported.json().value(QStringLiteral("file")).toString(), md);
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(file.readAll());
        QVERIFY2(markdown.contains(QStringLiteral("**FAIL**")), qPrintable(markdown));
        QVERIFY(markdown.contains(QStringLiteral("| **public.orders\\|2026** | **5** | **4** | "
                                                 "**differs** |")));
        const QString pdf = dir.filePath(QStringLiteral("verification.pdf"));
        const Run printed = ctl({"verification", "export", id, "--format", "pdf", "-o", pdf});
        QCOMPARE(printed.exitCode, 0);
        QCOMPARE(printed.out, "wrote " + pdf.toUtf8() + '\n');
        BLIHOPS_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                        "pdftotext (poppler-utils) is not installed");
        const QString words = pdfText(pdf);
        QVERIFY2(words.contains(QStringLiteral("FAIL")) &&
                     words.contains(QStringLiteral("public.orders|2026")),
                 qPrintable(words));

        // An unknown id fails as a checklist export of an unknown run does.
        const Run unknown =
            ctl({"verification", "export", "999", "--format", "md", "-o", dir.filePath("x.md")});
        const Run unknownRun =
            ctl({"checklist", "export", "999", "--format", "md", "-o", dir.filePath("x.md")});
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.exitCode, unknownRun.exitCode);
        QVERIFY(unknown.oneErrorLine());
        QVERIFY2(unknown.err.contains("There is no verification 999: `blihopsctl verification "
                                      "list`"),
                 unknown.err.constData());
        QVERIFY(!QFile::exists(dir.filePath("x.md")));
        for (const QString &format : {QStringLiteral("md"), QStringLiteral("pdf")}) {
            const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/v.") + format);
            const Run unwritable =
                ctl({"verification", "export", id, "--format", format, "-o", nowhere});
            QCOMPARE(unwritable.exitCode, 2);
            // The PDF's QGuiApplication may warn first of an unset XDG_RUNTIME_DIR (Qt's).
            const QByteArray last = unwritable.err.trimmed().split('\n').last();
            QVERIFY2(last.startsWith("blihopsctl: Cannot write " + nowhere.toUtf8()),
                     unwritable.err.constData());
            QCOMPARE(unwritable.err.count("blihopsctl: "), 1);
        }
        const Run noFormat = ctl({"verification", "export", id, "-o", md});
        QCOMPARE(noFormat.exitCode, 2);
        QCOMPARE(noFormat.err, QByteArray("blihopsctl: verification export needs --format md|pdf "
                                          "and -o FILE.\n"));
        const Run html = ctl({"verification", "export", id, "--format", "html", "-o", md});
        QCOMPARE(html.exitCode, 2);
        QVERIFY2(html.err.contains("not one of md, pdf"), html.err.constData());
        const Run badId = ctl({"verification", "export", "x1", "--format", "md", "-o", md});
        QCOMPARE(badId.exitCode, 2);
        QVERIFY2(badId.err.contains("ID must be a number"), badId.err.constData());
        const Run help = ctl({"--help"});
        QVERIFY(help.out.contains("verification list") && help.out.contains("verification export"));
    }

    void importsAndReportsStreams()
    {
        const Run imported = json({"stream", "import", data("streams/stream-contradictions.md"),
                                   data("streams/stream-consistent.md")});
        QCOMPARE(imported.exitCode, 0);
        const QJsonArray snapshots = imported.json().value(QStringLiteral("imported")).toArray();
        QCOMPARE(snapshots.size(), 2);
        QCOMPARE(snapshots.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("7"));
        QCOMPARE(snapshots.at(0).toObject().value(QStringLiteral("contradictions")).toInt(), 7);
        json({"stream", "import", data("streams/stream-contradictions.md")});

        const QJsonArray listed =
            json({"stream", "list"}).json().value(QStringLiteral("streams")).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(1).toObject().value(QStringLiteral("snapshots")).toInt(), 2);

        const Run report = json({"stream", "report", "7"});
        QCOMPARE(report.exitCode, 0);
        const QJsonArray streams = report.json().value(QStringLiteral("streams")).toArray();
        QCOMPARE(streams.size(), 1);
        const QJsonObject stream = streams.first().toObject();
        for (const char *key : {"id", "title", "stated_status", "done", "total", "completion",
                                "tasks", "tests", "contradictions"})
            QVERIFY2(stream.contains(QLatin1String(key)), key);
        QCOMPARE(stream.value(QStringLiteral("id")).toString(), QStringLiteral("7"));
        QCOMPARE(stream.value(QStringLiteral("done")).toInt(), 8);
        const QJsonObject task = stream.value(QStringLiteral("tasks")).toArray().first().toObject();
        for (const char *key : {"id", "title", "stated_status", "done", "total", "completion"})
            QVERIFY2(task.contains(QLatin1String(key)), key);
        QCOMPARE(task.value(QStringLiteral("id")).toString(), QStringLiteral("7.1"));
        QCOMPARE(task.value(QStringLiteral("stated_status")).toString(),
                 QStringLiteral("\u274C NOT STARTED"));
        const QJsonObject test = stream.value(QStringLiteral("tests")).toArray().at(1).toObject();
        for (const char *key : {"id", "title", "stated", "done", "total"})
            QVERIFY2(test.contains(QLatin1String(key)), key);
        const QJsonArray contradictions = stream.value(QStringLiteral("contradictions")).toArray();
        QCOMPARE(contradictions.size(), 7);
        for (const QJsonValue &contradiction : contradictions) {
            for (const char *key : {"where", "stated", "computed", "message"})
                QVERIFY2(!contradiction.toObject().value(QLatin1String(key)).toString().isEmpty(),
                         key);
        }
        QCOMPARE(
            json({"stream", "report"}).json().value(QStringLiteral("streams")).toArray().size(), 2);

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("dashboard.pdf"));
        QCOMPARE(ctl({"stream", "report", "7", "--pdf", pdf}).exitCode, 0);
        QVERIFY(QFileInfo(pdf).size() > 0);
        BLIHOPS_REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                        "pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Stream 7: Payments")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Waiting for the provider's production keys")));
        QVERIFY(!text.contains(QStringLiteral("Search"))); // stream 3 was not asked for
        QVERIFY(text.contains(
            contradictions.first().toObject().value(QStringLiteral("message")).toString()));
    }

    // Against the lab's development stack: the smoke check, the health rollup and the pair
    // verdict, each recorded as the item's evidence and state.
    void runsTiedChecksAgainstTheLab()
    {
        BLIHOPS_REQUIRE(!labValue("BLIHOPS_TEST_DOCKER_SOCKET").isEmpty(),
                        "the lab's stacks are not up: tests/lab/lab.sh up");
        QTemporaryDir dir;
        const QString engine = QStringLiteral("unix://") + labValue("BLIHOPS_TEST_DOCKER_SOCKET");
        for (const QString &stack : {QStringLiteral("DEV"), QStringLiteral("STAGING")}) {
            const QByteArray prefix = "BLIHOPS_LAB_" + stack.toLatin1() + '_';
            const Run added = ctl({"env", "add", QStringLiteral("lab-") + stack.toLower(),
                                   "--engine", engine, "--compose", labValue(prefix + "COMPOSE"),
                                   "--project-name", labValue(prefix + "PROJECT"), "--env-file",
                                   blihops::test::writeLabEnvFile(stack, dir.path())});
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }
        const QString run = QString::number(start(data("checklists/lab-checks.md"), "lab-dev"));

        const Run smoke = json({"checklist", "run", run, "1"});
        QVERIFY2(smoke.exitCode == 0, smoke.err.constData());
        const QJsonObject item = smoke.json().value(QStringLiteral("item")).toObject();
        QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("pass"));
        const QJsonObject evidence =
            item.value(QStringLiteral("evidence")).toArray().first().toObject();
        QCOMPARE(evidence.value(QStringLiteral("kind")).toString(), QStringLiteral("smoke"));
        QVERIFY(evidence.value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("PASS redis/redis")));
        // The run is in the smoke history, as `blihopsctl smoke` keeps it.
        const QJsonArray history =
            json({"smoke", "history", "lab-dev"}).json().value(QStringLiteral("runs")).toArray();
        QCOMPARE(
            QString::number(history.first().toObject().value(QStringLiteral("id")).toInteger()),
            evidence.value(QStringLiteral("ref")).toString());

        // Health and pair: the verdicts `env status` and `env conflicts` give.
        const QString rollup =
            json({"env", "status", "lab-dev"}).json().value(QStringLiteral("rollup")).toString();
        const Run health = json({"checklist", "run", run, "2"});
        QCOMPARE(health.exitCode, rollup == QLatin1String("healthy") ? 0 : 1);
        const QJsonObject healthItem = health.json().value(QStringLiteral("item")).toObject();
        QCOMPARE(healthItem.value(QStringLiteral("evidence"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("ref")),
                 QJsonValue(QStringLiteral("lab-dev")));
        QVERIFY(healthItem.value(QStringLiteral("evidence"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("detail"))
                    .toString()
                    .startsWith(rollup));

        const int together = ctl({"env", "conflicts", "lab-dev", "lab-staging"}).exitCode;
        const Run pair = json({"checklist", "run", run, "3"});
        QCOMPARE(pair.exitCode, together);
        QCOMPARE(
            pair.json().value(QStringLiteral("item")).toObject().value(QStringLiteral("state")),
            QJsonValue(together == 0 ? QStringLiteral("pass") : QStringLiteral("fail")));

        // A tie to a check the suite does not have: refused, nothing recorded.
        const Run missing = ctl({"checklist", "run", run, "4"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.oneErrorLine(), missing.err.constData());
        QCOMPARE(json({"checklist", "show", run})
                     .json()
                     .value(QStringLiteral("items"))
                     .toArray()
                     .at(3)
                     .toObject()
                     .value(QStringLiteral("state")),
                 QJsonValue(QStringLiteral("pending")));
    }
};

QTEST_GUILESS_MAIN(TestCliChecklists)
#include "tst_cli_checklists.moc"
