// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/httprequest.h"
#include "core/pipeline/firedevent.h"

#include <QByteArray>
#include <QString>

namespace Hb::Pipeline {

// How Tyk writes an event for its handlers (gateway/event_system.go, fireEvent, and
// gateway/coprocess_events.go, CoProcessEventHandler.HandleEvent), in Go's field order.
class EventMessage
{
public:
    // The JSON a cp_dynamic_handler's DispatchEvent carries:
    // {"message": {"Type", "Meta": {"Message", "OriginatingRequest", "Path", "Origin", "Key"
    // [, "Reason"]}, "TimeStamp"}, "handler_name", "spec": {"APIID", "OrgID"}}.
    static QByteArray coprocessPayload(const FiredEvent &event, const Http::HttpRequest &request,
                                       qint64 nowNs, const QString &handlerName,
                                       const QString &apiId, const QString &orgId);
    // Meta.OriginatingRequest: base64 of the request as Go's Request.Write puts it on the
    // wire (internal/event/event.go, EncodeRequestToEvent).
    static QByteArray originatingRequest(const Http::HttpRequest &request);
    // Meta.Origin: request.RealIP (X-Real-IP, else the first X-Forwarded-For, else the peer).
    static QString realIp(const Http::HttpRequest &request);
    // Go's Time.String() of the local time: "2006-01-02 15:04:05.999999999 -0700 MST".
    static QString goTimeString(qint64 nowNs);
};

} // namespace Hb::Pipeline
