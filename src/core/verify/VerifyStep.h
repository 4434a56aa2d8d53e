#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace blihops {

// One step of a restore verification, as the GUI's dialog and `blihopsctl verify` show it:
// the SHA-256 of the file, the restore, the comparison, the clean-up. Every verification has
// the four, in that order; a storage backup is streamed, so its restore and clean-up are
// skipped, and its checksum and comparison run together, in one read of the archive.
struct VerifyStep
{
    Q_DECLARE_TR_FUNCTIONS(VerifyStep)

public:
    enum class Kind
    {
        Checksum,
        Restore,
        Compare,
        Cleanup,
    };
    enum class State
    {
        Pending,
        Running,
        Passed,
        Failed,
        Skipped,
        Cancelled,
    };

    Kind kind = Kind::Checksum;
    State state = State::Pending;
    int percent = 0; // of this step, 0..100
    qint64 durationMs = 0;
    QString detail; // what it did or why it failed, one line

    static QString kindKey(Kind kind);    // checksum, restore, compare, cleanup
    static QString stateKey(State state); // pending, running, passed, failed, skipped, cancelled
    // The step's name for a person: "SHA-256 of the file", ...
    static QString title(Kind kind);
    // The state for a person: "waiting", "running", "passed", ...
    static QString stateText(State state);
    // The kind and state keys read back (from stored figures); nullopt for anything else.
    static std::optional<Kind> kindFromKey(const QString &key);
    static std::optional<State> stateFromKey(const QString &key);
    bool finished() const { return state != State::Pending && state != State::Running; }
    // {"step","state","percent","duration_ms","detail"}
    QJsonObject toJson() const;
};

} // namespace blihops
