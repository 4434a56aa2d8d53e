#include "OutputTab.h"

#include "actions/Action.h"
#include "actions/HealthGate.h"

#include <QCloseEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace blihops::gui {

namespace {

// Compose pulling many images says a lot; the tab keeps the latest lines.
constexpr int kKeptLines = 20000;

QString seconds(qint64 ms)
{
    return QCoreApplication::translate("OutputTab", "%1 s").arg(double(ms) / 1000.0, 0, 'f', 1);
}

} // namespace

OutputTab::OutputTab(Action *action, QWidget *parent)
    : QWidget(parent), m_action(action), m_state(new QLabel(this)), m_elapsed(new QLabel(this)),
      m_cancel(new QPushButton(this)), m_output(new QPlainTextEdit(this)),
      m_gate(new QTableWidget(0, 3, this)), m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("outputTab"));
    action->setParent(this);
    m_state->setObjectName(QStringLiteral("actionState"));
    m_cancel->setObjectName(QStringLiteral("cancelActionButton"));
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_output->setObjectName(QStringLiteral("actionOutput"));
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_output->setMaximumBlockCount(kKeptLines);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_gate->setObjectName(QStringLiteral("gateTable"));
    m_gate->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gate->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gate->verticalHeader()->hide();
    m_gate->horizontalHeader()->setStretchLastSection(true);
    m_gate->hide();
    m_result->setObjectName(QStringLiteral("actionResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_state);
    header->addWidget(m_elapsed);
    header->addStretch(1);
    header->addWidget(m_cancel);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_output);
    splitter->addWidget(m_gate);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_result);

    connect(m_cancel, &QPushButton::clicked, action, &Action::cancel);
    connect(action, &Action::outputLine, m_output, &QPlainTextEdit::appendPlainText);
    connect(action, &Action::stateChanged, this, &OutputTab::updateState);
    connect(action, &Action::gateProgressed, this, &OutputTab::updateGate);
    connect(action, &Action::finished, this, [this] {
        updateState();
        updateGate();
        if (m_closeWhenStopped)
            emit closeRequested();
    });
    connect(&m_clock, &QTimer::timeout, this, &OutputTab::updateState);
    m_clock.start(1000);
    retranslate();
}

OutputTab::~OutputTab() = default;

QString OutputTab::title() const
{
    return m_action->title();
}

QString OutputTab::toolTip() const
{
    return tr("%1 on %2: %3").arg(m_action->title(), m_action->environment().name, stateText());
}

void OutputTab::note(const QString &line)
{
    m_output->appendPlainText(line);
}

QString OutputTab::stateText() const
{
    switch (m_action->state()) {
    case Action::State::Queued:
        return tr("Queued");
    case Action::State::Running:
        return tr("Running");
    case Action::State::Gating:
        return tr("Waiting for the services to be healthy");
    case Action::State::Succeeded:
        return tr("Succeeded");
    case Action::State::Failed:
        return tr("Failed");
    case Action::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString OutputTab::resultText() const
{
    return m_result->text();
}

void OutputTab::updateState()
{
    const bool finished = m_action->isFinished();
    m_state->setText(QStringLiteral("<b>%1</b> — %2")
                         .arg(stateText().toHtmlEscaped(), m_action->title().toHtmlEscaped()));
    m_elapsed->setText(seconds(m_action->durationMs()));
    m_cancel->setEnabled(!finished);
    if (!finished)
        return;
    m_clock.stop();
    const QString exit = m_action->exitCode() >= 0 ? tr("exit code %1").arg(m_action->exitCode())
                                                   : tr("nothing ran");
    QString result;
    switch (m_action->state()) {
    case Action::State::Succeeded:
        result = tr("Succeeded in %1 (%2).").arg(seconds(m_action->durationMs()), exit);
        break;
    case Action::State::Cancelled:
        result = tr("Cancelled after %1 (%2). %3")
                     .arg(seconds(m_action->durationMs()), exit, m_action->failure());
        break;
    default:
        result = tr("Failed after %1 (%2): %3")
                     .arg(seconds(m_action->durationMs()), exit, m_action->failure());
        break;
    }
    m_result->setText(result.trimmed());
    m_result->setStyleSheet(m_action->state() == Action::State::Succeeded
                                ? QString()
                                : QStringLiteral("color: #b00020;"));
    m_result->show();
    emit titleChanged();
}

void OutputTab::updateGate()
{
    const HealthGate *gate = m_action->gate();
    if (!gate)
        return;
    m_gate->show();
    const QList<HealthGate::Service> &services = gate->services();
    m_gate->setRowCount(int(services.size()));
    for (int row = 0; row < services.size(); ++row) {
        const HealthGate::Service &service = services.at(row);
        const QStringList cells = {
            service.name, service.ready ? tr("ready (%1)").arg(service.state) : service.state,
            service.detail};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            if (column == 1)
                item->setForeground(service.ready ? QColor(0x1b, 0x7f, 0x3a)
                                                  : QColor(0xb0, 0x00, 0x20));
            m_gate->setItem(row, column, item);
        }
    }
    m_gate->resizeColumnToContents(0);
    m_gate->resizeColumnToContents(1);
}

void OutputTab::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the action (Esc): compose is interrupted on the host as "
                            "Ctrl+C would"));
    m_gate->setHorizontalHeaderLabels({tr("Service"), tr("State"), tr("Last Health Check")});
    updateState();
    updateGate();
}

void OutputTab::closeEvent(QCloseEvent *event)
{
    if (m_action->isFinished() || m_action->state() == Action::State::Queued) {
        event->accept();
        return;
    }
    event->ignore();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Action Still Running"),
        tr("\"%1\" is still running. Cancel it and close its output?").arg(m_action->title()),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmCancelOnClose"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *cancelIt = box->addButton(tr("Cancel Action"), QMessageBox::DestructiveRole);
    box->addButton(tr("Keep Running"), QMessageBox::RejectRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, cancelIt](QAbstractButton *button) {
        if (button != cancelIt)
            return;
        m_closeWhenStopped = true;
        m_action->cancel();
    });
    box->open();
}

void OutputTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace blihops::gui
