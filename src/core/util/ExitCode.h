#pragma once

#include "util/Error.h"

namespace blihops {

// The command-line contract of DESIGN.md.
enum ExitCode : int
{
    ExitOk = 0,
    ExitCheckFailed = 1,
    ExitBadInput = 2,
    ExitUnreachable = 3,
};

inline int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Unreachable:
    case ErrorKind::ChangedHostKey:
        return ExitUnreachable;
    default:
        return ExitBadInput;
    }
}

} // namespace blihops
