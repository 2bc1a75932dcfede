// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QUrl>

#include <functional>

namespace Hb::Bundle {

// Tyk's HTTP bundle getter (gateway/coprocess_bundle.go, HTTPBundleGetter and pullBundle):
// a GET of the bundle's URL with a 5 s timeout, TLS 1.2 (the certificate checked unless
// bundle_insecure_skip_verify is set, for https only), anything but 200 an error; failures
// are retried four times with exponential back-off (0.5 s doubling, at most 5 s). The
// transfer runs on a thread of its own; the caller waits for the result (bounded by the
// timeouts and retries, about 35 s at worst), as Tyk's loader waits.
class BundleDownloader
{
public:
    struct Options
    {
        bool insecureSkipVerify = false;
        int timeoutMs = 5000;
        int retries = 4;
        int firstBackoffMs = 500;
        qint64 maxBytes = qint64(512) << 20; // a bigger body is refused, not held in memory
        // Bytes so far and in all (0 = not known), from the transfer thread.
        std::function<void(qint64 done, qint64 total)> progress;
    };

    // The body, or Tyk's error: "HTTP Error, got status code 404", "Error getting bundle:
    // <reason>".
    static Result<QByteArray> fetch(const QUrl &url, const Options &options);

private:
    static Result<QByteArray> fetchOnce(const QUrl &url, const Options &options);
};

} // namespace Hb::Bundle
