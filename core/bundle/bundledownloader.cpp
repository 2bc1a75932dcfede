// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/bundledownloader.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <future>
#include <memory>
#include <thread>

namespace Hb::Bundle {

Result<QByteArray> BundleDownloader::fetch(const QUrl &url, const Options &options)
{
    Result<QByteArray> result = fetchOnce(url, options);
    int waitMs = options.firstBackoffMs;
    for (int retry = 0; retry < options.retries && !result; ++retry) {
        std::this_thread::sleep_for(std::chrono::milliseconds(waitMs));
        waitMs = std::min(waitMs * 2, 5000);
        result = fetchOnce(url, options);
    }
    return result;
}

Result<QByteArray> BundleDownloader::fetchOnce(const QUrl &url, const Options &options)
{
    // A thread with its own event loop: the caller (the engine thread, during a load) is not
    // re-entered by events while it waits.
    QThread thread;
    thread.setObjectName(QStringLiteral("bundle-download"));
    // Deleted on its own thread as the thread ends (the manager's timers live there).
    auto *worker = new QObject;
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    std::promise<Result<QByteArray>> promise;
    std::future<Result<QByteArray>> future = promise.get_future();
    thread.start();
    QObject *context = worker;
    QMetaObject::invokeMethod(context, [&promise, &url, &options, context] {
        auto *network = new QNetworkAccessManager(context);
        QNetworkRequest request(url);
        request.setTransferTimeout(options.timeoutMs);
        if (url.scheme() == u"https") {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setProtocol(QSsl::TlsV1_2); // Tyk's getter caps TLS at 1.2
            if (options.insecureSkipVerify)
                tls.setPeerVerifyMode(QSslSocket::VerifyNone);
            request.setSslConfiguration(tls);
        }
        QNetworkReply *reply = network->get(request);
        auto tooBig = std::make_shared<bool>(false);
        // Go's http.Client.Timeout bounds the whole exchange; the transfer timeout above only
        // a silence, so a server trickling bytes is cut off here.
        auto timedOut = std::make_shared<bool>(false);
        auto *deadline = new QTimer(reply);
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, reply, [reply, timedOut] {
            *timedOut = true;
            reply->abort();
        });
        deadline->start(options.timeoutMs);
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply,
                         [reply, tooBig, &options](qint64 done, qint64 total) {
                             if (done > options.maxBytes || total > options.maxBytes) {
                                 *tooBig = true;
                                 reply->abort();
                             } else if (options.progress) {
                                 options.progress(done, std::max<qint64>(total, 0));
                             }
                         });
        QObject::connect(
            reply, &QNetworkReply::finished, reply, [reply, tooBig, timedOut, &promise, &options] {
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (*timedOut) {
                    promise.set_value(makeError(
                        ErrorCode::Timeout,
                        QStringLiteral("Error getting bundle: no complete answer within %1 ms")
                            .arg(options.timeoutMs)));
                } else if (*tooBig) {
                    promise.set_value(makeError(
                        ErrorCode::InvalidInput,
                        QStringLiteral("Error getting bundle: larger than %1 MiB, not downloaded")
                            .arg(options.maxBytes >> 20)));
                } else if (status != 0 && status != 200) {
                    promise.set_value(
                        makeError(ErrorCode::Unavailable,
                                  QStringLiteral("HTTP Error, got status code %1").arg(status)));
                } else if (reply->error() != QNetworkReply::NoError) {
                    promise.set_value(makeError(
                        ErrorCode::Unavailable,
                        QStringLiteral("Error getting bundle: %1").arg(reply->errorString())));
                } else {
                    promise.set_value(reply->readAll());
                }
            });
    });
    Result<QByteArray> result = future.get();
    thread.quit();
    thread.wait();
    return result;
}

} // namespace Hb::Bundle
