#pragma once

#include "logs/LogQuery.h"

#include <QString>

namespace blihops::gui {

// How a LogViewer starts; the user changes each in the viewer.
struct LogViewerOptions
{
    int tail = LogQuery::kDefaultTail; // per container; -1 for all
    QString since;                     // as LogSince reads it
    bool timestamps = false;
    bool follow = true;
    qsizetype bufferLines = 0; // 0: GuiSettings::logBufferLines()
};

} // namespace blihops::gui
