#include "LogViewer.h"

#include "Background.h"
#include "ErrorBox.h"
#include "GuiSettings.h"
#include "LogLineDelegate.h"
#include "LogListModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace blihops::gui {

namespace {

// What a background save needs: its own copy of the lines (the blobs are shared).
struct SaveJob
{
    LogBuffer buffer;
    std::vector<qsizetype> indexes;
    bool timestamps = false;
    QStringList tags;
    QString path;
};

QString writeLog(const SaveJob &job)
{
    QSaveFile file(job.path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QByteArray block;
    for (const qsizetype index : job.indexes) {
        block += LogListModel::savedLine(job.buffer, index, job.timestamps, job.tags);
        if (block.size() >= 1024 * 1024) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
    return file.commit() ? QString() : file.errorString();
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    return button;
}

} // namespace

LogViewer::LogViewer(const Environment &environment, const QString &target,
                     const HostKeyStore &keys, const Options &options, QWidget *parent)
    : QWidget(parent), m_environment(environment), m_target(target), m_keys(keys),
      m_options(options),
      m_model(new LogListModel(
          options.bufferLines > 0 ? options.bufferLines : GuiSettings().logBufferLines(), this)),
      m_view(new QListView(this)), m_status(new QLabel(this)), m_notice(new QLabel(this)),
      m_tail(new QSpinBox(this)), m_since(new QLineEdit(this)), m_filterEdit(new QLineEdit(this)),
      m_filterRegex(new QToolButton(this)), m_filterCase(new QToolButton(this)),
      m_searchEdit(new QLineEdit(this)), m_tailLabel(new QLabel(this)),
      m_sinceLabel(new QLabel(this)), m_filterLabel(new QLabel(this)),
      m_searchLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("LogViewer"));
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchDelay);
    connect(&m_batch, &QTimer::timeout, this, &LogViewer::flush);
    // A filter is applied when the typing pauses, not at every key.
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250);
    connect(&m_filterDelay, &QTimer::timeout, this, &LogViewer::applyFilter);

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new LogLineDelegate(m_model, m_view));
    m_view->setUniformItemSizes(true);
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(2000);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex &index) { showFullLine(index.row()); });
    connect(m_model, &LogListModel::linesDropped, this, &LogViewer::updateStatus);
    connect(m_model, &LogListModel::filterApplied, this, &LogViewer::updateStatus);
    connect(m_model, &LogListModel::found, this, [this](int row) {
        const QModelIndex index = m_model->index(row);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
        showNotice({}, false);
    });
    connect(m_model, &LogListModel::notFound, this,
            [this] { showNotice(tr("No line matches \"%1\".").arg(m_searchEdit->text()), false); });

    buildActions();
    buildLayout();
    retranslate();
    m_timestamps->setChecked(options.timestamps);
    m_follow->setChecked(options.follow);
    m_tail->setValue(options.tail);
    m_since->setText(options.since);
    startSession();
}

LogViewer::~LogViewer()
{
    // Nothing of the session may reach a half-destroyed viewer.
    delete m_session;
    m_session = nullptr;
}

