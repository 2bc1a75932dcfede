// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/grpc/grpcdispatcherclient.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>

namespace Hb::Plugin {

// One call on the completion queue; its address is the queue's tag.
struct GrpcDispatcherClient::Call
{
    virtual ~Call() = default;
    virtual void finish(bool ok) = 0;

    quint64 id = 0;
    std::string hook;
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
    grpc::ClientContext context;
    grpc::Status status;
    std::weak_ptr<const void> requester;
    bool watchRequester = false; // a requester was given
};

namespace {

struct DispatchCall final : GrpcDispatcherClient::Call
{
    void finish(bool) override
    {
        GrpcCallOutcome outcome;
        outcome.code = int(status.error_code());
        outcome.message = status.error_message();
        outcome.elapsed = std::chrono::steady_clock::now() - started;
        if (status.ok())
            outcome.object = std::move(reply);
        done(std::move(outcome));
    }

    coprocess::Object reply;
    std::unique_ptr<grpc::ClientAsyncResponseReader<coprocess::Object>> reader;
    GrpcDispatcherClient::DispatchDone done;
};

struct EventCall final : GrpcDispatcherClient::Call
{
    void finish(bool) override
    {
        if (done)
            done(int(status.error_code()), status.error_message());
    }

    coprocess::EventReply reply;
    std::unique_ptr<grpc::ClientAsyncResponseReader<coprocess::EventReply>> reader;
    GrpcDispatcherClient::EventDone done;
};

} // namespace

GrpcDispatcherClient::GrpcDispatcherClient(GrpcChannelSettings settings)
    : m_settings(std::move(settings))
    , m_queue(std::make_unique<grpc::CompletionQueue>())
{
    grpc::ChannelArguments args;
    if (m_settings.recvMaxBytes > 0)
        args.SetMaxReceiveMessageSize(m_settings.recvMaxBytes);
    if (m_settings.sendMaxBytes > 0)
        args.SetMaxSendMessageSize(m_settings.sendMaxBytes);
    if (!m_settings.authority.empty())
        args.SetString(GRPC_ARG_DEFAULT_AUTHORITY, m_settings.authority);
    if (m_settings.roundRobin)
        args.SetLoadBalancingPolicyName("round_robin");
    if (m_settings.maxReconnectBackoffMs > 0) {
        const int backoff = m_settings.maxReconnectBackoffMs;
        // Only the waits between attempts: GRPC_ARG_MIN_RECONNECT_BACKOFF_MS is gRPC's minimum
        // connect timeout (20 s), which a slow or remote server needs.
        args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, std::min(backoff, 100));
        args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, backoff);
    }
    // Plaintext, as Tyk dials (insecure credentials; no TLS option in tyk.conf).
    m_channel =
        grpc::CreateCustomChannel(m_settings.target, grpc::InsecureChannelCredentials(), args);
    m_stub = coprocess::Dispatcher::NewStub(m_channel);
    m_thread = std::thread([this] { drain(); });
}

GrpcDispatcherClient::~GrpcDispatcherClient()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closing = true;
        for (auto &[id, call] : m_inFlight)
            call->context.TryCancel();
    }
    // Next() hands out every call still queued (now cancelled), then returns false.
    m_queue->Shutdown();
    m_thread.join();
}

void GrpcDispatcherClient::drain()
{
    void *tag = nullptr;
    bool ok = false;
    constexpr auto watchEvery = std::chrono::milliseconds(500);
    auto nextWatch = std::chrono::steady_clock::now() + watchEvery;
    for (;;) {
        const auto wait = nextWatch - std::chrono::steady_clock::now();
        const auto next = m_queue->AsyncNext(
            &tag, &ok,
            std::chrono::system_clock::now() +
                std::chrono::duration_cast<std::chrono::system_clock::duration>(wait));
        if (next == grpc::CompletionQueue::SHUTDOWN)
            break;
        if (next == grpc::CompletionQueue::GOT_EVENT) {
            std::unique_ptr<Call> call(static_cast<Call *>(tag));
            {
                const std::lock_guard lock(m_mutex);
                m_inFlight.erase(call->id);
            }
            call->finish(ok);
        }
        // Also under steady traffic, when the queue never times out.
        if (std::chrono::steady_clock::now() >= nextWatch) {
            watch();
            nextWatch = std::chrono::steady_clock::now() + watchEvery;
        }
    }
}

