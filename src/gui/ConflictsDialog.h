#pragma once

#include "compose/EnvironmentConflicts.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace blihops::gui {

// Two environments chosen by the user, and the verdict: can they run at the same time on
// one host, and if not, which ports, names, volumes or databases collide. The compose files
// are read off the GUI thread.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(const QList<Environment> &environments, QWidget *parent = nullptr);

    void choose(const QString &first, const QString &second);
    QString verdict() const;
    QTreeWidget *collisionList() const { return m_list; }

signals:
    void checked();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        QList<EnvironmentConflicts::Collision> collisions;
        QString error;
    };

    void retranslate();
    void check();
    void present();

    QList<Environment> m_environments;
    QComboBox *m_first;
    QComboBox *m_second;
    QLabel *m_firstLabel;
    QLabel *m_secondLabel;
    QLabel *m_verdict;
    QTreeWidget *m_list;
    std::pair<QString, QString> m_pair; // the environments of m_outcome or of the running check
    std::optional<Outcome> m_outcome;
    bool m_checking = false;
    bool m_recheck = false; // the user chose another pair while a check ran
};

} // namespace blihops::gui
