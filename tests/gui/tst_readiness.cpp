#include "ComposeFileViewer.h"
#include "ConflictsDialog.h"
#include "EnvironmentsMode.h"
#include "FindingsModel.h"
#include "GuiTest.h"
#include "LanguageManager.h"
#include "LineNumberedView.h"
#include "MainWindow.h"
#include "ReadinessMode.h"
#include "ReadinessPane.h"
#include "TestWorkspace.h"
#include "WindowTest.h"
#include "util/AppIdentity.h"

#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace blihops;
using namespace blihops::gui;
using blihops::test::snapshot;
using blihops::test::TestWorkspace;
using blihops::test::waitForTopLevel;

// The Readiness mode on the built-in profile, offscreen, as a user drives it.
class TestReadinessMode : public test::WindowTest
{
    Q_OBJECT

private:
    // A window switched to Readiness, after its first review.
    std::unique_ptr<MainWindow> openReadiness()
    {
        auto window = openWindow();
        QSignalSpy reviewed(window->readinessMode()->pane(), &ReadinessPane::reviewed);
        window->findChild<QAction *>(QStringLiteral("readinessModeAction"))->trigger();
        if (!reviewed.wait(30000))
            qFatal("the readiness review never finished");
        return window;
    }

    // The first finding under environment row `environment` of the view's model.
    static QModelIndex firstFinding(QAbstractItemModel *model, int environment)
    {
        const QModelIndex service = model->index(0, 0, model->index(environment, 0));
        return model->index(0, 0, service);
    }

private slots:
    void findingsAppearGroupedByEnvironmentAndService()
    {
        auto window = openReadiness();
        ReadinessPane *pane = window->readinessMode()->pane();
        QVERIFY(pane->isVisible());
        FindingsModel *model = pane->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("development"));
        QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("production"));
        const QModelIndex development = model->index(0, 0);
        QCOMPARE(model->index(0, 0, development).data().toString(), QStringLiteral("postgres"));
        const QModelIndex finding = firstFinding(model, 0);
        QVERIFY(finding.isValid());
        QVERIFY(!finding.siblingAtColumn(FindingsModel::RuleColumn).data().toString().isEmpty());
        QVERIFY(finding.siblingAtColumn(FindingsModel::LocationColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("docker-compose.dev.yml:")));
        QVERIFY(!finding.siblingAtColumn(FindingsModel::FixColumn).data().toString().isEmpty());
        // Production is stricter: its missing secrets are errors.
        QCOMPARE(firstFinding(model, 2).data().toString(), QStringLiteral("Error"));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("readinessSummary"))
                    ->text()
                    .contains(QStringLiteral("error")));
        snapshot(window.get(), "readiness");

        // The filter keeps the matching findings with their environment and service.
        pane->findChild<QLineEdit *>(QStringLiteral("findingsFilter"))
            ->setText(QStringLiteral("log-rotation"));
        QAbstractItemModel *shown = pane->tree()->model();
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, 0).data().toString(), QStringLiteral("development"));
        QCOMPARE(shown->rowCount(shown->index(0, 0)), 5);
        snapshot(window.get(), "readiness-filtered");
    }

    void activatingAFindingOpensItsFileAtTheLine()
    {
        auto window = openReadiness();
        ReadinessPane *pane = window->readinessMode()->pane();
        const QModelIndex finding = firstFinding(pane->tree()->model(), 2);
        const int line = finding.data(FindingsModel::LineRole).toInt();
        QVERIFY(line > 1);
        pane->openFinding(finding);
        auto *viewer = waitForTopLevel<ComposeFileViewer>();
        QVERIFY(viewer);
        QSignalSpy loaded(viewer, &ComposeFileViewer::loaded);
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QCOMPARE(viewer->view()->currentLine(), line);
        QVERIFY(viewer->view()->isReadOnly());
        QVERIFY(viewer->path().endsWith(QStringLiteral("docker-compose.yml")));
        QVERIFY(viewer->windowTitle().contains(QString::number(line)));
        snapshot(viewer, "compose-viewer");
    }

    void pairVerdictNamesTheCollisions()
    {
        auto window = openReadiness();
        ReadinessPane *pane = window->readinessMode()->pane();
        pane->findChild<QPushButton *>(QStringLiteral("conflictsButton"))->click();
        auto *dialog = waitForTopLevel<ConflictsDialog>();
        QVERIFY(dialog);
        QSignalSpy checked(dialog, &ConflictsDialog::checked);
        dialog->choose(QStringLiteral("development"), QStringLiteral("staging"));
        QVERIFY(checked.wait(10000));
        QVERIFY2(dialog->verdict().contains(QStringLiteral("can run at the same time")),
                 qPrintable(dialog->verdict()));
        QCOMPARE(dialog->collisionList()->topLevelItemCount(), 0);
        dialog->choose(QStringLiteral("development"), QStringLiteral("production"));
        QVERIFY(checked.wait(10000));
        QVERIFY2(dialog->verdict().contains(QStringLiteral("cannot run")),
                 qPrintable(dialog->verdict()));
        QCOMPARE(dialog->collisionList()->topLevelItem(0)->text(0),
                 QStringLiteral("port-conflict"));
        snapshot(dialog, "conflicts");
    }

    void exportsTheVariableTableAsMarkdown()
    {
        auto window = openReadiness();
        ReadinessPane *pane = window->readinessMode()->pane();
        pane->tree()->setCurrentIndex(pane->tree()->model()->index(1, 0));
        pane->findChild<QPushButton *>(QStringLiteral("exportVariablesButton"))->click();
        auto *dialog = waitForTopLevel<QFileDialog>(QStringLiteral("exportVariablesDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("staging")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("staging-variables.md"));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog's own accept() is protected
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("| Variable | Used by |"));
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestReadinessMode readiness;
    return blihops::test::runTests(argc, argv, {&readiness});
}

#include "tst_readiness.moc"