void GrpcDispatcherClient::watch()
{
    std::vector<GrpcCallInFlight> calls;
    {
        const std::lock_guard lock(m_mutex);
        calls.reserve(m_inFlight.size());
        for (const auto &[id, call] : m_inFlight) {
            if (call->watchRequester && call->requester.expired()) {
                call->watchRequester = false;
                call->context.TryCancel();
            }
            calls.push_back({id, call->hook, call->started});
        }
    }
    if (!calls.empty() && m_settings.watchCalls)
        m_settings.watchCalls(calls);
}

quint64 GrpcDispatcherClient::dispatch(const coprocess::Object &object,
                                       std::chrono::milliseconds timeout, std::string hookLabel,
                                       std::weak_ptr<const void> requester, DispatchDone done)
{
    auto call = std::make_unique<DispatchCall>();
    call->hook = std::move(hookLabel);
    call->done = std::move(done);
    // An empty weak_ptr (no requester) is told apart from an expired one by its owner.
    call->watchRequester = requester.owner_before(std::weak_ptr<const void>()) ||
                           std::weak_ptr<const void>().owner_before(requester);
    call->requester = std::move(requester);
    if (timeout.count() > 0)
        call->context.set_deadline(std::chrono::system_clock::now() + timeout);
    {
        const std::lock_guard lock(m_mutex);
        if (!m_closing) {
            call->id = m_nextId++;
            // The request is serialized here; `object` may go once this returns.
            call->reader = m_stub->PrepareAsyncDispatch(&call->context, object, m_queue.get());
            call->reader->StartCall();
            DispatchCall *raw = call.release();
            m_inFlight.emplace(raw->id, raw);
            raw->reader->Finish(&raw->reply, &raw->status, static_cast<Call *>(raw));
            return raw->id;
        }
    }
    call->status = grpc::Status(grpc::StatusCode::CANCELLED, "the gRPC driver is stopping");
    call->finish(false);
    return 0;
}

void GrpcDispatcherClient::dispatchEvent(std::string payload, EventDone done)
{
    auto call = std::make_unique<EventCall>();
    call->hook = "event";
    call->done = std::move(done);
    coprocess::Event event;
    event.set_payload(std::move(payload));
    const std::lock_guard lock(m_mutex);
    if (m_closing)
        return;
    call->id = m_nextId++;
    call->reader = m_stub->PrepareAsyncDispatchEvent(&call->context, event, m_queue.get());
    call->reader->StartCall();
    EventCall *raw = call.release();
    m_inFlight.emplace(raw->id, raw);
    raw->reader->Finish(&raw->reply, &raw->status, static_cast<Call *>(raw));
}

void GrpcDispatcherClient::cancel(quint64 id)
{
    const std::lock_guard lock(m_mutex);
    const auto it = m_inFlight.find(id);
    if (it != m_inFlight.end())
        it->second->context.TryCancel();
}

GrpcChannelState GrpcDispatcherClient::state(bool connect) const
{
    switch (m_channel->GetState(connect)) {
    case GRPC_CHANNEL_IDLE: return GrpcChannelState::Idle;
    case GRPC_CHANNEL_CONNECTING: return GrpcChannelState::Connecting;
    case GRPC_CHANNEL_READY: return GrpcChannelState::Ready;
    case GRPC_CHANNEL_TRANSIENT_FAILURE: return GrpcChannelState::TransientFailure;
    case GRPC_CHANNEL_SHUTDOWN: break;
    }
    return GrpcChannelState::Shutdown;
}

std::vector<GrpcCallInFlight> GrpcDispatcherClient::callsInFlight() const
{
    std::vector<GrpcCallInFlight> calls;
    const std::lock_guard lock(m_mutex);
    calls.reserve(m_inFlight.size());
    for (const auto &[id, call] : m_inFlight)
        calls.push_back({id, call->hook, call->started});
    return calls;
}

std::string GrpcDispatcherClient::codeName(int code)
{
    // google.golang.org/grpc/codes: Code.String(), which Tyk's log lines print.
    static const char *const names[] = {
        "OK",       "Canceled",       "Unknown",          "InvalidArgument",   "DeadlineExceeded",
        "NotFound", "AlreadyExists",  "PermissionDenied", "ResourceExhausted", "FailedPrecondition",
        "Aborted",  "OutOfRange",     "Unimplemented",    "Internal",          "Unavailable",
        "DataLoss", "Unauthenticated"};
    if (code >= 0 && code < int(std::size(names)))
        return names[code];
    return "Code(" + std::to_string(code) + ")";
}

} // namespace Hb::Plugin
