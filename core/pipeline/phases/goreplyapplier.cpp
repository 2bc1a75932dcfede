// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pipeline/phases/goreplyapplier.h"

#include "core/pipeline/exchange.h"
#include "core/pipeline/phases/pluginhookphase.h"
#include "core/policy/policyapplier.h"
#include "core/session/keyhasher.h"

namespace Hb::Pipeline {

namespace {

// The panic's first line: the value, without Go's stack.
QString panicValue(const QString &panic)
{
    return panic.section(u'\n', 0, 0);
}

// A plugin that wrote a reply ends the chain with exactly that reply: no error template,
// no X-Generator, no response plugins, no quota headers (Tyk: ProcessRequest, the
// "plugin sent a response" path).
PhaseStatus answerWritten(Exchange &ex, const Http::HttpResponse &written, qint64 pluginNs)
{
    ex.goPluginWrote = true;
    ex.goPluginNs = pluginNs;
    // As written: the host already added the Content-Type Go's server sniffs.
    ex.response = written;
    ex.runResponsePhasesOnRespond = false;
    // The written headers hold what this and earlier steps set on rw before writing.
    ex.writerHeaders.clear();
    if (written.status == 403) {
        // Tyk's "Authentication error in Go-plugin middleware func" and its AuthFailure.
        ex.fireAuthFailure(QStringLiteral("n/a"));
    }
    if (ex.tracing)
        ex.phaseNote = QStringLiteral("the Go plugin wrote a %1 reply").arg(written.status);
    return PhaseStatus::Respond;
}

} // namespace

PhaseStatus GoReplyApplier::applyRequest(Exchange &ex, const Plugin::HookReply &reply,
                                         const RequestOptions &options)
{
    if (!reply.go) {
        // The host could not run the call (it died, or would not start).
        ex.fail(500, QStringLiteral("Internal Server Error"));
        ex.phaseNote = reply.object ? QStringLiteral("the Go plugin host gave no answer")
                                    : reply.object.error().message;
        return PhaseStatus::Fail;
    }
    const Plugin::GoReply &go = *reply.go;
    if (go.notLoaded) {
        ex.fail(500, QStringLiteral("Internal Server Error"));
        ex.phaseNote = QStringLiteral("the Go plugin is not loaded: %1").arg(go.loadError);
        return PhaseStatus::Fail;
    }
    if (!go.panic.isEmpty()) {
        // Tyk (since its February 2026 refactor) drops the connection without a reply here;
        // a workbench answers, and says so.
        ex.fail(500, QStringLiteral("Internal Server Error"));
        ex.phaseNote = QStringLiteral("Recovered from panic while running Go-plugin middleware "
                                      "func: %1 (Tyk drops the connection without a reply)")
                           .arg(panicValue(go.panic));
        ex.phaseLogs.append({QStringLiteral("error"), go.panic});
        return PhaseStatus::Fail;
    }

    ex.request = go.request;
    if (go.session) {
        Session::SessionState session = *go.session;
        if (go.sessionSet) {
            // ctx.SetSession: the context's AuthToken becomes the KeyID, which (hashed when
            // the flag says so) names the stored session; no KeyID: this request only.
            ex.authToken = go.keyId;
            ex.sessionKey = go.keyId.isEmpty()
                                ? QString()
                                : (go.hashKey ? Session::KeyHasher::hashStr(go.keyId) : go.keyId);
        }
        // After every Go step the session's policies are applied again (Tyk: ProcessRequest).
        if (options.policies && !session.policyIds().isEmpty()) {
            const Result<void> applied =
                Policy::PolicyApplier(*options.policies).apply(session, options.apiOrgId);
            if (!applied) {
                ex.session = std::move(session);
                ex.phaseLogs.append({QStringLiteral("error"),
                                     QStringLiteral("Could not apply policy to session: %1")
                                         .arg(applied.error().message)});
                if (!options.apiLevel) {
                    ex.fail(500, QStringLiteral("Internal Server Error"));
                    return PhaseStatus::Fail;
                }
                // Tyk's createMiddleware skips writing an error after a loaded API-level Go
                // step, so nothing is written: the client gets 200 with no body.
                Http::HttpResponse empty;
                empty.status = 200;
                empty.headers = go.writerHeaders;
                ex.response = std::move(empty);
                ex.analyticsResponseCode = 500; // HandleError records the 500 it did not write
                ex.writerHeaders.clear();
                ex.runResponsePhasesOnRespond = false;
                ex.phaseNote = QStringLiteral("the session's policies do not apply (%1); Tyk "
                                              "writes nothing after an API-level Go step, so the "
                                              "client gets an empty 200")
                                   .arg(applied.error().message);
                return PhaseStatus::Respond;
            }
        }
        ex.session = std::move(session);
        if (go.sessionModified)
            ex.sessionModified = true;
    }
    if (go.written)
        return answerWritten(ex, *go.written, reply.pluginNs);
    // The writer as the plugin left it (it started with the earlier steps' headers).
    ex.writerHeaders = go.writerHeaders;
    return PhaseStatus::Continue;
}

PhaseStatus GoReplyApplier::applyResponse(Exchange &ex, const Plugin::HookReply &reply)
{
    QString failure;
    if (!reply.go)
        failure = reply.object ? QStringLiteral("the Go plugin host gave no answer")
                               : reply.object.error().message;
    else if (reply.go->notLoaded)
        failure = QStringLiteral("the Go plugin is not loaded: %1").arg(reply.go->loadError);
    else if (!reply.go->panic.isEmpty())
        failure = QStringLiteral("Recovered from panic while running Go-plugin middleware func: %1")
                      .arg(panicValue(reply.go->panic));
    if (!failure.isEmpty()) {
        // Tyk recovers, writes 500 on the client's writer and goes on: the client gets the
        // status, without the upstream's headers, and the upstream body.
        ex.response.status = 500;
        ex.response.headers.clear();
        ex.phaseNote = failure;
        return PhaseStatus::Continue;
    }
    const Plugin::GoReply &go = *reply.go;
    if (go.response)
        ex.response = *go.response;
    if (go.written) {
        // Writing through rw commits its status and headers; Tyk still copies the upstream
        // body after the plugin's bytes. An error status also ends the response chain.
        Http::HttpResponse committed = *go.written;
        committed.body += ex.response.body;
        committed.headers.remove("Content-Length");
        ex.response = std::move(committed);
        ex.writerHeaders.clear();
        if (ex.response.status >= 400) {
            ex.phaseNote = QStringLiteral("Returned error code while processing response with "
                                          "Go-plugin middleware func: %1")
                               .arg(ex.response.status);
            return PhaseStatus::Respond;
        }
        return PhaseStatus::Continue;
    }
    // The writer as the plugin left it (it started with the earlier steps' headers).
    ex.writerHeaders = go.writerHeaders;
    return PhaseStatus::Continue;
}

} // namespace Hb::Pipeline
