#pragma once

#include "checks/SmokeResult.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace blihops::gui {

// Evidence for an item: one of the environment's smoke runs, a file or a web address, and
// the kinds other modules validate once they add a validator (a backup, a restore
// verification). Gives KIND:REF; the store checks it.
class EvidenceDialog : public QDialog
{
    Q_OBJECT

public:
    // smokeRuns: the environment's runs, newest first.
    EvidenceDialog(const QString &environment, const QList<SmokeRun> &smokeRuns,
                   QWidget *parent = nullptr);

    QString evidence() const; // KIND:REF, empty while incomplete
    void setKind(const QString &kind);
    void setReference(const QString &reference);

private:
    void chooseFile();
    void updateButtons();

    QComboBox *m_kind;
    QStackedWidget *m_pages;
    QComboBox *m_smokeRun;
    QLineEdit *m_file;
    QLineEdit *m_url;
    QLineEdit *m_reference; // the kinds other modules validate
    QDialogButtonBox *m_buttons;
};

} // namespace blihops::gui
