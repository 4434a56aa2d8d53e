#include "ConflictsDialog.h"

#include "Background.h"
#include "FindingsModel.h"
#include "util/Error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace blihops::gui {

ConflictsDialog::ConflictsDialog(const QList<Environment> &environments, QWidget *parent)
    : QDialog(parent), m_environments(environments), m_first(new QComboBox(this)),
      m_second(new QComboBox(this)), m_firstLabel(new QLabel(this)),
      m_secondLabel(new QLabel(this)), m_verdict(new QLabel(this)), m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("ConflictsDialog"));
    m_first->setObjectName(QStringLiteral("firstEnvironment"));
    m_second->setObjectName(QStringLiteral("secondEnvironment"));
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("collisions"));
    m_list->setColumnCount(3);
    m_list->setRootIsDecorated(false);
    m_list->header()->setStretchLastSection(true);
    for (const Environment &environment : environments) {
        m_first->addItem(environment.name);
        m_second->addItem(environment.name);
    }
    m_firstLabel->setBuddy(m_first);
    m_secondLabel->setBuddy(m_second);
    auto *form = new QFormLayout;
    form->addRow(m_firstLabel, m_first);
    form->addRow(m_secondLabel, m_second);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(980, 420);

    m_second->setCurrentIndex(std::min(1, int(environments.size()) - 1));
    connect(m_first, &QComboBox::currentIndexChanged, this, &ConflictsDialog::check);
    connect(m_second, &QComboBox::currentIndexChanged, this, &ConflictsDialog::check);
    retranslate();
    check();
}

void ConflictsDialog::choose(const QString &first, const QString &second)
{
    {
        const QSignalBlocker blockFirst(m_first);
        const QSignalBlocker blockSecond(m_second);
        m_first->setCurrentText(first);
        m_second->setCurrentText(second);
    }
    check();
}

QString ConflictsDialog::verdict() const
{
    return m_verdict->text();
}

void ConflictsDialog::check()
{
    const int first = m_first->currentIndex();
    const int second = m_second->currentIndex();
    if (first < 0 || second < 0)
        return;
    if (m_checking) {
        m_recheck = true;
        return;
    }
    m_pair = {m_first->currentText(), m_second->currentText()};
    m_outcome.reset();
    m_list->clear();
    m_verdict->setText(tr("Checking…"));
    m_checking = true;
    runInBackground(
        this,
        [a = m_environments.at(first), b = m_environments.at(second)]() -> Outcome {
            try {
                return {EnvironmentConflicts::between(a, b), {}};
            } catch (const Error &error) {
                return {{}, error.message()};
            }
        },
        [this](const Outcome &outcome) {
            m_checking = false;
            if (m_recheck) {
                m_recheck = false;
                check();
                return;
            }
            m_outcome = outcome;
            present();
            emit checked();
        });
}

void ConflictsDialog::present()
{
    const auto &[first, second] = m_pair;
    const Outcome &outcome = *m_outcome;
    m_list->clear();
    if (!outcome.error.isEmpty()) {
        m_verdict->setText(outcome.error);
    } else if (outcome.collisions.isEmpty()) {
        m_verdict->setText(tr("%1 and %2 can run at the same time on one host: no port, "
                              "container name, volume or database collides.")
                               .arg(first, second));
    } else {
        m_verdict->setText(tr("%1 and %2 cannot run at the same time on one host: %n "
                              "collision(s).",
                              nullptr, int(outcome.collisions.size()))
                               .arg(first, second));
    }
    for (const EnvironmentConflicts::Collision &collision : outcome.collisions) {
        auto *item =
            new QTreeWidgetItem(m_list, {collision.rule, collision.what, collision.message});
        item->setIcon(0, FindingsModel::severityIcon(Severity::Error));
        item->setToolTip(2, collision.message);
        auto *fix = new QTreeWidgetItem(item, {tr("Fix: %1").arg(collision.fix)});
        fix->setFirstColumnSpanned(true);
    }
    m_list->expandAll();
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
}

void ConflictsDialog::retranslate()
{
    setWindowTitle(tr("Can They Run Together?"));
    m_firstLabel->setText(tr("&First environment:"));
    m_secondLabel->setText(tr("&Second environment:"));
    m_list->setHeaderLabels({tr("Rule"), tr("What collides"), tr("Where")});
    if (m_outcome)
        present();
}

void ConflictsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace blihops::gui