void LogViewer::buildActions()
{
    const auto make = [this](const char *name, const QKeySequence &shortcut) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        // Only while the viewer has the focus: several viewers may be open, beside the
        // window's own shortcuts.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        return action;
    };
    m_follow = make("followLogAction", QKeySequence(tr("Ctrl+P")));
    m_follow->setCheckable(true);
    m_timestamps = make("logTimestampsAction", QKeySequence(tr("Ctrl+Alt+T")));
    m_timestamps->setCheckable(true);
    m_focusFilter = make("filterLogAction", QKeySequence(tr("Ctrl+L")));
    m_focusSearch = make("findInLogAction", QKeySequence::Find);
    m_findNext = make("findNextInLogAction", QKeySequence(Qt::Key_F3));
    m_findPrevious = make("findPreviousInLogAction", QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_saveVisible = make("saveVisibleLogAction", QKeySequence::Save);
    m_saveFull = make("saveFullLogAction", QKeySequence(tr("Ctrl+Shift+S")));
    m_fullLine = make("showFullLogLineAction", QKeySequence());
    m_reload = make("reloadLogAction", QKeySequence(tr("Ctrl+R")));
    m_close = make("closeLogAction", QKeySequence(tr("Ctrl+W")));

    connect(m_follow, &QAction::toggled, this, &LogViewer::setFollowing);
    connect(m_timestamps, &QAction::toggled, m_model, &LogListModel::setShowTimestamps);
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    connect(m_focusSearch, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    connect(m_findNext, &QAction::triggered, this, &LogViewer::findNext);
    connect(m_findPrevious, &QAction::triggered, this, &LogViewer::findPrevious);
    connect(m_saveVisible, &QAction::triggered, this, [this] { askToSave(true); });
    connect(m_saveFull, &QAction::triggered, this, [this] { askToSave(false); });
    connect(m_fullLine, &QAction::triggered, this,
            [this] { showFullLine(m_view->currentIndex().row()); });
    connect(m_reload, &QAction::triggered, this, &LogViewer::reload);
    connect(m_close, &QAction::triggered, this, &LogViewer::closeRequested);
    m_view->addActions({m_fullLine, m_saveVisible, m_saveFull});
}

void LogViewer::buildLayout()
{
    m_tail->setObjectName(QStringLiteral("logTail"));
    m_tail->setRange(-1, 10000000);
    m_tail->setAccelerated(true);
    m_tail->setSingleStep(100);
    m_since->setObjectName(QStringLiteral("logSince"));
    m_since->setClearButtonEnabled(true);
    m_filterEdit->setObjectName(QStringLiteral("logFilter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_searchEdit->setObjectName(QStringLiteral("logSearch"));
    m_searchEdit->setClearButtonEnabled(true);
    m_filterRegex->setObjectName(QStringLiteral("logFilterRegex"));
    m_filterRegex->setCheckable(true);
    m_filterRegex->setText(QStringLiteral(".*"));
    m_filterCase->setObjectName(QStringLiteral("logFilterCase"));
    m_filterCase->setCheckable(true);
    m_filterCase->setText(QStringLiteral("Aa"));
    m_tailLabel->setBuddy(m_tail);
    m_sinceLabel->setBuddy(m_since);
    m_filterLabel->setBuddy(m_filterEdit);
    m_searchLabel->setBuddy(m_searchEdit);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->setObjectName(QStringLiteral("logNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    connect(m_tail, &QSpinBox::editingFinished, this, &LogViewer::reload);
    connect(m_since, &QLineEdit::editingFinished, this, [this] {
        if (m_since->isModified())
            reload();
        m_since->setModified(false);
    });
    connect(m_filterEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &LogViewer::applyFilter);
    connect(m_filterRegex, &QToolButton::toggled, this, &LogViewer::applyFilter);
    connect(m_filterCase, &QToolButton::toggled, this, &LogViewer::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &LogViewer::applySearch);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &LogViewer::findNext);

    // Two rows, so that each field has room for what it holds: what is read and the file
    // actions above, what is shown of it below.
    const int sinceWidth =
        m_since->fontMetrics().horizontalAdvance(QStringLiteral("2024-05-01T10:00:00Z")) + 40;
    m_since->setMinimumWidth(sinceWidth);
    m_filterEdit->setMinimumWidth(sinceWidth);
    m_searchEdit->setMinimumWidth(sinceWidth);
    auto *top = new QHBoxLayout;
    top->setSpacing(4);
    top->addWidget(toolButton(m_follow, this));
    top->addWidget(toolButton(m_timestamps, this));
    top->addSpacing(8);
    top->addWidget(m_tailLabel);
    top->addWidget(m_tail);
    top->addWidget(m_sinceLabel);
    top->addWidget(m_since);
    top->addStretch(1);
    top->addWidget(toolButton(m_saveVisible, this));
    top->addWidget(toolButton(m_saveFull, this));
    top->addWidget(toolButton(m_reload, this));
    top->addWidget(toolButton(m_close, this));
    auto *second = new QHBoxLayout;
    second->setSpacing(4);
    second->addWidget(m_filterLabel);
    second->addWidget(m_filterEdit, 1);
    second->addWidget(m_filterRegex);
    second->addWidget(m_filterCase);
    second->addSpacing(8);
    second->addWidget(m_searchLabel);
    second->addWidget(m_searchEdit, 1);
    second->addWidget(toolButton(m_findPrevious, this));
    second->addWidget(toolButton(m_findNext, this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_view);
}

void LogViewer::retranslate()
{
    m_follow->setText(tr("Follow"));
    m_follow->setToolTip(tr("Follow what the containers write (%1); off: pause")
                             .arg(m_follow->shortcut().toString(QKeySequence::NativeText)));
    m_timestamps->setText(tr("Timestamps"));
    m_timestamps->setToolTip(tr("Show the engine's time of each line (%1)")
                                 .arg(m_timestamps->shortcut().toString(QKeySequence::NativeText)));
    m_focusFilter->setText(tr("Filter"));
    m_focusSearch->setText(tr("Find"));
    m_findNext->setText(tr("Next"));
    m_findNext->setToolTip(tr("Next match (F3)"));
    m_findPrevious->setText(tr("Previous"));
    m_findPrevious->setToolTip(tr("Previous match (Shift+F3)"));
    m_saveVisible->setText(tr("Save Visible…"));
    m_saveVisible->setToolTip(
        tr("Save the lines shown, as shown (%1)")
            .arg(m_saveVisible->shortcut().toString(QKeySequence::NativeText)));
    m_saveFull->setText(tr("Save All…"));
    m_saveFull->setToolTip(tr("Save every line kept, whatever the filter (%1)")
                               .arg(m_saveFull->shortcut().toString(QKeySequence::NativeText)));
    m_fullLine->setText(tr("Show Whole Line"));
    m_reload->setText(tr("Reload"));
    m_reload->setToolTip(tr("Read the log again with this tail and since (%1)")
                             .arg(m_reload->shortcut().toString(QKeySequence::NativeText)));
    m_close->setText(tr("Close"));
    m_tailLabel->setText(tr("&Tail:"));
    m_tail->setSpecialValueText(tr("all"));
    m_tail->setToolTip(tr("The last lines of each container to read first"));
    m_sinceLabel->setText(tr("S&ince:"));
    m_since->setPlaceholderText(tr("10m, 2h, 1d or 2024-05-01T10:00:00Z"));
    m_filterLabel->setText(tr("Filte&r:"));
    m_filterEdit->setPlaceholderText(tr("show only lines with…"));
    m_filterRegex->setToolTip(tr("Regular expression"));
    m_filterCase->setToolTip(tr("Match case"));
    m_searchLabel->setText(tr("F&ind:"));
    m_searchEdit->setPlaceholderText(tr("Ctrl+F, then F3"));
    updateStatus();
}

void LogViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged(title());
    }
    QWidget::changeEvent(event);
}

QString LogViewer::title() const
{
    return tr("%1 (%2)").arg(m_target, m_environment.name);
}

QString LogViewer::toolTip() const
{
    return tr("Logs of %1 in %2").arg(m_target, m_environment.name);
}

QList<QAction *> LogViewer::viewerActions() const
{
    return {m_follow,      m_timestamps, m_focusFilter, m_focusSearch, m_findNext, m_findPrevious,
            m_saveVisible, m_saveFull,   m_fullLine,    m_reload,      m_close};
}

void LogViewer::startSession()
{
    delete m_session;
    m_batch.stop();
    m_pending.clear();
    m_assembler.clear();
    m_model->clear();
    m_wasReconnecting = false;
    showNotice({}, false);
    LogQuery query;
    query.tail = m_tail->value();
    query.since = m_since->text().trimmed();
    query.follow = true;
    m_session = new LogSession(m_environment, m_target, query, m_keys, this);
    connect(m_session, &LogSession::records, this, &LogViewer::onRecords);
    connect(m_session, &LogSession::resolved, this, [this] {
        m_model->setSources(m_session->sourceNames());
        m_model->setShowTags(m_session->isService());
        updateStatus();
    });
    connect(m_session, &LogSession::stateChanged, this, &LogViewer::onState);
    connect(m_session, &LogSession::notice, this,
            [this](const QString &text) { showNotice(text, false); });
    connect(m_session, &LogSession::failed, this,
            [this](const Error &error) { showNotice(error.message(), true); });
    m_session->start();
    updateStatus();
}

void LogViewer::reload()
{
    startSession();
}

void LogViewer::onRecords(const QList<LogRecord> &records)
{
    m_assembler.add(records, &m_pending);
    if (!m_batch.isActive())
        m_batch.start();
}

void LogViewer::flush()
{
    if (m_pending.isEmpty())
        return;
    QScrollBar *bar = m_view->verticalScrollBar();
    // Stay at the end while following from there; never move a reader who scrolled up.
    const bool atEnd = bar->value() >= bar->maximum();
    m_model->append(std::exchange(m_pending, {}));
    if (atEnd && isFollowing())
        m_view->scrollToBottom();
    updateStatus();
}

void LogViewer::onState(LogSession::State state)
{
    if (state == LogSession::State::Ended) {
        m_assembler.finish(&m_pending);
        flush();
    }
    if (state == LogSession::State::Following && !m_follow->isChecked())
        m_session->pause();
    if (state == LogSession::State::Reconnecting)
        m_wasReconnecting = true;
    if (m_wasReconnecting &&
        (state == LogSession::State::Following || state == LogSession::State::Reading)) {
        m_wasReconnecting = false;
        showNotice(tr("Reconnected: the log goes on from the last line received."), false);
    }
    m_lastState = state;
    updateStatus();
}

void LogViewer::showNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    m_notice->setStyleSheet(error ? QStringLiteral("QLabel { color: palette(bright-text); "
                                                   "background: #b00020; padding: 2px 4px; }")
                                  : QString());
}

QString LogViewer::noticeText() const
{
    return m_notice->text();
}

QString LogViewer::statusText() const
{
    return m_status->text();
}

void LogViewer::updateStatus()
{
    if (!m_session)
        return;
    QString state;
    switch (m_session->state()) {
    case LogSession::State::Connecting:
        state = tr("Connecting to the engine…");
        break;
    case LogSession::State::Reading:
        state = tr("Reading the log…");
        break;
    case LogSession::State::Following:
        state = tr("Following");
        break;
    case LogSession::State::Paused:
        state = tr("Paused");
        break;
    case LogSession::State::Reconnecting:
        state = tr("Reconnecting…");
        break;
    case LogSession::State::Ended:
        state = tr("Ended: every container stopped");
        break;
    case LogSession::State::Failed:
        state = tr("Failed");
        break;
    }
    const LogBuffer &buffer = m_model->buffer();
    QStringList parts = {state};
    if (m_session->isService())
        parts << tr("%n container(s)", nullptr, int(m_session->containers().size()));
    if (m_model->filter().isEmpty())
        parts << tr("%n line(s)", nullptr, int(buffer.size()));
    else
        parts << tr("%1 of %n line(s) match", nullptr, int(buffer.size())).arg(m_model->rowCount());
    if (buffer.droppedCount() > 0) {
        parts << tr("%n oldest line(s) dropped: the viewer keeps %1", nullptr,
                    int(std::min<qint64>(buffer.droppedCount(), INT_MAX)))
                     .arg(QLocale().toString(qlonglong(buffer.capacity())));
    }
    m_status->setText(parts.join(QStringLiteral(" · ")));
}

void LogViewer::setFollowing(bool following)
{
    if (m_follow->isChecked() != following)
        return m_follow->setChecked(following); // comes back here through toggled()
    if (!m_session)
        return;
    if (following) {
        m_session->resume();
    } else {
        m_session->pause();
        flush();
    }
    updateStatus();
}

bool LogViewer::isFollowing() const
{
    return m_follow->isChecked();
}

void LogViewer::setTimestampsShown(bool shown)
{
    m_timestamps->setChecked(shown);
}

void LogViewer::setFilter(const QString &pattern, bool regularExpression, bool caseSensitive)
{
    const QSignalBlocker regex(m_filterRegex);
    const QSignalBlocker sensitive(m_filterCase);
    m_filterRegex->setChecked(regularExpression);
    m_filterCase->setChecked(caseSensitive);
    m_filterEdit->setText(pattern);
    applyFilter();
}

void LogViewer::applyFilter()
{
    m_filterDelay.stop();
    const LogFilter filter(m_filterEdit->text(),
                           m_filterRegex->isChecked() ? LogFilter::Syntax::RegularExpression
                                                      : LogFilter::Syntax::Text,
                           m_filterCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive);
    if (!filter.isValid()) {
        // The rows stay as they were: a half-typed expression hides nothing.
        showNotice(
            tr("The filter is not a valid regular expression: %1.").arg(filter.errorString()),
            true);
        return;
    }
    if (filter.pattern() == m_model->filter().pattern() &&
        filter.syntax() == m_model->filter().syntax() &&
        filter.caseSensitivity() == m_model->filter().caseSensitivity())
        return;
    showNotice({}, false);
    m_model->setFilter(filter);
}

void LogViewer::setSearch(const QString &text)
{
    m_searchEdit->setText(text);
    applySearch();
}

void LogViewer::applySearch()
{
    // The search follows the filter's syntax and case, so that one way of typing serves both.
    m_model->setSearch(LogFilter(
        m_searchEdit->text(),
        m_filterRegex->isChecked() ? LogFilter::Syntax::RegularExpression : LogFilter::Syntax::Text,
        m_filterCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive));
}

void LogViewer::findNext()
{
    find(true);
}

void LogViewer::findPrevious()
{
    find(false);
}

void LogViewer::find(bool forward)
{
    if (m_model->search().pattern() != m_searchEdit->text())
        applySearch();
    if (!m_model->search().isValid()) {
        return showNotice(tr("The search is not a valid regular expression: %1.")
                              .arg(m_model->search().errorString()),
                          true);
    }
    m_model->find(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1, forward);
}

void LogViewer::askToSave(bool visibleOnly)
{
    QString name = m_target + QStringLiteral(".log");
    const QString path = QFileDialog::getSaveFileName(
        this, visibleOnly ? tr("Save the Visible Lines") : tr("Save the Whole Log"), name,
        tr("Logs (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path, visibleOnly);
}

void LogViewer::saveTo(const QString &path, bool visibleOnly)
{
    flush();
    SaveJob job;
    job.buffer = m_model->buffer();
    job.path = path;
    job.timestamps = m_model->showsTimestamps();
    if (m_model->showsTags())
        job.tags = m_model->sources();
    const qsizetype count = visibleOnly ? m_model->rowCount() : job.buffer.size();
    job.indexes.reserve(size_t(count));
    for (qsizetype i = 0; i < count; ++i)
        job.indexes.push_back(visibleOnly ? m_model->bufferIndex(int(i)) : i);
    const qsizetype lines = qsizetype(job.indexes.size());
    runInBackground(
        this, [job = std::move(job)] { return writeLog(job); },
        [this, path, lines](const QString &error) {
            if (error.isEmpty())
                showNotice(tr("Saved %n line(s) to %1.", nullptr, int(lines)).arg(path), false);
            else
                showError(this, tr("Cannot Save the Log"),
                          tr("Cannot write %1: %2.").arg(path, error));
            emit saved(path, error);
        });
}

void LogViewer::showFullLine(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const qsizetype index = m_model->bufferIndex(row);
    const LogBuffer &buffer = m_model->buffer();
    const std::optional<QByteArray> full = buffer.fullText(index);
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("fullLogLine"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Whole Line: %L1 bytes").arg(buffer.fullLength(index)));
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("fullLogLineText"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    text->setPlainText(QString::fromUtf8(full.value_or(buffer.text(index).toByteArray())));
    auto *note = new QLabel(dialog);
    note->setWordWrap(true);
    note->setVisible(!full);
    note->setText(tr("Only the first %L1 bytes of this line are left: the whole texts of long "
                     "lines are kept within %L2 MiB, and newer ones took its place.")
                      .arg(buffer.text(index).size())
                      .arg(LogBuffer::kFullTextBudget / (1024 * 1024)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, text,
            [text] { QApplication::clipboard()->setText(text->toPlainText()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(note);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(900, 500);
    dialog->open();
}

} // namespace blihops::gui
