#pragma once

#include "compose/ComposeNode.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace blihops {

// One compose file as written: the whole document with the place of every node, and its
// services with the line each is declared on. Nothing is interpolated or merged here
// (ComposeProject does that). Throws Error(BadInput) for an unreadable file or malformed
// YAML, naming the file, line and column.
class ComposeFile
{
    Q_DECLARE_TR_FUNCTIONS(ComposeFile)

public:
    struct Service
    {
        QString name;
        int line = 0; // 1-based
    };

    static ComposeFile load(const QString &path);

    QString path() const { return m_path; }
    const ComposeNode &root() const { return m_root; }
    const QList<Service> &services() const { return m_services; }

    struct ServiceNames
    {
        QStringList names;
        QString error; // set when a file could not be read; names then holds what was read
    };
    // The services of several `-f` files, in first-declared order, without repeats.
    static ServiceNames serviceNames(const QStringList &paths);

private:
    QString m_path;
    ComposeNode m_root;
    QList<Service> m_services;
};

} // namespace blihops
