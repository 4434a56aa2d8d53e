#pragma once

#include "Mode.h"
#include "ModeContext.h"
#include "streams/Dashboard.h"

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace blihops::gui {

class EnvironmentFactsModel;
class StreamView;
class StreamsModel;

// The Dashboard mode, for managers: every imported stream document with its completion as
// its checkboxes show it beside what it states, its contradictions and its trend over
// re-imports; the environments' last smoke results (and, as their modules add them, backup
// health and verified restores). Stream documents are imported from here; the whole
// dashboard exports as PDF.
class DashboardMode : public Mode
{
    Q_OBJECT

public:
    DashboardMode(const ModeContext &context, QWidget *parent);
    ~DashboardMode() override;

    QWidget *widget() const override;
    QString title() const override;
    QString toolTip() const override;
    QIcon icon() const override;
    QKeySequence shortcut() const override;
    QList<QAction *> toolBarActions() const override;
    QMenu *menu() const override;
    void activate() override;
    void retranslate() override;
    void restoreState(const GuiSettings &settings) override;
    void saveState(GuiSettings &settings) const override;
    void setReadOnly(bool readOnly) override;

    StreamsModel *streamsModel() const { return m_streams; }
    QTableView *streamsView() const { return m_streamsView; }
    QTableView *environmentsView() const { return m_environmentsView; }
    StreamView *streamView() const { return m_view; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *reloadAction() const { return m_reload; }
    const Dashboard &dashboard() const { return m_dashboard; }
    QString currentStream() const;
    void selectStream(const QString &stream);

    void reload();
    void importFiles(const QStringList &paths);
    void exportPdf(const QString &path);

signals:
    void dashboardLoaded();
    void imported(int count);
    void exported(const QString &path);
    void failedWith(const QString &message);

private:
    void createActions();
    void updateActions();
    void show(const QString &stream);
    void chooseFiles();
    void chooseExportFile();

    ModeContext m_context;
    QSplitter *m_splitter;
    QSplitter *m_leftSplitter;
    StreamsModel *m_streams;
    QTableView *m_streamsView;
    EnvironmentFactsModel *m_environments;
    QTableView *m_environmentsView;
    QStackedWidget *m_pages;
    QLabel *m_hint;
    StreamView *m_view;
    QMenu *m_menu;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_reload = nullptr;
    Dashboard m_dashboard;
    QString m_pendingStream;
    bool m_readOnly = false;
};

} // namespace blihops::gui
