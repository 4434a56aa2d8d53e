#include "TestData.h"
#include "TestWorkspace.h"
#include "checklist/ChecklistExport.h"
#include "checklist/ChecklistRepository.h"
#include "checklist/ChecklistTemplate.h"
#include "checklist/ChecklistTemplateRepository.h"
#include "checklist/EvidenceValidators.h"
#include "checklist/TiedCheck.h"
#include "checks/SmokeHistory.h"
#include "compose/EnvironmentConflicts.h"
#include "workspace/BuiltinProfile.h"
#include "workspace/EnvironmentRepository.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace blihops;
using blihops::test::errorOf;
using blihops::test::TestWorkspace;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(BLIHOPS_TEST_DATA_DIR "/markdown/") + QString::fromLatin1(name);
}

// A recorded smoke run of an environment, as `blihopsctl smoke` keeps one.
qint64 recordSmokeRun(Workspace &workspace, const QString &environment, bool passed)
{
    SmokeRun run;
    run.environment = environment;
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.finishedAt = run.startedAt.addSecs(2);
    run.actor = QStringLiteral("tester@lab");
    run.results = {{QStringLiteral("redis/redis"), SmokeCheck::Kind::Redis, QStringLiteral("redis"),
                    QStringLiteral("127.0.0.1:6379"), passed, 12, QStringLiteral("PONG")}};
    return SmokeHistory(workspace).record(run);
}

} // namespace

// Templates as Markdown: sections, nested items, ties; refused when they hold no item.
class TestChecklistTemplates : public QObject
{
    Q_OBJECT

private slots:
    void importsSectionsNestingTicksAndTies()
    {
        const ChecklistTemplate parsed =
            ChecklistTemplate::fromFile(fixture("checklist-nested.md"));
        QCOMPARE(parsed.key, QStringLiteral("checklist-nested"));
        QCOMPARE(parsed.title, QStringLiteral("Release checklist \u2705"));
        QCOMPARE(parsed.items.size(), 10);
        const ChecklistTemplateItem &spellCheck = parsed.items.at(3);
        QCOMPARE(spellCheck.text, QStringLiteral("Spell-check it"));
        QCOMPARE(spellCheck.section, QStringLiteral("Preparation"));
        QCOMPARE(spellCheck.depth, 2);
        QCOMPARE(spellCheck.parent, 3);
        QVERIFY(spellCheck.checked);
        // A plain list item in between only groups: the task above it is the parent.
        QCOMPARE(parsed.items.at(4).parent, 2);
        QCOMPARE(parsed.items.at(4).depth, 1);
        QCOMPARE(parsed.items.at(5).tie.toString(), QStringLiteral("health"));
        QCOMPARE(parsed.items.at(6).section, QStringLiteral("Mis-encoded \u26A0\uFE0F"));
        QCOMPARE(parsed.items.at(6).tie.toString(), QStringLiteral("smoke:postgres/postgresql"));
        QCOMPARE(parsed.items.at(9).tie,
                 (CheckTie{CheckTie::Kind::Pair, QStringLiteral("staging")}));
        QCOMPARE(parsed.tiedCount(), 4);
        for (const ChecklistTemplateItem &item : parsed.items)
            QVERIFY2(!item.text.contains(QLatin1String("inside")), qPrintable(item.text));
    }

    void refusesDocumentsWithoutItemsAndBadTies()
    {
        const Error none = errorOf([] { ChecklistTemplate::fromFile(fixture("no-items.md")); });
        QCOMPARE(none.kind(), ErrorKind::BadInput);
        QVERIFY2(none.message().contains(QLatin1String("no task-list items")),
                 qPrintable(none.message()));
        const Error tie = errorOf([] { ChecklistTemplate::fromFile(fixture("bad-tie.md")); });
        QCOMPARE(tie.kind(), ErrorKind::BadInput);
        QVERIFY(tie.message().contains(QLatin1String("ping:everything")));
        QVERIFY(tie.message().contains(QLatin1String("\"Item\"")));
        QCOMPARE(errorOf([] { ChecklistTemplate::fromFile(fixture("missing.md")); }).kind(),
                 ErrorKind::NotFound);
    }

