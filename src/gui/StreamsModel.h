#pragma once

#include "streams/Dashboard.h"

#include <QAbstractTableModel>

namespace blihops::gui {

// The imported streams, one row each: what the document states beside what its checkboxes
// show, how many contradictions it has and when it was imported last.
class StreamsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        TitleColumn,
        StatedColumn,
        ComputedColumn,
        ItemsColumn,
        ContradictionsColumn,
        ImportedColumn,
        ColumnCount
    };
    enum Role
    {
        StreamIdRole = Qt::UserRole + 1,
    };

    explicit StreamsModel(QObject *parent = nullptr);

    void setStreams(const QList<Dashboard::Stream> &streams);
    const Dashboard::Stream *streamAt(int row) const;
    int rowOf(const QString &stream) const;
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Dashboard::Stream> m_streams;
};

} // namespace blihops::gui
