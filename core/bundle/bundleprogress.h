// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <functional>

namespace Hb::Bundle {

// How far the resolver is with one bundle. A big zip takes seconds to hash, unpack and
// verify; the workbench shows this while it waits.
struct BundleProgress
{
    enum class Stage { Downloading, Hashing, Unpacking, Verifying, Done };

    QString bundle; // the name as written in custom_middleware_bundle
    Stage stage = Stage::Hashing;
    qint64 done = 0;  // bytes of this stage so far
    qint64 total = 0; // bytes of this stage in all; 0 = not known
};

// Called on the thread that resolves, often (every 64 KiB): a listener that crosses threads
// should thin the calls out itself.
using BundleProgressListener = std::function<void(const BundleProgress &)>;

// Bytes done of a stage whose total is known up front.
using ByteProgress = std::function<void(qint64 done, qint64 total)>;

} // namespace Hb::Bundle

// Crosses from the engine thread to the GUI in a signal.
Q_DECLARE_METATYPE(Hb::Bundle::BundleProgress)
