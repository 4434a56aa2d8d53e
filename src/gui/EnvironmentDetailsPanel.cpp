#include "EnvironmentDetailsPanel.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace blihops::gui {

namespace {

const char *const kFieldNames[] = {"tier",  "engine",    "project",  "composeFiles", "envFile",
                                   "ports", "databases", "services", "updated"};

} // namespace

EnvironmentDetailsPanel::EnvironmentDetailsPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_hint(new QLabel(this)),
      m_form(new QWidget(this)), m_layout(new QFormLayout(m_form))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (int field = 0; field < FieldCount; ++field) {
        m_labels[field] = new QLabel(m_form);
        m_values[field] = new QLabel(m_form);
        m_values[field]->setObjectName(QString::fromLatin1(kFieldNames[field]));
        m_values[field]->setWordWrap(true);
        m_values[field]->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                                 Qt::TextSelectableByKeyboard);
        m_labels[field]->setBuddy(m_values[field]);
        m_layout->addRow(m_labels[field], m_values[field]);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_form);
    layout->addWidget(m_hint);
    layout->addStretch(1);
    retranslate();
}

QString EnvironmentDetailsPanel::fieldText(const QString &objectName) const
{
    const auto *label = findChild<QLabel *>(objectName);
    return label ? label->text() : QString();
}

void EnvironmentDetailsPanel::setEntry(const EnvironmentEntry *entry)
{
    m_entry = entry ? std::optional<EnvironmentEntry>(*entry) : std::nullopt;
    m_unavailable.clear();
    refresh();
}

void EnvironmentDetailsPanel::setUnavailable(const QString &reason)
{
    m_entry.reset();
    m_unavailable = reason;
    refresh();
}

void EnvironmentDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EnvironmentDetailsPanel::retranslate()
{
    const QString labels[FieldCount] = {
        tr("Tier:"),          tr("Engine:"),   tr("Compose project:"),
        tr("Compose files:"), tr("Env file:"), tr("Expected ports:"),
        tr("Databases:"),     tr("Services:"), tr("Last change:")};
    for (int field = 0; field < FieldCount; ++field)
        m_labels[field]->setText(labels[field]);
    refresh();
}

void EnvironmentDetailsPanel::refresh()
{
    m_form->setVisible(m_entry.has_value());
    m_title->setVisible(m_entry.has_value());
    m_hint->setVisible(!m_entry.has_value());
    if (!m_entry) {
        m_hint->setText(m_unavailable.isEmpty()
                            ? tr("Select an environment to see its details, or add one with "
                                 "Environment \u2192 Add (Ctrl+N).")
                            : tr("The workspace could not be opened:\n%1\n\nFix the cause, then "
                                 "press Reload (F5).")
                                  .arg(m_unavailable));
        return;
    }
    const Environment &environment = m_entry->environment;
    const QString none = tr("(none)");
    const auto orNone = [&](const QString &text) { return text.isEmpty() ? none : text; };
    m_title->setText(environment.name);
    m_values[Tier]->setText(EnvironmentTreeModel::tierName(environment.tier));
    m_values[Engine]->setText(environment.engineUrl.isEmpty()
                                  ? tr("not set: edit the environment to name its host")
                                  : environment.engineUrl);
    m_values[Project]->setText(environment.projectName);
    // In a team's workspace a path may be on a teammate's machine only: say so, per file.
    const auto shown = [this](const QString &path) {
        return m_entry->missingFiles.contains(path) ? tr("%1 (not on this machine)").arg(path)
                                                    : path;
    };
    QStringList composeFiles;
    for (const QString &path : environment.composeFiles)
        composeFiles << shown(path);
    m_values[ComposeFiles]->setText(composeFiles.join(QLatin1Char('\n')));
    m_values[EnvFile]->setText(environment.envFile.isEmpty() ? none : shown(environment.envFile));
    m_values[Ports]->setText(orNone(formatExpectedPorts(environment.expectedPorts)));
    m_values[Databases]->setText(orNone(environment.databases.join(QStringLiteral(", "))));
    m_values[Services]->setText(m_entry->composeError.isEmpty()
                                    ? orNone(m_entry->services.join(QStringLiteral(", ")))
                                    : m_entry->composeError);
    m_values[Updated]->setText(
        tr("%1 by %2")
            .arg(QLocale().toString(environment.updatedAt.toLocalTime(), QLocale::ShortFormat),
                 environment.updatedBy));
}

} // namespace blihops::gui