    void builtinTemplatesAllReadAndTieTheirChecks()
    {
        const QList<ChecklistTemplate> builtins = ChecklistTemplate::builtins();
        QStringList keys;
        for (const ChecklistTemplate &builtin : builtins) {
            keys << builtin.key;
            QVERIFY2(!builtin.items.isEmpty(), qPrintable(builtin.key));
            QVERIFY2(builtin.title != builtin.key, qPrintable(builtin.key));
            QCOMPARE(builtin.origin, QStringLiteral("builtin"));
        }
        QCOMPARE(keys,
                 (QStringList{"backup-recovery", "backup-restore-drill", "ci-cd", "dev-environment",
                              "production-deployment", "rollback-procedure", "staging-environment",
                              "staging-smoke-check"}));
        // The items the issue names carry their checks.
        const auto tieOf = [](const QString &key, const QString &text) {
            const std::optional<ChecklistTemplate> builtin = ChecklistTemplate::builtin(key);
            for (const ChecklistTemplateItem &item : builtin->items) {
                if (item.text.contains(text))
                    return item.tie.toString();
            }
            return QStringLiteral("(no such item)");
        };
        QCOMPARE(tieOf("dev-environment", "PostgreSQL is accessible on port 5432"),
                 QStringLiteral("smoke:postgres/postgresql"));
        QCOMPARE(tieOf("dev-environment", "Redis answers PONG"),
                 QStringLiteral("smoke:redis/redis"));
        QCOMPARE(tieOf("dev-environment", "side by side"), QStringLiteral("pair:staging"));
        QCOMPARE(tieOf("staging-environment", "separate from development"),
                 QStringLiteral("pair:development"));
        QCOMPARE(tieOf("production-deployment", "All services are healthy"),
                 QStringLiteral("health"));
        QVERIFY(!ChecklistTemplate::builtin(QStringLiteral("../profile/docker-compose")));
    }

    void parsesTies_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("smoke check") << "smoke:redis/redis" << true;
        QTest::newRow("whole suite") << "smoke" << true;
        QTest::newRow("health") << " health " << true;
        QTest::newRow("pair") << "pair:staging" << true;
        QTest::newRow("untied") << "" << true;
        QTest::newRow("smoke colon only") << "smoke:" << false;
        QTest::newRow("health with argument") << "health:x" << false;
        QTest::newRow("pair without") << "pair" << false;
        QTest::newRow("unknown") << "ping:x" << false;
    }

    void parsesTies()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        if (valid) {
            QCOMPARE(CheckTie::parse(text).toString(), text.trimmed());
        } else {
            QCOMPARE(errorOf([&] { CheckTie::parse(text); }).kind(), ErrorKind::BadInput);
        }
    }
};

// Runs in the store, once per backend: start, walk, evidence, waivers, sign-off, revisions,
// the audit and what refuses to change it.
class TestChecklistStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestWorkspace> m_store;
    std::unique_ptr<Workspace> m_workspace;

    ChecklistRun startNested()
    {
        return ChecklistRepository(*m_workspace)
            .start(ChecklistTemplate::fromFile(fixture("checklist-nested.md")),
                   QStringLiteral("staging"), QStringLiteral("v1.4.0"));
    }

