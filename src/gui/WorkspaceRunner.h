#pragma once

#include "util/Error.h"
#include "workspace/Workspace.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>
#include <functional>
#include <memory>
#include <optional>

namespace blihops::gui {

// Runs workspace work off the GUI thread, one job at a time on a thread of its own (so that
// thread keeps one connection), and hands the result back on the GUI thread. A result whose
// context object was destroyed meanwhile is dropped.
class WorkspaceRunner : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceRunner(std::shared_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~WorkspaceRunner() override;

    const Workspace &workspace() const { return *m_workspace; }
    // For work that keeps the workspace beyond one call (a dialog's own pool task).
    std::shared_ptr<Workspace> sharedWorkspace() const { return m_workspace; }
    int pending() const { return m_pending; }

    template <typename T>
    void run(QObject *context, std::function<T(Workspace &)> work,
             std::function<void(const T &)> done, std::function<void(const Error &)> failed)
    {
        struct Outcome
        {
            std::optional<T> value;
            std::optional<Error> error;
        };
        auto *watcher = new QFutureWatcher<Outcome>(context);
        auto delivered = std::make_shared<bool>(false);
        connect(watcher, &QFutureWatcherBase::finished, context,
                [this, watcher, delivered, done, failed] {
                    *delivered = true;
                    const Outcome outcome = watcher->result();
                    watcher->deleteLater();
                    setPending(m_pending - 1);
                    if (outcome.error)
                        failed(*outcome.error);
                    else
                        done(*outcome.value);
                });
        // A dropped result still ends its job.
        connect(watcher, &QObject::destroyed, this, [this, delivered] {
            if (!*delivered)
                setPending(m_pending - 1);
        });
        setPending(m_pending + 1);
        watcher->setFuture(QtConcurrent::run(&m_pool, [workspace = m_workspace, work]() -> Outcome {
            try {
                return {work(*workspace), std::nullopt};
            } catch (const Error &error) {
                return {std::nullopt, error};
            } catch (const std::exception &error) {
                return {std::nullopt,
                        Error(ErrorKind::Workspace, QString::fromLocal8Bit(error.what()))};
            }
        }));
    }

signals:
    void pendingChanged(int pending);

private:
    void setPending(int pending);

    std::shared_ptr<Workspace> m_workspace;
    QThreadPool m_pool;
    int m_pending = 0;
};

} // namespace blihops::gui
