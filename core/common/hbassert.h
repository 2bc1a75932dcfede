// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

// A broken invariant is logged with file and line and the caller recovers with `action`;
// a release build never crashes on one (after Qt Creator's QTC_ASSERT).
#define HB_ASSERT(cond, action)                                                                    \
    if (Q_LIKELY(cond)) {                                                                          \
    } else {                                                                                       \
        qWarning("HB_ASSERT: \"%s\" in %s:%d", #cond, __FILE__, __LINE__);                         \
        action;                                                                                    \
    }                                                                                              \
    do {                                                                                           \
    } while (0)