private slots:
    void initTestCase_data() { TestWorkspace::addBackendRows(); }

    void init()
    {
        BLIHOPS_INIT_BACKEND(m_store);
        m_workspace = m_store->open();
        BuiltinProfile::ensure(*m_workspace);
    }

    void cleanup()
    {
        m_workspace.reset();
        m_store.reset();
    }

    void startsARunWithTickedItemsPassed()
    {
        const ChecklistRun run = startNested();
        QVERIFY(run.id > 0);
        QCOMPARE(run.environment, QStringLiteral("staging"));
        QCOMPARE(run.release, QStringLiteral("v1.4.0"));
        QCOMPARE(run.revision, 1);
        QVERIFY(!run.isSigned);
        QCOMPARE(run.items.size(), 10);
        QCOMPARE(run.items.at(1).state, ItemState::Pass);
        QCOMPARE(run.items.at(1).evidence.size(), 1);
        QCOMPARE(run.items.at(1).evidence.first().kind, QStringLiteral("document"));
        QVERIFY(
            run.items.at(1).evidence.first().ref.endsWith(QLatin1String("checklist-nested.md")));
        QCOMPARE(run.items.at(0).state, ItemState::Pending);
        QVERIFY(run.items.at(0).evidence.isEmpty());
        QCOMPARE(run.items.at(3).parent, 3);
        QCOMPARE(run.decidedCount(), 4);

        const QList<ChecklistRunSummary> listed = ChecklistRepository(*m_workspace).list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().decided, 4);
        QCOMPARE(listed.first().total, 10);
        QVERIFY(ChecklistRepository(*m_workspace).list(QStringLiteral("production")).isEmpty());
        // The template is kept as it was: it lists among the templates from now on.
        bool listedTemplate = false;
        for (const ChecklistTemplate &stored : ChecklistTemplateRepository(*m_workspace).list())
            listedTemplate = listedTemplate || stored.key == QLatin1String("checklist-nested");
        QVERIFY(listedTemplate);
        QCOMPARE(ChecklistTemplateRepository(*m_workspace)
                     .resolve(QStringLiteral("checklist-nested"))
                     .items.size(),
                 10);
    }

    void refusesUnknownEnvironmentAndEmptyRelease()
    {
        ChecklistRepository runs(*m_workspace);
        const ChecklistTemplate builtin = *ChecklistTemplate::builtin(QStringLiteral("ci-cd"));
        QCOMPARE(errorOf([&] {
                     runs.start(builtin, QStringLiteral("nowhere"), QStringLiteral("1"));
                 }).kind(),
                 ErrorKind::NotFound);
        QCOMPARE(errorOf([&] {
                     runs.start(builtin, QStringLiteral("staging"), QStringLiteral(" "));
                 }).kind(),
                 ErrorKind::BadInput);
        QVERIFY(runs.list().isEmpty());
        QCOMPARE(errorOf([&] { runs.get(99); }).kind(), ErrorKind::NotFound);
    }

    void changesItemsAndAuditsOldAndNewValues()
    {
        const ChecklistRun run = startNested();
        ChecklistRepository runs(*m_workspace);
        const ChecklistItem changed =
            runs.change(run.id, 1, {ItemState::Fail, QStringLiteral("tag missing"), std::nullopt});
        QCOMPARE(changed.state, ItemState::Fail);
        QCOMPARE(changed.note, QStringLiteral("tag missing"));
        QCOMPARE(changed.updatedBy, QStringLiteral("tester@lab"));
        runs.change(run.id, 1, {ItemState::Pass, std::nullopt, std::nullopt});
        QCOMPARE(errorOf([&] {
                     runs.change(run.id, 11, {ItemState::Pass, {}, {}});
                 }).kind(),
                 ErrorKind::NotFound);

        const QList<ChecklistAudit::Entry> audit = runs.audit(run.id);
        QCOMPARE(audit.size(), 4);
        QCOMPARE(audit.at(0).action, QStringLiteral("run.start"));
        QCOMPARE(audit.at(1).action, QStringLiteral("item.state"));
        QCOMPARE(audit.at(1).item, 1);
        QCOMPARE(audit.at(1).oldValue, QStringLiteral("pending"));
        QCOMPARE(audit.at(1).newValue, QStringLiteral("fail"));
        QCOMPARE(audit.at(2).action, QStringLiteral("item.note"));
        QCOMPARE(audit.at(2).newValue, QStringLiteral("tag missing"));
        QCOMPARE(audit.at(3).oldValue, QStringLiteral("fail"));
        QCOMPARE(audit.at(3).actor, QStringLiteral("tester@lab"));
    }

    void attachesEvidenceThatChecksOut()
    {
        const ChecklistRun run = startNested();
        ChecklistRepository runs(*m_workspace);
        const qint64 smoke = recordSmokeRun(*m_workspace, QStringLiteral("staging"), true);
        const ChecklistItem withRun =
            runs.change(run.id, 8,
                        {ItemState::Pass, std::nullopt,
                         Evidence::parse(QStringLiteral("smoke:%1").arg(smoke))});
        QCOMPARE(withRun.evidence.size(), 1);
        QCOMPARE(withRun.evidence.first().detail, QStringLiteral("1 of 1 checks passed"));

        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("deploy.log"));
        QFile file(log);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("deployed\n");
        file.close();
        const ChecklistItem withFile =
            runs.change(run.id, 8, {std::nullopt, std::nullopt, Evidence::parse("file:" + log)});
        QCOMPARE(withFile.evidence.size(), 2);
        QVERIFY2(withFile.evidence.at(1).detail.contains(QLatin1String(
                     "SHA-256 b0f2c37ccb90fce43fcb488f7ee4ff1fbcdd9c80a27ffc2329c88a06baf0f51d")),
                 qPrintable(withFile.evidence.at(1).detail));
        runs.change(
            run.id, 8,
            {std::nullopt, std::nullopt, Evidence::parse("url:https://ci.example.org/b/7")});

        // Nothing of what does not check out is kept.
        const auto refused = [&](const QString &evidence) {
            return errorOf([&] {
                runs.change(run.id, 8, {std::nullopt, std::nullopt, Evidence::parse(evidence)});
            });
        };
        QCOMPARE(refused(QStringLiteral("smoke:99999")).kind(), ErrorKind::NotFound);
        const qint64 otherEnvironment =
            recordSmokeRun(*m_workspace, QStringLiteral("development"), true);
        QVERIFY(refused(QStringLiteral("smoke:%1").arg(otherEnvironment))
                    .message()
                    .contains(QLatin1String("tested development, not staging")));
        QCOMPARE(refused(QStringLiteral("file:") + dir.filePath(QStringLiteral("gone"))).kind(),
                 ErrorKind::NotFound);
        QCOMPARE(refused(QStringLiteral("url:ftp://example.org/x")).kind(), ErrorKind::BadInput);
        QVERIFY(refused(QStringLiteral("backup:3"))
                    .message()
                    .contains(QLatin1String("There is no backup 3 of staging")));
        QVERIFY(refused(QStringLiteral("verification:3"))
                    .message()
                    .contains(QLatin1String("There is no restore verification 3")));
        QVERIFY(refused(QStringLiteral("health:staging"))
                    .message()
                    .contains(QLatin1String("recorded by the console itself")));
        QCOMPARE(errorOf([] { Evidence::parse(QStringLiteral("photo:1")); }).kind(),
                 ErrorKind::BadInput);
        QCOMPARE(runs.get(run.id).item(8)->evidence.size(), 3);

        const ChecklistItem removed = runs.removeEvidence(run.id, 8, 1);
        QCOMPARE(removed.evidence.size(), 2);
        QCOMPARE(removed.evidence.at(1).kind, QStringLiteral("url"));
    }

    void signOffIsRefusedUntilEveryItemIsDoneOrWaived()
    {
        const ChecklistRun run = startNested();
        ChecklistRepository runs(*m_workspace);
        ChecklistRepository::SignResult refused =
            runs.sign(run.id, QStringLiteral("Ada"), QStringLiteral("QA lead"), QString());
        QVERIFY(!refused.isSigned);
        QCOMPARE(refused.inTheWay.size(), 6);
        QVERIFY(!runs.get(run.id).isSigned);

        for (int item : {1, 3, 5, 6, 7})
            runs.change(run.id, item, {ItemState::Pass, std::nullopt, std::nullopt});
        runs.change(run.id, 8, {ItemState::Blocked, std::nullopt, std::nullopt});
        runs.change(run.id, 9, {ItemState::NotApplicable, std::nullopt, std::nullopt});
        refused = runs.sign(run.id, QStringLiteral("Ada"), QStringLiteral("QA lead"), QString());
        QCOMPARE(refused.inTheWay.size(), 1);
        QCOMPARE(refused.inTheWay.first().number, 8);

        QCOMPARE(errorOf([&] { runs.waive(run.id, 8, QStringLiteral("  ")); }).kind(),
                 ErrorKind::BadInput);
        const ChecklistItem waived =
            runs.waive(run.id, 8, QStringLiteral("Redis is replaced next release"));
        QCOMPARE(waived.waiver->reason, QStringLiteral("Redis is replaced next release"));
        QVERIFY(!waived.isInTheWay());
        QCOMPARE(errorOf([&] { runs.sign(run.id, QString(), QStringLiteral("QA"), {}); }).kind(),
                 ErrorKind::BadInput);

        const ChecklistRepository::SignResult signedOff = runs.sign(
            run.id, QStringLiteral("Ada"), QStringLiteral("QA lead"), QStringLiteral("Good to go"));
        QVERIFY(signedOff.isSigned);
        QVERIFY(signedOff.run.isSigned);
        QCOMPARE(signedOff.run.signOff->name, QStringLiteral("Ada"));
        QCOMPARE(signedOff.run.signOff->comment, QStringLiteral("Good to go"));
        QCOMPARE(signedOff.run.signOff->actor, QStringLiteral("tester@lab"));
        QCOMPARE(runs.list().first().stateKey(), QStringLiteral("signed"));
    }

    void signedRunsAreReadOnlyUntilReopenedAsANewRevision()
    {
        const ChecklistRun run = startNested();
        ChecklistRepository runs(*m_workspace);
        for (const ChecklistItem &item : run.items)
            runs.change(run.id, item.number, {ItemState::Pass, std::nullopt, std::nullopt});
        runs.change(run.id, 2, {std::nullopt, QStringLiteral("kept"), std::nullopt});
        runs.waive(run.id, 2, QStringLiteral("belt and braces"));
        QVERIFY(runs.sign(run.id, QStringLiteral("Ada"), QStringLiteral("QA"), {}).isSigned);

        const auto readOnly = [&](const std::function<void()> &work) {
            const Error error = errorOf(work);
            return error.kind() == ErrorKind::Conflict &&
                   error.message().contains(QLatin1String("checklist reopen"));
        };
        QVERIFY(readOnly([&] { runs.change(run.id, 1, {ItemState::Fail, {}, {}}); }));
        QVERIFY(readOnly([&] { runs.waive(run.id, 1, QStringLiteral("x")); }));
        QVERIFY(readOnly([&] { runs.tie(run.id, 1, CheckTie::parse(QStringLiteral("health"))); }));
        QVERIFY(
            readOnly([&] { runs.sign(run.id, QStringLiteral("B"), QStringLiteral("QA"), {}); }));
        QVERIFY(readOnly([&] { TiedCheck::prepare(*m_workspace, run.id, 6); }));
        QCOMPARE(runs.get(run.id).item(1)->state, ItemState::Pass);

        const ChecklistRun reopened = runs.reopen(run.id);
        QCOMPARE(reopened.revision, 2);
        QCOMPARE(reopened.latestRevision, 2);
        QVERIFY(!reopened.isSigned);
        QVERIFY(!reopened.signOff);
        QCOMPARE(reopened.item(2)->note, QStringLiteral("kept"));
        QCOMPARE(reopened.item(2)->waiver->reason, QStringLiteral("belt and braces"));
        QCOMPARE(reopened.item(2)->evidence.size(), 1);
        QCOMPARE(reopened.revisions.size(), 2);
        QVERIFY(reopened.revisions.first().signOff);
        QCOMPARE(errorOf([&] { runs.reopen(run.id); }).kind(), ErrorKind::Conflict);

        runs.change(run.id, 1, {ItemState::Fail, std::nullopt, std::nullopt});
        // The signed revision is kept as it was.
        const ChecklistRun first = runs.get(run.id, 1);
        QVERIFY(first.isSigned);
        QCOMPARE(first.signOff->name, QStringLiteral("Ada"));
        QCOMPARE(first.item(1)->state, ItemState::Pass);
        QCOMPARE(runs.get(run.id).item(1)->state, ItemState::Fail);
        QCOMPARE(errorOf([&] { runs.get(run.id, 3); }).kind(), ErrorKind::NotFound);
        const QList<ChecklistAudit::Entry> audit = runs.audit(run.id);
        QCOMPARE(audit.last().revision, 2);
        QCOMPARE(audit.at(audit.size() - 2).action, QStringLiteral("run.reopen"));
    }

    void auditRefusesUpdatesAndDeletes()
    {
        const ChecklistRun run = startNested();
        ChecklistRepository(*m_workspace).change(run.id, 1, {ItemState::Pass, {}, {}});
        const int before = int(ChecklistRepository(*m_workspace).audit(run.id).size());
        QVERIFY(before >= 2);
        QStringList statements = {QStringLiteral("UPDATE checklist_audit SET actor = 'mallory'"),
                                  QStringLiteral("DELETE FROM checklist_audit")};
        if (m_store->backend() == TestWorkspace::Backend::Postgres)
            statements << QStringLiteral("TRUNCATE checklist_audit");
        for (const QString &statement : statements) {
            const Error error = errorOf([&] { m_workspace->exec(statement); });
            QCOMPARE(error.kind(), ErrorKind::Workspace);
            QVERIFY2(error.message().contains(QLatin1String("append-only")),
                     qPrintable(error.message()));
        }
        const QList<ChecklistAudit::Entry> after = ChecklistRepository(*m_workspace).audit(run.id);
        QCOMPARE(int(after.size()), before);
        QCOMPARE(after.first().actor, QStringLiteral("tester@lab"));
    }

    void exportsHoldEveryItemWaiverEvidenceAndTheSignOff()
    {
        const ChecklistRun started = startNested();
        ChecklistRepository runs(*m_workspace);
        for (const ChecklistItem &item : started.items)
            runs.change(started.id, item.number, {ItemState::Pass, std::nullopt, std::nullopt});
        runs.change(started.id, 7,
                    {ItemState::Fail, QStringLiteral("port closed | twice"), std::nullopt});
        runs.waive(started.id, 7, QStringLiteral("Accepted by <ops> & QA"));
        runs.change(started.id, 3,
                    {std::nullopt, std::nullopt,
                     Evidence::parse(QStringLiteral("url:https://ci.example.org/1"))});
        runs.sign(started.id, QStringLiteral("Grace Hopper"), QStringLiteral("QA lead"),
                  QStringLiteral("Release approved"));
        const ChecklistRun run = runs.get(started.id);

        const QString markdown = ChecklistExport::markdown(run);
        const QString html = ChecklistExport::html(run);
        for (const ChecklistItem &item : run.items) {
            QVERIFY2(html.contains(item.text.toHtmlEscaped()), qPrintable(item.text));
            // Markdown escapes its markup characters; the words are all there.
            QString unescaped = markdown;
            unescaped.remove(QLatin1Char('\\'));
            QVERIFY2(unescaped.contains(item.text), qPrintable(item.text));
        }
        for (const QString &text :
             {QStringLiteral("Grace Hopper"), QStringLiteral("QA lead"),
              QStringLiteral("Release approved"), QStringLiteral("https://ci.example.org/1")}) {
            QVERIFY2(markdown.contains(text), qPrintable(text));
            QVERIFY2(html.contains(text), qPrintable(text));
        }
        QVERIFY(html.contains(QStringLiteral("Accepted by &lt;ops&gt; &amp; QA")));
        QVERIFY(markdown.contains(QStringLiteral("Accepted by \\<ops\\> & QA")));
        QVERIFY(markdown.contains(QStringLiteral("port closed \\| twice")));
        QVERIFY(!markdown.contains(QLatin1String("Not signed off")));

        // The Markdown export reads back as the same checklist.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.md"));
        ChecklistExport::write(run, ChecklistExport::Format::Markdown, path);
        const ChecklistTemplate again = ChecklistTemplate::fromFile(path);
        QCOMPARE(again.items.size(), run.items.size());
        QCOMPARE(again.items.at(3).depth, run.items.at(3).depth);
        QCOMPARE(again.items.at(6).checked, false); // failed, though waived
        QCOMPARE(again.items.at(5).checked, true);
    }

    void pairCheckRecordsTheVerdictAsEvidence()
    {
        ChecklistRepository runs(*m_workspace);
        const ChecklistRun run =
            runs.start(*ChecklistTemplate::builtin(QStringLiteral("staging-environment")),
                       QStringLiteral("staging"), QStringLiteral("v2"));
        int pairItem = 0;
        int untied = 0;
        for (const ChecklistItem &item : run.items) {
            if (item.tie.kind == CheckTie::Kind::Pair)
                pairItem = item.number;
            if (!item.tie.isTied())
                untied = item.number;
        }
        QVERIFY(pairItem > 0 && untied > 0);
        QCOMPARE(errorOf([&] { TiedCheck::prepare(*m_workspace, run.id, untied); }).kind(),
                 ErrorKind::BadInput);

        const TiedCheck::Plan plan = TiedCheck::prepare(*m_workspace, run.id, pairItem);
        QCOMPARE(plan.other->name, QStringLiteral("development"));
        const TiedCheck::Outcome outcome = TiedCheck::perform(plan, HostKeyStore());
        const ChecklistItem recorded = TiedCheck::record(*m_workspace, plan, outcome);
        // The same verdict `blihopsctl env conflicts staging development` gives.
        EnvironmentRepository environments(*m_workspace);
        const bool together =
            EnvironmentConflicts::between(environments.get(QStringLiteral("staging")),
                                          environments.get(QStringLiteral("development")))
                .isEmpty();
        QCOMPARE(recorded.state, together ? ItemState::Pass : ItemState::Fail);
        QCOMPARE(recorded.evidence.size(), 1);
        QCOMPARE(recorded.evidence.first().toString(), QStringLiteral("pair:development"));
        QVERIFY(!recorded.evidence.first().detail.isEmpty());

        runs.tie(run.id, untied, CheckTie::parse(QStringLiteral("pair:production")));
        QCOMPARE(runs.get(run.id).item(untied)->tie.argument, QStringLiteral("production"));
        QCOMPARE(runs.audit(run.id).last().action, QStringLiteral("item.tie"));
        runs.tie(run.id, untied, {});
        QVERIFY(!runs.get(run.id).item(untied)->tie.isTied());
    }

    // Last: the validator it adds stays for the rest of the program.
    void validatorsAddedLaterCheckTheirKind()
    {
        const ChecklistRun run = startNested();
        EvidenceValidators::add(
            QStringLiteral("verification"),
            [](const EvidenceValidators::Context &context, const Evidence &evidence) {
                if (evidence.ref != QLatin1String("7"))
                    throw Error(ErrorKind::NotFound, QStringLiteral("no such verification"));
                Evidence checked = evidence;
                checked.detail = QStringLiteral("restored into %1").arg(context.environment);
                return checked;
            });
        ChecklistRepository runs(*m_workspace);
        const ChecklistItem item = runs.change(
            run.id, 1,
            {std::nullopt, std::nullopt, Evidence::parse(QStringLiteral("verification:7"))});
        QCOMPARE(item.evidence.first().detail, QStringLiteral("restored into staging"));
        QCOMPARE(errorOf([&] {
                     runs.change(run.id, 1,
                                 {std::nullopt, std::nullopt,
                                  Evidence::parse(QStringLiteral("verification:8"))});
                 }).kind(),
                 ErrorKind::NotFound);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestChecklistTemplates templates;
    TestChecklistStore store;
    return blihops::test::runTests(argc, argv, {&templates, &store});
}

#include "tst_checklist.moc"
