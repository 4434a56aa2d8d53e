#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace blihops {
class Error;
}

namespace blihops::gui {

// What the console shows when an SSH host stops an operation over its key: a first contact
// asks whether to trust the fingerprint the host offers (trusted runs once it is stored); a
// changed key is an error with both fingerprints, never a question.
class HostKeyPrompt
{
    Q_DECLARE_TR_FUNCTIONS(HostKeyPrompt)

public:
    static void ask(QWidget *parent, const QString &environment, const QString &engineUrl,
                    const Error &error, const std::function<void()> &trusted);
};

} // namespace blihops::gui
