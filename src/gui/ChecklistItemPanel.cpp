#include "ChecklistItemPanel.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

namespace blihops::gui {

namespace {

constexpr ItemState kStates[] = {ItemState::Pending, ItemState::Pass, ItemState::Fail,
                                 ItemState::Blocked, ItemState::NotApplicable};

} // namespace

ChecklistItemPanel::ChecklistItemPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_states(new QButtonGroup(this)),
      m_note(new QPlainTextEdit(this)), m_saveNote(new QPushButton(this)),
      m_evidenceLabel(new QLabel(this)), m_evidence(new QListWidget(this)),
      m_addEvidence(new QPushButton(this)), m_removeEvidence(new QPushButton(this)),
      m_waiver(new QLabel(this)), m_waive(new QPushButton(this)), m_tie(new QLabel(this)),
      m_run(new QPushButton(this)), m_cancel(new QPushButton(this)),
      m_changeTie(new QPushButton(this)), m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("checklistItemPanel"));
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *states = new QHBoxLayout;
    states->setSpacing(4);
    for (ItemState state : kStates) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("state-") + itemStateKey(state));
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_states->addButton(button, int(state));
        states->addWidget(button);
    }
    states->addStretch(1);
    m_states->setExclusive(true);
    connect(m_states, &QButtonGroup::idClicked, this,
            [this](int id) { emit stateRequested(ItemState(id)); });

    m_note->setObjectName(QStringLiteral("itemNote"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 5);
    m_note->installEventFilter(this);
    m_saveNote->setObjectName(QStringLiteral("saveNoteButton"));
    connect(m_note, &QPlainTextEdit::textChanged, this, &ChecklistItemPanel::updateButtons);
    connect(m_saveNote, &QPushButton::clicked, this, [this] { emit noteSaved(note()); });

    m_evidence->setObjectName(QStringLiteral("itemEvidence"));
    m_evidence->setMaximumHeight(m_evidence->fontMetrics().height() * 6);
    m_evidence->setWordWrap(true);
    m_addEvidence->setObjectName(QStringLiteral("addEvidenceButton"));
    m_removeEvidence->setObjectName(QStringLiteral("removeEvidenceButton"));
    connect(m_evidence, &QListWidget::currentRowChanged, this, &ChecklistItemPanel::updateButtons);
    connect(m_addEvidence, &QPushButton::clicked, this, &ChecklistItemPanel::addEvidenceRequested);
    connect(m_removeEvidence, &QPushButton::clicked, this,
            [this] { emit removeEvidenceRequested(m_evidence->currentRow()); });

    m_waiver->setObjectName(QStringLiteral("itemWaiver"));
    m_waiver->setWordWrap(true);
    m_waive->setObjectName(QStringLiteral("waiveButton"));
    connect(m_waive, &QPushButton::clicked, this, [this] {
        if (m_waived)
            emit unwaiveRequested();
        else
            emit waiveRequested();
    });

    m_tie->setObjectName(QStringLiteral("itemTie"));
    m_tie->setWordWrap(true);
    m_run->setObjectName(QStringLiteral("runCheckButton"));
    m_run->setIcon(QIcon(QStringLiteral(":/icons/smoke-run.svg")));
    m_cancel->setObjectName(QStringLiteral("cancelCheckButton"));
    m_cancel->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    m_changeTie->setObjectName(QStringLiteral("tieButton"));
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setRange(0, 0); // how long a check takes is not known
    m_progress->setMaximumWidth(160);
    connect(m_run, &QPushButton::clicked, this, &ChecklistItemPanel::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ChecklistItemPanel::cancelRequested);
    connect(m_changeTie, &QPushButton::clicked, this, &ChecklistItemPanel::tieRequested);

    auto *noteButtons = new QVBoxLayout;
    noteButtons->addWidget(m_saveNote);
    noteButtons->addStretch(1);
    auto *evidenceButtons = new QVBoxLayout;
    evidenceButtons->addWidget(m_addEvidence);
    evidenceButtons->addWidget(m_removeEvidence);
    evidenceButtons->addStretch(1);
    auto *tie = new QHBoxLayout;
    tie->addWidget(m_tie, 1);
    tie->addWidget(m_progress);
    tie->addWidget(m_run);
    tie->addWidget(m_cancel);
    tie->addWidget(m_changeTie);
    auto *waiver = new QHBoxLayout;
    waiver->addWidget(m_waiver, 1);
    waiver->addWidget(m_waive);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    grid->addWidget(m_title, 0, 0, 1, 3);
    grid->addLayout(states, 1, 0, 1, 3);
    grid->addWidget(m_note, 2, 0, 1, 2);
    grid->addLayout(noteButtons, 2, 2);
    grid->addWidget(m_evidenceLabel, 3, 0, 1, 3);
    grid->addWidget(m_evidence, 4, 0, 1, 2);
    grid->addLayout(evidenceButtons, 4, 2);
    grid->addLayout(waiver, 5, 0, 1, 3);
    grid->addLayout(tie, 6, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    retranslate();
    setItem(nullptr, false, false);
}

void ChecklistItemPanel::setItem(const ChecklistItem *item, bool editable, bool running)
{
    const int number = item ? item->number : 0;
    const QString storedNote = item ? item->note : QString();
    // Keep what is being typed when the same item is shown again with its note unchanged.
    const bool keepTyping = number == m_number && number != 0 && storedNote == m_storedNote;
    m_item = item ? std::optional<ChecklistItem>(*item) : std::nullopt;
    m_number = number;
    m_editable = editable && item;
    m_running = running;
    m_storedNote = storedNote;
    m_waived = item && item->waiver;
    m_tied = item && item->tie.isTied();
    if (!keepTyping) {
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(storedNote);
    }
    m_note->setReadOnly(!m_editable);
    m_title->setText(item ? QStringLiteral("%1. %2").arg(item->number).arg(item->text)
                          : tr("Select an item to see and change it."));
    if (item) {
        const QSignalBlocker blocker(m_states);
        m_states->button(int(item->state))->setChecked(true);
    }
    m_evidence->clear();
    if (item) {
        for (const Evidence &evidence : item->evidence) {
            QString line = evidence.kind == QLatin1String("document")
                               ? tr("Ticked in the imported document %1").arg(evidence.ref)
                               : evidence.toString();
            if (!evidence.detail.isEmpty() && evidence.kind != QLatin1String("document"))
                line += QStringLiteral(" — ") +
                        QString(evidence.detail).replace(QLatin1Char('\n'), QStringLiteral("; "));
            auto *row = new QListWidgetItem(line, m_evidence);
            row->setToolTip(tr("%1, %2").arg(
                evidence.recordedBy,
                QLocale().toString(evidence.recordedAt.toLocalTime(), QLocale::ShortFormat)));
        }
    }
    m_waiver->setText(!item ? QString()
                      : item->waiver
                          ? tr("Waived by %1: %2").arg(item->waiver->by, item->waiver->reason)
                          : tr("Not waived."));
    m_tie->setText(!item     ? QString()
                   : running ? tr("%1: running…").arg(item->tie.describe())
                             : tr("Check: %1").arg(item->tie.describe()));
    updateButtons();
}

QString ChecklistItemPanel::note() const
{
    return m_note->toPlainText();
}

bool ChecklistItemPanel::noteChanged() const
{
    return m_number != 0 && note() != m_storedNote;
}

void ChecklistItemPanel::editNote()
{
    if (!m_editable)
        return;
    m_note->setFocus(Qt::ShortcutFocusReason);
    m_note->selectAll();
}

void ChecklistItemPanel::updateButtons()
{
    const bool item = m_number != 0;
    for (QAbstractButton *button : m_states->buttons()) {
        button->setEnabled(m_editable);
        button->setVisible(item);
    }
    m_saveNote->setEnabled(m_editable && noteChanged());
    m_addEvidence->setEnabled(m_editable);
    m_removeEvidence->setEnabled(m_editable && m_evidence->currentRow() >= 0);
    m_waive->setEnabled(m_editable);
    m_waive->setText(m_waived ? tr("Remove &Waiver") : tr("&Waive…"));
    m_run->setEnabled(m_editable && m_tied && !m_running);
    m_run->setVisible(m_tied);
    m_cancel->setVisible(m_running);
    m_progress->setVisible(m_running);
    m_changeTie->setEnabled(m_editable && !m_running);
    for (QWidget *editor : std::initializer_list<QWidget *>{m_saveNote, m_addEvidence,
                                                            m_removeEvidence, m_waive, m_changeTie})
        editor->setVisible(item && m_editable);
    m_note->setVisible(item);
    m_evidence->setVisible(item);
    m_evidenceLabel->setVisible(item);
}

void ChecklistItemPanel::retranslate()
{
    static const char *const labels[] = {QT_TR_NOOP("Pending"), QT_TR_NOOP("&Pass"),
                                         QT_TR_NOOP("&Fail"), QT_TR_NOOP("&Blocked"),
                                         QT_TR_NOOP("&N/A")};
    static const char *const keys[] = {QT_TR_NOOP("Backspace"), QT_TR_NOOP("P"), QT_TR_NOOP("F"),
                                       QT_TR_NOOP("B"), QT_TR_NOOP("N")};
    for (int i = 0; i < 5; ++i) {
        QAbstractButton *button = m_states->button(int(kStates[i]));
        button->setText(tr(labels[i]));
        button->setToolTip(tr("Set the item %1 (%2 in the list)")
                               .arg(itemStateLabel(kStates[i]).toLower(), tr(keys[i])));
    }
    m_note->setPlaceholderText(tr("Note: what was seen, and where (Ctrl+Enter in the list to "
                                  "edit, Ctrl+Enter here to save)"));
    m_saveNote->setText(tr("&Save Note"));
    m_evidenceLabel->setText(tr("Evidence:"));
    m_addEvidence->setText(tr("Add &Evidence…"));
    m_removeEvidence->setText(tr("Remove"));
    m_run->setText(tr("&Run"));
    m_run->setToolTip(tr("Run the check this item is tied to and record its result (Ctrl+R)"));
    m_cancel->setText(tr("Cancel"));
    m_changeTie->setText(tr("&Tie to Check…"));
    const std::optional<ChecklistItem> shown = m_item;
    setItem(shown ? &*shown : nullptr, m_editable, m_running);
}

void ChecklistItemPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ChecklistItemPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            if (noteChanged())
                emit noteSaved(note());
            emit noteEditingFinished();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_note->setPlainText(m_storedNote);
            emit noteEditingFinished();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace blihops::gui
