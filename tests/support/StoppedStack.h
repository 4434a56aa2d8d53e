#pragma once

#include "LabSupport.h"
#include "TestData.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace blihops::test {

// A compose project of a test's own on the lab's engine whose database container is stopped:
// one service, postgres, of the lab's image, that only sleeps and is stopped as soon as it
// runs, so that a backup finds no running database. Taken down with its volumes when the
// object goes.
class StoppedStack
{
public:
    explicit StoppedStack(const QString &dir)
        : m_project(QStringLiteral("blihops-stopped-%1")
                        .arg(QRandomGenerator::global()->generate(), 0, 16)),
          m_compose(QDir(dir).filePath(m_project + QStringLiteral("/compose.yml")))
    {
        writeFile(m_compose, "version: \"2.4\"\nservices:\n  postgres:\n    image: " +
                                 labValue("BLIHOPS_LAB_IMAGE").toUtf8() +
                                 "\n    network_mode: none\n    command: [\"sleep\", "
                                 "\"infinity\"]\n");
        if (!compose({QStringLiteral("up"), QStringLiteral("-d")}))
            m_error = QStringLiteral("docker-compose up failed: ") + m_lastError;
        else if (!compose({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1")}))
            m_error = QStringLiteral("docker-compose stop failed: ") + m_lastError;
    }

    ~StoppedStack() { compose({QStringLiteral("down"), QStringLiteral("-v")}); }

    StoppedStack(const StoppedStack &) = delete;
    StoppedStack &operator=(const StoppedStack &) = delete;

    QString project() const { return m_project; }
    QString composeFile() const { return m_compose; }
    // Empty when the stack is there with its container stopped.
    QString error() const { return m_error; }

private:
    bool compose(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("docker-compose"),
                      QStringList{QStringLiteral("-H"), labValue("BLIHOPS_TEST_DOCKER_HOST"),
                                  QStringLiteral("-p"), m_project, QStringLiteral("-f"),
                                  m_compose} +
                          arguments);
        if (!process.waitForFinished(120000))
            process.kill();
        m_lastError = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    QString m_project;
    QString m_compose;
    QString m_error;
    QString m_lastError;
};

} // namespace blihops::test
