#pragma once

#include <QTest>

// In the test function itself (QSKIP and QFAIL return from it): skips the function when
// what it needs (the lab, the corpus, a D-Bus session) is not there, and fails it instead
// under BLIHOPS_REQUIRE_LAB=1, as in CI, where nothing may pass by not running.
#define BLIHOPS_REQUIRE(available, reason)                                                         \
    do {                                                                                           \
        if (!(available)) {                                                                        \
            if (qEnvironmentVariableIntValue("BLIHOPS_REQUIRE_LAB"))                               \
                QFAIL(reason);                                                                     \
            QSKIP(reason);                                                                         \
        }                                                                                          \
    } while (false)
