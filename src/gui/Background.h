#pragma once

#include "util/Error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent>
#include <optional>
#include <type_traits>
#include <utility>

namespace blihops::gui {

// Work that may block (files, processes, SSH, the keychain) runs on a pool thread; its
// result comes back on context's thread. When context is destroyed first, the result is
// dropped: the work must own (copy) everything it reads.
template <typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done,
                     QThreadPool *pool = QThreadPool::globalInstance())
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(pool, std::move(work)));
}

// The same for work that throws Error: failed gets it instead of done getting a value.
template <typename Work, typename Done, typename Failed>
void attemptInBackground(QObject *context, Work work, Done done, Failed failed,
                         QThreadPool *pool = QThreadPool::globalInstance())
{
    using Value = std::invoke_result_t<Work>;
    struct Outcome
    {
        std::optional<Value> value;
        std::optional<Error> error;
    };
    runInBackground(
        context,
        [work = std::move(work)]() -> Outcome {
            try {
                return {work(), std::nullopt};
            } catch (const Error &error) {
                return {std::nullopt, error};
            }
        },
        [done = std::move(done), failed = std::move(failed)](const Outcome &outcome) {
            if (outcome.error)
                failed(*outcome.error);
            else
                done(*outcome.value);
        },
        pool);
}

} // namespace blihops::gui
