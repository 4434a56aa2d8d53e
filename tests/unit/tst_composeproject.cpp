#include "TestData.h"
#include "TestWorkspace.h"
#include "compose/ComposeProject.h"
#include "util/Error.h"

#include <QTest>

using namespace blihops;
using blihops::test::errorOf;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(BLIHOPS_TEST_DATA_DIR "/compose/") + QString::fromLatin1(name);
}

const ComposeProject::Service *serviceOf(const ComposeProject &project, const char *name)
{
    for (const ComposeProject::Service &service : project.services()) {
        if (service.name == QLatin1String(name))
            return &service;
    }
    return nullptr;
}

QStringList texts(const ComposeNode *list)
{
    QStringList result;
    for (const ComposeNode &item : list->children)
        result << item.text;
    return result;
}

} // namespace

class TestComposeProject : public QObject
{
    Q_OBJECT

private slots:
    void mergesFilesByComposeRules()
    {
        const ComposeProject project =
            ComposeProject::load({fixture("merge/base.yml"), fixture("merge/override.yml")});
        QCOMPARE(project.services().size(), size_t(3));
        const ComposeProject::Service *api = serviceOf(project, "api");
        QVERIFY(api);
        // The service keeps the place it was first declared.
        QCOMPARE(api->definition.line, 8);
        QVERIFY(api->definition.file.endsWith(QLatin1String("base.yml")));
        // Scalars are replaced, and point at the file that set them.
        const ComposeNode *image = api->definition.get(QStringLiteral("image"));
        QCOMPARE(image->text, QStringLiteral("example/api:2.0"));
        QVERIFY(image->file.endsWith(QLatin1String("override.yml")));
        QCOMPARE(image->line, 3);
        // command and healthcheck test are replaced, not appended.
        QCOMPARE(texts(api->definition.get(QStringLiteral("command"))),
                 (QStringList{QStringLiteral("serve"), QStringLiteral("--debug")}));
        const ComposeNode *healthcheck = api->definition.get(QStringLiteral("healthcheck"));
        QCOMPARE(texts(healthcheck->get(QStringLiteral("test"))).last(), QStringLiteral("false"));
        QCOMPARE(healthcheck->scalar(QStringLiteral("interval")), QStringLiteral("10s"));
        // environment merges by name, whether written as a list or a mapping.
        QCOMPARE(ComposeProject::containerVariable(*api, QStringLiteral("LOG_LEVEL")),
                 QStringLiteral("debug"));
        QCOMPARE(ComposeProject::containerVariable(*api, QStringLiteral("KEEP")),
                 QStringLiteral("base"));
        QCOMPARE(ComposeProject::containerVariable(*api, QStringLiteral("ADDED")),
                 QStringLiteral("yes"));
        // ports append; volumes merge by their mount target.
        QCOMPARE(texts(api->definition.get(QStringLiteral("ports"))).size(), 2);
        QCOMPARE(texts(api->definition.get(QStringLiteral("volumes"))),
                 (QStringList{QStringLiteral("data:/srv/data"),
                              QStringLiteral("./local-config:/etc/api")}));
        // !reset removes what the base set.
        QVERIFY(api->definition.get(QStringLiteral("labels")) == nullptr);
        QVERIFY(serviceOf(project, "worker")->definition.get(QStringLiteral("restart")) == nullptr);
    }

    void readsYamlMergeKeysAndAnchors()
    {
        const ComposeProject project = ComposeProject::load({fixture("merge/base.yml")});
        const ComposeProject::Service *db = serviceOf(project, "db");
        QCOMPARE(db->definition.scalar(QStringLiteral("restart")),
                 QStringLiteral("unless-stopped"));
        QVERIFY(db->definition.at(
            {QStringLiteral("logging"), QStringLiteral("options"), QStringLiteral("max-size")}));
        // Extension fields are not services and are not interpolated twice.
        QCOMPARE(project.services().size(), size_t(2));
    }

    void recordsEveryVariableWhereItIsUsed()
    {
        const ComposeProject project = ComposeProject::load({fixture("merge/base.yml")});
        QCOMPARE(project.variableUses().size(), 1);
        const ComposeProject::VariableUse &use = project.variableUses().first();
        QCOMPARE(use.reference.name, QStringLiteral("TAG"));
        QCOMPARE(use.service, QStringLiteral("api"));
        QCOMPARE(use.line, 9);
        QCOMPARE(serviceOf(project, "api")->definition.scalar(QStringLiteral("image")),
                 QStringLiteral("example/api:1.0"));
    }

    void readsTheDotEnvBesideTheFirstFileUnlessGivenOne()
    {
        const ComposeProject beside =
            ComposeProject::load({fixture("rules/env-undefined.good.yml")});
        QVERIFY(beside.envFile().endsWith(QLatin1String("rules/.env")));
        QCOMPARE(beside.variables().value(QStringLiteral("DEFINED")), QStringLiteral("value"));
        const ComposeProject given = ComposeProject::load(
            {fixture("rules/env-undefined.good.yml")},
            QStringLiteral(BLIHOPS_SOURCE_DIR "/resources/profile/.env.example"));
        QVERIFY(!given.variables().contains(QStringLiteral("DEFINED")));
        QVERIFY(given.variables().contains(QStringLiteral("JWT_SECRET")));
    }

    void malformedFilesNameFileLineAndColumn()
    {
        const Error yaml = errorOf([] { ComposeProject::load({fixture("malformed.yml")}); });
        QCOMPARE(yaml.kind(), ErrorKind::BadInput);
        QVERIFY2(yaml.message().contains(QStringLiteral("malformed.yml is not valid YAML at "
                                                        "line 4, column")),
                 qPrintable(yaml.message()));
        const Error substitution =
            errorOf([] { ComposeProject::load({fixture("merge/bad-substitution.yml")}); });
        QCOMPARE(substitution.kind(), ErrorKind::BadInput);
        QVERIFY2(substitution.message().contains(QStringLiteral("bad-substitution.yml, line 5")),
                 qPrintable(substitution.message()));
        QVERIFY(substitution.message().contains(QStringLiteral("$$")));
        const Error missing = errorOf([] {
            ComposeProject::load({fixture("base.yml"), fixture("nowhere.yml")});
        });
        QVERIFY(missing.message().contains(QStringLiteral("nowhere.yml is not on this machine")));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestComposeProject project;
    return blihops::test::runTests(argc, argv, {&project});
}

#include "tst_composeproject.moc"
