#include "Require.h"
#include "TestData.h"
#include "TestWorkspace.h"
#include "checks/SmokeHistory.h"
#include "markdown/MarkdownReader.h"
#include "streams/Dashboard.h"
#include "streams/StreamParser.h"
#include "streams/StreamRepository.h"
#include "streams/StreamReview.h"
#include "workspace/BuiltinProfile.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;
using blihops::test::errorOf;
using blihops::test::TestWorkspace;
using State = StreamStatus::State;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(BLIHOPS_TEST_DATA_DIR "/streams/") + QString::fromLatin1(name);
}

const StreamUnit *unitNamed(const QList<StreamUnit> &units, const QString &id)
{
    for (const StreamUnit &unit : units) {
        if (unit.id == id)
            return &unit;
    }
    return nullptr;
}

// "where: kind" of each contradiction, to compare as a set.
QStringList kindsByPlace(const QList<StreamContradiction> &found)
{
    QStringList result;
    for (const StreamContradiction &contradiction : found)
        result << contradiction.where + QStringLiteral(": ") + contradiction.kind;
    result.sort();
    return result;
}

} // namespace

// Reading stream documents: what they state beside what their checkboxes show.
class TestStreamDocuments : public QObject
{
    Q_OBJECT

private slots:
    void classifiesStatusesByWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("state");
        QTest::newRow("planned") << QStringLiteral("\u2705 PLANNED - strategy only")
                                 << int(State::NotStarted);
        QTest::newRow("not started")
            << QStringLiteral("\u274C NOT STARTED") << int(State::NotStarted);
        QTest::newRow("mostly complete")
            << QStringLiteral("STREAM 1 MOSTLY COMPLETE (85% complete)") << int(State::Partial);
        QTest::newRow("incomplete") << QStringLiteral("incomplete") << int(State::Partial);
        QTest::newRow("complete with pending words")
            << QStringLiteral("\u2705 COMPLETE - deployment commands pending")
            << int(State::Complete);
        QTest::newRow("pass in bold") << QStringLiteral("\u2705 PASS") << int(State::Pass);
        QTest::newRow("fail") << QStringLiteral("FAILED") << int(State::Fail);
        QTest::newRow("a percentage") << QStringLiteral("85% Complete") << int(State::Unknown);
        QTest::newRow("other words") << QStringLiteral("High") << int(State::Unknown);
    }

    void classifiesStatusesByWords()
    {
        QFETCH(QString, text);
        QFETCH(int, state);
        QCOMPARE(int(StreamStatus::classify(text)), state);
    }

    void readsPercentages()
    {
        QCOMPARE(StreamStatus::percentage(QStringLiteral("85% complete")),
                 std::optional<double>(85));
        QCOMPARE(StreamStatus::percentage(QStringLiteral("(25% remaining)")),
                 std::optional<double>(75));
        QCOMPARE(StreamStatus::percentage(QStringLiteral("12.5 %")), std::optional<double>(12.5));
        QVERIFY(!StreamStatus::percentage(QStringLiteral("no figure")));
        QVERIFY(!StreamStatus::percentage(QStringLiteral("250%")));
    }

    void readsTasksSubtasksTestsAndTheirCheckboxes()
    {
        const StreamReport report = StreamParser::parseFile(fixture("stream-contradictions.md"));
        QCOMPARE(report.id, QStringLiteral("7"));
        QCOMPARE(report.title, QStringLiteral("Payments"));
        QCOMPARE(report.tasks.size(), 4);
        const StreamUnit *integration = unitNamed(report.tasks, QStringLiteral("7.1"));
        QVERIFY(integration);
        QCOMPARE(integration->title, QStringLiteral("Provider integration (2 days)"));
        // Nested boxes count; boxes in code and quotes do not.
        QCOMPARE(integration->done, 4);
        QCOMPARE(integration->total, 5);
        QCOMPARE(integration->subtasks.size(), 2);
        QCOMPARE(integration->subtasks.at(1).id, QStringLiteral("7.1.2"));
        QCOMPARE(integration->subtasks.at(1).done, 2);
        QCOMPARE(integration->subtasks.at(1).total, 3);
        QCOMPARE(integration->statedStatus()->state, State::NotStarted);
        QCOMPARE(integration->statedStatus()->text, QStringLiteral("\u274C NOT STARTED"));
        // The task's own total is what the stream adds up.
        QCOMPARE(report.done, 8);
        QCOMPARE(report.total, 11);
        QCOMPARE(report.statedStatus()->state, State::Complete);

        QCOMPARE(report.tests.size(), 3);
        const StreamUnit *webhooks = unitNamed(report.tests, QStringLiteral("2"));
        QCOMPARE(webhooks->done, 1);
        QCOMPARE(webhooks->total, 2);
        QCOMPARE(webhooks->stated.size(), 1);
        QCOMPARE(webhooks->stated.first().state, State::Pass);
        QCOMPARE(webhooks->stated.first().percent, std::optional<double>(100));
        QCOMPARE(webhooks->stated.first().where, QStringLiteral("QA Summary"));
        QCOMPARE(webhooks->stated.first().source, StreamStatement::Source::Table);
        QCOMPARE(StreamReview::placeOf(webhooks->stated.first()),
                 QStringLiteral("table under \u201CQA Summary\u201D"));
        QCOMPARE(StreamReview::placeOf(*report.statedStatus()), QStringLiteral("Status"));

        QCOMPARE(report.blockers,
                 QStringList{QStringLiteral("Waiting for the provider's production keys")});
        QCOMPARE(report.dependencies,
                 QStringList{QStringLiteral("Stream 2: needs the accounts API")});
    }

    void flagsEveryKindOfContradiction()
    {
        const StreamReport report = StreamParser::parseFile(fixture("stream-contradictions.md"));
        const QList<StreamContradiction> found = StreamReview::contradictions(report);
        QCOMPARE(kindsByPlace(found),
                 (QStringList{"Stream 7: header-status", "Stream 7: percentage", "Task 7.1: status",
                              "Task 7.2: percentage", "Task 7.3: status", "Task 7.4: status",
                              "Test 2: test-pass"}));
        for (const StreamContradiction &contradiction : found) {
            QVERIFY(!contradiction.stated.isEmpty());
            QVERIFY(!contradiction.computed.isEmpty());
            QVERIFY(contradiction.message.startsWith(contradiction.where) ||
                    contradiction.where.startsWith(QLatin1String("Stream")));
        }
        const auto message = [&](const QString &where) {
            for (const StreamContradiction &contradiction : found) {
                if (contradiction.where == where)
                    return contradiction.message;
            }
            return QString();
        };
        QCOMPARE(message(QStringLiteral("Task 7.1")),
                 QStringLiteral("Task 7.1 is stated NOT STARTED (Status) but items are already "
                                "ticked (4 of 5 ticked, 80%)."));
        QVERIFY(message(QStringLiteral("Test 2")).contains(QLatin1String("(1 of 2 ticked, 50%)")));
        QVERIFY(message(QStringLiteral("Task 7.2")).contains(QLatin1String("20%")));
    }

    void aConsistentDocumentHasNoContradiction()
    {
        const StreamReport report = StreamParser::parseFile(fixture("stream-consistent.md"));
        QCOMPARE(report.id, QStringLiteral("3"));
        QCOMPARE(report.done, 2);
        QCOMPARE(report.total, 4);
        QCOMPARE(report.tests.first().stated.size(), 1);
        const QList<StreamContradiction> found = StreamReview::contradictions(report);
        QVERIFY2(found.isEmpty(), qPrintable(kindsByPlace(found).join(QLatin1Char(','))));
    }

    void aDocumentWithoutTasksCountsEveryBox()
    {
        const StreamReport report = StreamParser::parseFile(fixture("no-tasks.md"));
        QCOMPARE(report.id, QStringLiteral("no-tasks"));
        QCOMPARE(report.title, QStringLiteral("Onboarding notes"));
        QVERIFY(report.tasks.isEmpty());
        QCOMPARE(report.done, 1);
        QCOMPARE(report.total, 3);
    }

    void theReportSurvivesItsSnapshot()
    {
        const StreamReport report = StreamParser::parseFile(fixture("stream-contradictions.md"));
        const StreamReport again = StreamReport::fromJson(report.toJson());
        QCOMPARE(again.toJson(), report.toJson());
        QCOMPARE(kindsByPlace(StreamReview::contradictions(again)),
                 kindsByPlace(StreamReview::contradictions(report)));
        const QJsonObject json = again.reportJson(StreamReview::contradictions(again));
        for (const char *key : {"id", "title", "stated_status", "done", "total", "completion",
                                "tasks", "tests", "contradictions"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonObject task = json.value(QStringLiteral("tasks")).toArray().first().toObject();
        QCOMPARE(task.value(QStringLiteral("id")).toString(), QStringLiteral("7.1"));
        QCOMPARE(task.value(QStringLiteral("completion")).toDouble(), 80.0);
        const QJsonObject test = json.value(QStringLiteral("tests")).toArray().at(1).toObject();
        QCOMPARE(test.value(QStringLiteral("stated")).toString(), QStringLiteral("PASS 100%"));
    }

    void findsTheReferenceDocumentsContradictions()
    {
        const QString path = QStringLiteral(BLIHOPS_REFERENCE_DIR "/stream-1-devops.md");
        BLIHOPS_REQUIRE(QFileInfo::exists(path),
                        "../shared/reference/stream-1-devops.md is not there");
        const StreamReport report = StreamParser::parseFile(path);
        QCOMPARE(report.id, QStringLiteral("1"));
        QVERIFY(report.title.startsWith(QLatin1String("DevOps")));
        // Shown repaired: no Mac Roman reading of an emoji is left anywhere.
        const QString everything = QString::fromUtf8(QJsonDocument(report.toJson()).toJson());
        QVERIFY(!everything.contains(QStringLiteral("\u201A\u00FA")));
        QVERIFY(everything.contains(QStringLiteral("\u2705")));
        QCOMPARE(report.tasks.size(), 4);
        QCOMPARE(report.tests.size(), 4);

        const StreamUnit *staging = unitNamed(report.tasks, QStringLiteral("1.1"));
        QCOMPARE(staging->statedStatus()->state, State::NotStarted);
        QVERIFY(staging->total > 0);
        QCOMPARE(staging->done, staging->total); // every box ticked
        const QList<StreamContradiction> found = StreamReview::contradictions(report);
        const QStringList kinds = kindsByPlace(found);
        // What the issue names: Task 1.1 NOT STARTED with every box ticked, Task 1.3 COMPLETE
        // while its own summary says 50 %; and a test stated PASS with a box unticked.
        QVERIFY2(kinds.contains(QStringLiteral("Task 1.1: status")), qPrintable(kinds.join(',')));
        QVERIFY2(kinds.contains(QStringLiteral("Task 1.3: percentage")),
                 qPrintable(kinds.join(',')));
        QVERIFY2(kinds.contains(QStringLiteral("Test 2: test-pass")), qPrintable(kinds.join(',')));
        const StreamUnit *backup = unitNamed(report.tasks, QStringLiteral("1.3"));
        QCOMPARE(backup->statedStatus()->state, State::Complete);
        bool summaryFifty = false;
        for (const StreamStatement &statement : backup->stated)
            summaryFifty = summaryFifty || statement.percent == std::optional<double>(50);
        QVERIFY(summaryFifty);
        // Every contradiction points at a place the document names.
        for (const StreamContradiction &contradiction : found)
            QVERIFY2(contradiction.where.startsWith(QLatin1String("Task 1.")) ||
                         contradiction.where.startsWith(QLatin1String("Test ")) ||
                         contradiction.where == QLatin1String("Stream 1"),
                     qPrintable(contradiction.where));
        QCOMPARE(report.dependencies.size(), 4);
        QVERIFY(report.blockers.isEmpty()); // "NONE" is no blocker
    }

    void readsAFiveMegabyteStreamDocument()
    {
        QByteArray document = "# STREAM 9: Load\n\n**Status**: PARTIAL\n\n";
        int total = 0;
        int done = 0;
        int tasks = 0;
        while (document.size() < 5 * 1024 * 1024) {
            ++tasks;
            document += "### TASK 9." + QByteArray::number(tasks) + ": Work package\n" +
                        "**Status**: IN PROGRESS\n\n";
            for (int subtask = 1; subtask <= 3; ++subtask) {
                document += "#### Subtask 9." + QByteArray::number(tasks) + '.' +
                            QByteArray::number(subtask) + ": Part\n";
                for (int item = 0; item < 8; ++item) {
                    const bool ticked = item % 2 == 0;
                    document += (ticked ? "- [x] " : "- [ ] ") +
                                QByteArray("a step that takes a line of words like real ones\n");
                    ++total;
                    done += ticked ? 1 : 0;
                }
                document += "\n";
            }
        }
        QElapsedTimer timer;
        timer.start();
        const StreamReport report = StreamParser::parseDocument(document, "load");
        qInfo("parsed %lld bytes, %d tasks in %lld ms", qlonglong(document.size()), tasks,
              timer.elapsed());
        QCOMPARE(report.tasks.size(), tasks);
        QCOMPARE(report.total, total);
        QCOMPARE(report.done, done);
        QCOMPARE(report.tasks.last().subtasks.size(), 3);
    }
};

// Snapshots over re-imports, on both backends, and the dashboard read from them.
class TestStreamStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_store;
    std::unique_ptr<Workspace> m_workspace;
    QTemporaryDir m_dir;

private slots:
    void initTestCase_data() { TestWorkspace::addBackendRows(); }

    void init()
    {
        BLIHOPS_INIT_BACKEND(m_store);
        m_workspace = m_store->open();
    }

    void cleanup()
    {
        m_workspace.reset();
        m_store.reset();
    }

    void keepsASnapshotPerImport()
    {
        StreamRepository streams(*m_workspace);
        QCOMPARE(errorOf([&] { streams.report(QStringLiteral("7")); }).kind(), ErrorKind::NotFound);
        const StreamRepository::Imported first =
            streams.import(fixture("stream-contradictions.md"));
        QVERIFY(!first.unchanged);
        QCOMPARE(first.snapshot.done, 8);
        QCOMPARE(first.snapshot.contradictions, 7);
        const StreamRepository::Imported same = streams.import(fixture("stream-contradictions.md"));
        QVERIFY(same.unchanged);

        // The document moves on: two more boxes ticked.
        QFile original(fixture("stream-contradictions.md"));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray text = original.readAll();
        text.replace("- [ ] Monthly report", "- [x] Monthly report");
        text.replace("- [ ] Retry failed deliveries", "- [x] Retry failed deliveries");
        const QString moved = m_dir.filePath(QStringLiteral("stream-7.md"));
        QFile copy(moved);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(text);
        copy.close();
        const StreamRepository::Imported later = streams.import(moved);
        QVERIFY(!later.unchanged);
        QCOMPARE(later.snapshot.done, 10);
        streams.import(fixture("stream-consistent.md"));

        const QList<StreamSnapshot> latest = streams.latest();
        QCOMPARE(latest.size(), 2);
        QCOMPARE(latest.at(0).stream, QStringLiteral("3"));
        QCOMPARE(latest.at(1).stream, QStringLiteral("7"));
        QCOMPARE(latest.at(1).done, 10);
        const QList<StreamSnapshot> history = streams.histories().value(QStringLiteral("7"));
        QCOMPARE(history.size(), 3);
        QVERIFY(history.first().completion() < history.last().completion());
        QCOMPARE(history.first().importedBy, QStringLiteral("tester@lab"));
        QCOMPARE(streams.report(QStringLiteral("7")).done, 10);
        QVERIFY(errorOf([&] { streams.report(QStringLiteral("8")); })
                    .message()
                    .contains(QLatin1String("the streams are 3, 7")));
    }

    void theDashboardHasStreamsAndEnvironments()
    {
        BuiltinProfile::ensure(*m_workspace);
        StreamRepository(*m_workspace).import(fixture("stream-contradictions.md"));
        SmokeRun run;
        run.environment = QStringLiteral("staging");
        run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-7203);
        run.finishedAt = run.startedAt.addSecs(3);
        run.results = {{QStringLiteral("redis/redis"), SmokeCheck::Kind::Redis,
                        QStringLiteral("redis"), QStringLiteral("127.0.0.1:6380"), false, 5,
                        QStringLiteral("refused")}};
        SmokeHistory(*m_workspace).record(run);

        const Dashboard dashboard = Dashboard::load(*m_workspace);
        QCOMPARE(dashboard.streams.size(), 1);
        QCOMPARE(dashboard.streams.first().contradictions.size(), 7);
        QCOMPARE(dashboard.streams.first().history.size(), 1);
        QCOMPARE(dashboard.environments.size(), 3);
        const EnvironmentFacts::Row &staging = dashboard.environments.at(1);
        QCOMPARE(staging.environment, QStringLiteral("staging"));
        QCOMPARE(staging.facts.size(), 1);
        QVERIFY(!staging.facts.first().ok);
        QVERIFY2(staging.facts.first().text.contains(QLatin1String("0 of 1")),
                 qPrintable(staging.facts.first().text));
        QVERIFY(staging.facts.first().text.contains(QLatin1String("2 h ago")));
        QVERIFY(dashboard.environments.at(0).facts.isEmpty()); // no run: nothing claimed
        QCOMPARE(EnvironmentFacts::columns(dashboard.environments).size(), 1);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestStreamDocuments documents;
    TestStreamStore store;
    return blihops::test::runTests(argc, argv, {&documents, &store});
}

#include "tst_streams.moc"
