#pragma once

#include "streams/Dashboard.h"

#include <QCoreApplication>
#include <QString>

namespace blihops {

// The dashboard as a document for people who will not open the console: per stream its
// completion stated and computed, every task and test, the contradictions, blockers and
// dependencies and the trend over imports; then the environments.
class DashboardExport
{
    Q_DECLARE_TR_FUNCTIONS(DashboardExport)

public:
    // Charts are <img src="trend:ID">, drawn by writePdf.
    static QString html(const Dashboard &dashboard);
    // Throws Error(BadInput) naming the file when it cannot be written.
    static void writePdf(const Dashboard &dashboard, const QString &path);
};

} // namespace blihops
