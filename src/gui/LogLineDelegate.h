#pragma once

#include <QStyledItemDelegate>

namespace blihops::gui {

class LogListModel;

// Paints a log row in one line of monospace text: the engine's time and the container's name
// (when shown) in colours of their own, standard error apart from standard output, and the
// search's matches highlighted (the current one more strongly). Rows are all one height, so
// that the view can lay out 200,000 of them without asking each.
class LogLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    LogLineDelegate(const LogListModel *model, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    const LogListModel *m_model;
};

} // namespace blihops::gui
