// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/engine/httpfront.h"

#include "core/engine/engine.h"

#include <QPointer>

namespace Hb::Engine {

HttpFront::HttpFront(Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_server.setHandler([this](quint64 requestId, Http::HttpRequest request,
                               std::shared_ptr<Http::ResponseWriter> writer) {
        // The exchange may finish inside submit(); only keep the mapping while it runs.
        auto finished = std::make_shared<bool>(false);
        // The front may be deleted (the GUI closing) while an exchange still runs.
        QPointer<HttpFront> self(this);
        const quint64 exchangeId = m_engine.submit(
            std::move(request), [self, requestId, writer, finished](const Http::HttpResponse &r) {
                *finished = true;
                if (self)
                    self->m_exchangeByRequest.remove(requestId);
                writer->respond(r);
            });
        if (!*finished && exchangeId != 0)
            m_exchangeByRequest.insert(requestId, exchangeId);
    });
    m_server.setCancelHandler([this](quint64 requestId) {
        const auto it = m_exchangeByRequest.find(requestId);
        if (it == m_exchangeByRequest.end())
            return;
        const quint64 exchangeId = it.value();
        m_exchangeByRequest.erase(it);
        m_engine.cancel(exchangeId);
    });
}

Result<void> HttpFront::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

} // namespace Hb::Engine
