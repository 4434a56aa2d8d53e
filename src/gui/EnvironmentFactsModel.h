#pragma once

#include "streams/EnvironmentFacts.h"

#include <QAbstractTableModel>

namespace blihops::gui {

// Each environment with what the console knows of it: the last smoke test today, and the
// columns other modules add (backup health, last verified restore).
class EnvironmentFactsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit EnvironmentFactsModel(QObject *parent = nullptr);

    void setRows(const QList<EnvironmentFacts::Row> &rows);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const EnvironmentFacts::Fact *factAt(const QModelIndex &index) const;

    QList<EnvironmentFacts::Row> m_rows;
    QStringList m_columns;
};

} // namespace blihops::gui
