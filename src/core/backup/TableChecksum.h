#pragma once

#include <QString>

namespace blihops {

// One table's figures in a backup's snapshot.
struct TableChecksum
{
    QString schema;
    QString name;
    qint64 rows = 0;
    QString checksum; // 32 hex digits

    bool operator==(const TableChecksum &other) const = default;
};

} // namespace blihops
