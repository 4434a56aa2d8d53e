#include "ChecklistRunView.h"

#include "ChecklistAuditModel.h"
#include "ChecklistItemPanel.h"
#include "ChecklistItemsModel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace blihops::gui {

ChecklistRunView::ChecklistRunView(QWidget *parent)
    : QWidget(parent), m_model(new ChecklistItemsModel(this)),
      m_audit(new ChecklistAuditModel(this)), m_header(new QLabel(this)),
      m_revision(new QComboBox(this)), m_progress(new QProgressBar(this)),
      m_tabs(new QTabWidget(this)), m_splitter(new QSplitter(Qt::Vertical, m_tabs)),
      m_tree(new QTreeView(m_splitter)), m_panel(new ChecklistItemPanel(m_splitter)),
      m_auditView(new QTableView(m_tabs))
{
    setObjectName(QStringLiteral("checklistRunView"));
    m_header->setObjectName(QStringLiteral("runHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revision->setObjectName(QStringLiteral("revisionBox"));
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);

    m_tree->setObjectName(QStringLiteral("checklistItems"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(ChecklistItemsModel::ItemColumn, 360);
    m_tree->header()->resizeSection(ChecklistItemsModel::StateColumn, 110);
    m_tree->header()->resizeSection(ChecklistItemsModel::RunColumn, 64);
    m_tree->header()->resizeSection(ChecklistItemsModel::CheckColumn, 170);
    m_tree->header()->resizeSection(ChecklistItemsModel::EvidenceColumn, 150);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_auditView->setObjectName(QStringLiteral("checklistAudit"));
    m_auditView->setModel(m_audit);
    m_auditView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_auditView->verticalHeader()->hide();
    m_auditView->horizontalHeader()->setStretchLastSection(true);
    m_auditView->setWordWrap(false);
    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, QString());
    m_tabs->addTab(m_auditView, QString());

    auto *head = new QHBoxLayout;
    head->addWidget(m_header, 1);
    head->addWidget(m_progress);
    head->addWidget(m_revision);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);

    createKeyActions();
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChecklistRunView::currentChanged);
    connect(m_revision, &QComboBox::activated, this,
            [this](int index) { emit revisionRequested(m_revision->itemData(index).toInt()); });
    connect(m_panel, &ChecklistItemPanel::stateRequested, this,
            [this](ItemState state) { emit stateRequested(currentItem(), state); });
    connect(m_panel, &ChecklistItemPanel::noteSaved, this,
            [this](const QString &note) { emit noteSaved(currentItem(), note); });
    connect(m_panel, &ChecklistItemPanel::noteEditingFinished, this,
            [this] { m_tree->setFocus(Qt::OtherFocusReason); });
    connect(m_panel, &ChecklistItemPanel::addEvidenceRequested, this,
            [this] { emit addEvidenceRequested(currentItem()); });
    connect(m_panel, &ChecklistItemPanel::removeEvidenceRequested, this,
            [this](int index) { emit removeEvidenceRequested(currentItem(), index); });
    connect(m_panel, &ChecklistItemPanel::waiveRequested, this,
            [this] { emit waiveRequested(currentItem()); });
    connect(m_panel, &ChecklistItemPanel::unwaiveRequested, this,
            [this] { emit unwaiveRequested(currentItem()); });
    connect(m_panel, &ChecklistItemPanel::tieRequested, this,
            [this] { emit tieRequested(currentItem()); });
    connect(m_panel, &ChecklistItemPanel::runRequested, this,
            [this] { emit runRequested(currentItem()); });
    connect(m_panel, &ChecklistItemPanel::cancelRequested, this,
            [this] { emit cancelRequested(currentItem()); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        currentChanged();
        updateHeader();
        fitColumns();
    });
    retranslate();
}

void ChecklistRunView::createKeyActions()
{
    // Shortcuts of the list alone: typing P in the note is a P.
    const QList<std::pair<QKeySequence, ItemState>> states = {
        {QKeySequence(Qt::Key_P), ItemState::Pass},
        {QKeySequence(Qt::Key_F), ItemState::Fail},
        {QKeySequence(Qt::Key_B), ItemState::Blocked},
        {QKeySequence(Qt::Key_N), ItemState::NotApplicable},
        {QKeySequence(Qt::Key_Backspace), ItemState::Pending}};
    for (const auto &[keys, state] : states) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("setState-") + itemStateKey(state));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setData(int(state));
        connect(action, &QAction::triggered, this, [this, state] { setStateAndAdvance(state); });
        m_tree->addAction(action);
        m_keyActions << action;
    }
    auto *note = new QAction(this);
    note->setObjectName(QStringLiteral("editNoteAction"));
    note->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    note->setShortcutContext(Qt::WidgetShortcut);
    connect(note, &QAction::triggered, m_panel, &ChecklistItemPanel::editNote);
    m_tree->addAction(note);
    m_keyActions << note;
}

void ChecklistRunView::setStateAndAdvance(ItemState state)
{
    const int item = currentItem();
    if (!m_editable || item == 0)
        return;
    emit stateRequested(item, state);
    if (state == ItemState::Pending)
        return; // taking a state back stays on the item
    const QList<int> numbers = m_model->numbers();
    const qsizetype at = numbers.indexOf(item);
    if (at >= 0 && at + 1 < numbers.size())
        selectItem(numbers.at(at + 1));
}

