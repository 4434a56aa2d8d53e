#pragma once

#include "checks/SmokeResult.h"

#include <QAbstractTableModel>
#include <optional>

namespace blihops::gui {

// The results of one smoke run, one row per check. While a run goes on, its checks are in
// the table before their results, as waiting or running, so that the user sees what is
// left; a rerun of some checks keeps the other rows as they were.
class SmokeResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CheckColumn,
        KindColumn,
        TargetColumn,
        ResultColumn,
        DurationColumn,
        MessageColumn,
        ColumnCount
    };
    enum class State
    {
        Waiting,
        Running,
        Done,
        NotRun // the run ended (cancelled, failed) before it reached the check
    };
    enum Role
    {
        CheckNameRole = Qt::UserRole + 1,
        StateRole, // State, as int
        PassedRole // bool; false until the check has a result
    };

    explicit SmokeResultsModel(QObject *parent = nullptr);

    // A finished run, as the history keeps it.
    void setResults(const QList<SmokeResult> &results);
    // Before a run: the checks about to run become waiting rows. With only empty, the table
    // is the enabled checks; else the named rows wait again and the other rows stay.
    void prepare(const QList<SmokeCheck> &checks, const QStringList &only);
    // A result of the run under way: its row is done and the next waiting one runs.
    void setResult(const SmokeResult &result);
    // The run ended: rows it did not reach go back to their earlier result, if any.
    void finish();
    void clear();
    void retranslate();

    QString checkName(int row) const;
    // Every row that has a result, in table order.
    QList<SmokeResult> results() const;
    // The check's row's result, if it has one.
    std::optional<SmokeResult> result(const QString &check) const;
    bool isRunning() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString formatDuration(qint64 milliseconds);

private:
    struct Row
    {
        QString check;
        SmokeCheck::Kind kind = SmokeCheck::Kind::Http;
        QString target;
        State state = State::Waiting;
        std::optional<SmokeResult> result; // kept while the row waits for a rerun
    };

    QString text(const Row &row, int column) const;
    void startNext();
    void rowChanged(int row);

    QList<Row> m_rows;
};

} // namespace blihops::gui
