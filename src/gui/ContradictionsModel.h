#pragma once

#include "streams/StreamReport.h"

#include <QAbstractTableModel>

namespace blihops::gui {

// A stream's contradictions: where, what the document states, what its checkboxes show.
class ContradictionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhereColumn,
        StatedColumn,
        ComputedColumn,
        MessageColumn,
        ColumnCount
    };

    explicit ContradictionsModel(QObject *parent = nullptr);

    void setContradictions(const QList<StreamContradiction> &contradictions);
    const QList<StreamContradiction> &contradictions() const { return m_contradictions; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<StreamContradiction> m_contradictions;
};

} // namespace blihops::gui