void ChecklistRunView::setRun(const ChecklistRun &run, bool editable)
{
    const int keep = currentItem();
    const bool sameRun = m_model->run().id == run.id;
    m_editable = editable;
    m_model->setRun(run);
    m_tree->expandAll();
    {
        const QSignalBlocker blocker(m_revision);
        m_revision->clear();
        for (const ChecklistRevision &revision : run.revisions) {
            m_revision->addItem(revision.isSigned
                                    ? tr("Revision %1 (signed off)").arg(revision.revision)
                                    : tr("Revision %1 (open)").arg(revision.revision),
                                revision.revision);
        }
        m_revision->setCurrentIndex(m_revision->findData(run.revision));
    }
    for (QAction *action : std::as_const(m_keyActions))
        action->setVisible(editable);
    placeRunButtons();
    fitColumns();
    if (sameRun && keep != 0 && m_model->indexOf(keep).isValid())
        selectItem(keep);
    else if (!run.items.isEmpty())
        selectItem(run.items.first().number);
    currentChanged();
    updateHeader();
}

void ChecklistRunView::setItem(const ChecklistItem &item)
{
    m_model->setItem(item);
}

void ChecklistRunView::setRunning(int item, bool running)
{
    m_model->setRunning(item, running);
    placeRunButtons();
    currentChanged();
}

void ChecklistRunView::setAudit(const QList<ChecklistAudit::Entry> &entries)
{
    m_audit->setEntries(entries);
    m_auditView->resizeColumnsToContents();
    m_auditView->scrollToBottom();
}

const ChecklistRun &ChecklistRunView::run() const
{
    return m_model->run();
}

int ChecklistRunView::currentItem() const
{
    const ChecklistItem *item = m_model->itemAt(m_tree->currentIndex());
    return item ? item->number : 0;
}

void ChecklistRunView::selectItem(int number)
{
    const QModelIndex index = m_model->indexOf(number);
    if (!index.isValid())
        return;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void ChecklistRunView::currentChanged()
{
    const ChecklistItem *item = m_model->itemAt(m_tree->currentIndex());
    m_panel->setItem(item, m_editable, item && m_model->isRunning(item->number));
}

QString ChecklistRunView::headline() const
{
    return m_header->text();
}

void ChecklistRunView::updateHeader()
{
    const ChecklistRun &run = m_model->run();
    const int decided = run.decidedCount();
    const qsizetype inTheWay = run.itemsInTheWay().size();
    QString state = run.isSigned
                        ? tr("signed off by %1 (%2)").arg(run.signOff->name, run.signOff->role)
                        : tr("open");
    if (run.revision != run.latestRevision)
        state += tr(", an older revision");
    m_header->setText(tr("<b>%1</b><br>%2, release %3 · revision %4 · %5 · %n item(s) in the "
                         "way of a sign-off",
                         nullptr, int(inTheWay))
                          .arg(run.templateTitle.toHtmlEscaped(), run.environment.toHtmlEscaped(),
                               run.release.toHtmlEscaped())
                          .arg(run.revision)
                          .arg(state.toHtmlEscaped()));
    m_progress->setRange(0, std::max<int>(1, int(run.items.size())));
    m_progress->setValue(decided);
    m_progress->setFormat(tr("%1 of %2 decided").arg(decided).arg(run.items.size()));
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(m_progress->format()) +
                                32);
}

void ChecklistRunView::placeRunButtons()
{
    // A Run button in the Check column of every tied item, while the run can change.
    for (const ChecklistItem &item : m_model->run().items) {
        const QModelIndex cell = m_model->indexOf(item.number, ChecklistItemsModel::RunColumn);
        const bool wanted = m_editable && item.tie.isTied() && !m_model->isRunning(item.number);
        if (!wanted) {
            m_tree->setIndexWidget(cell, nullptr);
            continue;
        }
        if (m_tree->indexWidget(cell))
            continue;
        auto *button = new QToolButton(m_tree);
        button->setObjectName(QStringLiteral("runCheck-%1").arg(item.number));
        button->setIcon(QIcon(QStringLiteral(":/icons/smoke-run.svg")));
        button->setText(tr("Run"));
        button->setToolTip(tr("Run: %1").arg(item.tie.describe()));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus);
        const int number = item.number;
        connect(button, &QToolButton::clicked, this, [this, number] {
            selectItem(number);
            emit runRequested(number);
        });
        m_tree->setIndexWidget(cell, button);
    }
}

void ChecklistRunView::fitColumns()
{
    // "Pass" is short and "Fehlgeschlagen (erlassen)" is not: the state and Run columns grow
    // to what they show, and never shrink below what the user chose.
    QHeaderView *header = m_tree->header();
    const auto grow = [header](int column, int wanted) {
        if (header->sectionSize(column) < wanted)
            header->resizeSection(column, wanted);
    };
    grow(ChecklistItemsModel::StateColumn,
         static_cast<QAbstractItemView *>(m_tree)->sizeHintForColumn(
             ChecklistItemsModel::StateColumn));
    int run = header->sectionSizeHint(ChecklistItemsModel::RunColumn);
    for (const QToolButton *button : m_tree->findChildren<QToolButton *>())
        run = std::max(run, button->sizeHint().width() + 4);
    grow(ChecklistItemsModel::RunColumn, run);
}

void ChecklistRunView::retranslate()
{
    m_tabs->setTabText(0, tr("Items"));
    m_tabs->setTabText(1, tr("History"));
    m_revision->setToolTip(tr("Show an earlier revision; only the latest can change"));
    static const char *const names[] = {QT_TR_NOOP("Pass"), QT_TR_NOOP("Fail"),
                                        QT_TR_NOOP("Blocked"), QT_TR_NOOP("Not Applicable"),
                                        QT_TR_NOOP("Back to Pending")};
    for (int i = 0; i < 5; ++i)
        m_keyActions.at(i)->setText(tr(names[i]));
    m_keyActions.at(5)->setText(tr("Edit Note"));
    if (m_model->run().id != 0) {
        m_model->retranslate();
        m_tree->expandAll();
        placeRunButtons();
        updateHeader();
    }
}

void ChecklistRunView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace blihops::gui
