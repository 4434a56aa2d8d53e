#pragma once

#include <QString>
#include <optional>

namespace blihops {

// What a stream document says of a stream, task or test, read from its words: emoji and
// markup never decide ("✅ PLANNED" is not started, "MOSTLY COMPLETE" is partial).
class StreamStatus
{
public:
    enum class State
    {
        Unknown,
        NotStarted, // not started, planned, pending, to do
        Partial,    // partial, in progress, mostly complete, incomplete
        Complete,   // complete, done, finished, ready
        Pass,
        Fail,
        Blocked,
    };

    // The state the leading phrase of a status names ("COMPLETE - CI pipeline working" is
    // complete); Unknown when it names none or is a percentage ("85% Complete").
    static State classify(const QString &text);
    // not-started, partial, complete, pass, fail, blocked, unknown.
    static QString key(State state);
    static State fromKey(const QString &key);
    // The first percentage in the text, "75% remaining" read as 25; none when there is none.
    static std::optional<double> percentage(const QString &text);
    // The status as a person reads it at a glance: the leading phrase without symbols,
    // "❌ NOT STARTED - waiting" -> "NOT STARTED".
    static QString headline(const QString &text);
    // Text without the emoji, bullets and punctuation before its first letter or digit.
    static QString withoutLeadingSymbols(const QString &text);
    // Whether the text says there is nothing ("NONE - can start at once", "None", "N/A").
    static bool saysNone(const QString &text);
};

} // namespace blihops
