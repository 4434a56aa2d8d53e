#pragma once

#include "streams/StreamSnapshot.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>

namespace blihops {

// A stream's completion over its imports as a small line chart, for printing (the
// Dashboard mode draws its own with Qt Charts).
class TrendPicture
{
    Q_DECLARE_TR_FUNCTIONS(TrendPicture)

public:
    static QImage paint(const QList<StreamSnapshot> &history, const QSize &size);
};

} // namespace blihops
