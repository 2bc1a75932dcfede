// SPDX-License-Identifier: GPL-3.0-or-later
// A Tyk gRPC plugin server in C++. It implements the coprocess.Dispatcher service that Tyk
// (and Hookbench) call for each custom middleware hook of an API whose driver is "grpc"
// (Tyk: gateway/coprocess_grpc.go, GRPCDispatcher.Dispatch). The gateway is the client; this
// program only answers. Each hook gets the whole coprocess.Object and returns it, changed.
//
//   hookbench-grpc-sample [--listen ADDRESS] [--quiet]
//       ADDRESS: 127.0.0.1:5555 (default), 127.0.0.1:0 (a free port), unix:///path

#include "coprocess_object.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <pthread.h>
#include <signal.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>

namespace {

using Headers = google::protobuf::Map<std::string, std::string>;
using Clock = std::chrono::steady_clock;

constexpr long long kDefaultSleepMs = 2000;
constexpr long long kDefaultBigBytes = 5LL * 1024 * 1024;
// Protobuf refuses to serialize a message of 2 GiB or more; stay well below.
constexpr long long kMaxBigBytes = 1LL << 30;

// The gateway sends header names in Go's canonical form ("X-Block", "Authorization"): Tyk
// copies r.Header into the map (gateway/coprocess_helpers.go, ProtoMap), so plugins written
// for Tyk look names up exactly, as this one does.
std::optional<std::string> header(const Headers &headers, const std::string &name)
{
    const auto it = headers.find(name);
    if (it == headers.end())
        return std::nullopt;
    return it->second;
}

// A non-negative integer from a request header: `fallback` when the header is absent,
// nullopt when it is not a number.
std::optional<long long> intHeader(const Headers &headers, const std::string &name,
                                   long long fallback)
{
    const std::optional<std::string> text = header(headers, name);
    if (!text)
        return fallback;
    long long value = 0;
    const char *end = text->data() + text->size();
    const auto [ptr, ec] = std::from_chars(text->data(), end, value);
    if (ec != std::errc() || ptr != end || value < 0)
        return std::nullopt;
    return value;
}

// A code >= 400 without override_error is an authentication failure to the gateway: it
// answers with its error template, {"error": "<response_error>"}, and fires AuthFailure
// (Tyk: gateway/coprocess.go, CoProcessMiddleware.ProcessRequest).
void reject(coprocess::Object &object, int code, const std::string &error)
{
    coprocess::ReturnOverrides *overrides = object.mutable_request()->mutable_return_overrides();
    overrides->set_response_code(code);
    overrides->set_response_error(error);
}

// With override_error the gateway sends response_body as it is, with the given headers.
void answer(coprocess::Object &object, int code, const std::string &body)
{
    coprocess::ReturnOverrides *overrides = object.mutable_request()->mutable_return_overrides();
    overrides->set_response_code(code);
    overrides->set_override_error(true);
    overrides->set_response_body(body);
    (*overrides->mutable_headers())["Content-Type"] = "application/json";
}

// --- The sample hooks ------------------------------------------------------------------------

grpc::Status myPreHook(coprocess::Object &object)
{
    coprocess::MiniRequestObject *request = object.mutable_request();
    (*request->mutable_set_headers())["X-Pre-Hook"] = "grpc-cpp";
    if (header(request->headers(), "X-Block") == "yes")
        answer(object, 403, R"({"error":"blocked by the pre hook"})");
    return grpc::Status::OK;
}

// An auth_check hook with the ID extractor on "Authorization": the gateway caches the session
// under the token and does not call the hook again until id_extractor_deadline (Unix seconds)
// has passed (Tyk: gateway/coprocess_id_extractor.go).
grpc::Status myAuthCheck(coprocess::Object &object)
{
    const std::optional<std::string> token = header(object.request().headers(), "Authorization");
    if (token != "Bearer sample-token") {
        reject(object, 403, "invalid token");
        return grpc::Status::OK;
    }
    coprocess::SessionState *session = object.mutable_session();
    session->set_rate(1000);
    session->set_per(60);
    session->set_quota_max(-1); // no quota
    session->set_id_extractor_deadline(static_cast<int64_t>(std::time(nullptr)) + 60);
    (*session->mutable_metadata())["user"] = "alice";
    // The gateway keys the session by object.metadata["token"] (merged into the session's
    // metadata, gateway/coprocess.go).
    (*object.mutable_metadata())["token"] = *token;
    return grpc::Status::OK;
}

grpc::Status myPostHook(coprocess::Object &object)
{
    const auto &metadata = object.session().metadata();
    // Without a session user (the API has no auth), the header is left out rather than invented.
    if (const auto it = metadata.find("user"); it != metadata.end())
        (*object.mutable_request()->mutable_set_headers())["X-Post-Hook"] = it->second;
    return grpc::Status::OK;
}

// A response hook changes both header views: the gateway applies multivalue_headers and
// reconciles them with headers (Tyk: gateway/coprocess.go, syncHeadersAndMultiValueHeaders).
// raw_body goes back untouched, so the body is kept.
grpc::Status myResponseHook(coprocess::Object &object)
{
    const std::string name = "X-Response-Hook";
    const std::string value = "grpc-cpp";
    coprocess::ResponseObject *response = object.mutable_response();
    (*response->mutable_headers())[name] = value;
    for (coprocess::Header &h : *response->mutable_multivalue_headers()) {
        if (h.key() == name) {
            h.clear_values();
            h.add_values(value);
            return grpc::Status::OK;
        }
    }
    coprocess::Header *h = response->add_multivalue_headers();
    h->set_key(name);
    h->add_values(value);
    return grpc::Status::OK;
}

// --- Hooks for the gateway's fault tests -----------------------------------------------------

std::atomic<bool> g_stopping{false};

// Sleeps in short slices so a client that gives up (deadline, cancel) or a shutdown frees the
// thread at once instead of after the whole sleep.
grpc::Status slowHook(grpc::ServerContext &context, coprocess::Object &object)
{
    const std::optional<long long> ms =
        intHeader(object.request().headers(), "X-Sleep-Ms", kDefaultSleepMs);
    if (!ms)
        return {grpc::StatusCode::INVALID_ARGUMENT, "X-Sleep-Ms is not a number"};
    const auto until = Clock::now() + std::chrono::milliseconds(*ms);
    while (Clock::now() < until) {
        if (context.IsCancelled() || g_stopping)
            return {grpc::StatusCode::CANCELLED, "SlowHook cancelled"};
        std::this_thread::sleep_for(
            std::min<Clock::duration>(std::chrono::milliseconds(10), until - Clock::now()));
    }
    return grpc::Status::OK;
}

grpc::Status failHook(coprocess::Object &)
{
    return {grpc::StatusCode::INTERNAL, "FailHook always fails"};
}

grpc::Status bigReplyHook(coprocess::Object &object)
{
    const std::optional<long long> bytes =
        intHeader(object.request().headers(), "X-Big-Bytes", kDefaultBigBytes);
    if (!bytes || *bytes > kMaxBigBytes)
        return {grpc::StatusCode::INVALID_ARGUMENT,
                "X-Big-Bytes must be 0.." + std::to_string(kMaxBigBytes)};
    (*object.mutable_request()->mutable_set_headers())["X-Big"] =
        std::string(static_cast<size_t>(*bytes), 'x');
    return grpc::Status::OK;
}

grpc::Status echoHook(coprocess::Object &)
{
    return grpc::Status::OK;
}

// A reply without `request`: Tyk's gateway dereferences it (gateway/coprocess.go,
// CoProcessMiddleware.ProcessRequest), so the gateway's handling of it needs a server that
// sends one.
grpc::Status emptyReplyHook(coprocess::Object &object)
{
    object.Clear();
    return grpc::Status::OK;
}

// --- The service -----------------------------------------------------------------------------

class DispatcherService final : public coprocess::Dispatcher::Service
{
public:
    explicit DispatcherService(bool quiet)
        : m_quiet(quiet)
    {}

    grpc::Status Dispatch(grpc::ServerContext *context, const coprocess::Object *in,
                          coprocess::Object *out) override
    {
        const auto start = Clock::now();
        // Counts every Dispatch this process has seen, this one included (CountHook reports it).
        const long long calls = ++m_calls;
        *out = *in;
        grpc::Status status = run(*context, *out, calls);
        if (!m_quiet)
            logCall(*context, *in, status, Clock::now() - start);
        return status;
    }

    grpc::Status DispatchEvent(grpc::ServerContext *, const coprocess::Event *event,
                               coprocess::EventReply *) override
    {
        // Tyk sends each gateway event as JSON text (gateway/coprocess_grpc.go, DispatchEvent).
        std::fprintf(stderr, "event %s\n", event->payload().c_str());
        return grpc::Status::OK;
    }

private:
    // One line per call; the hook name appears once, so a test can count calls by it.
    // The :authority shows what the gateway's grpc_authority setting sent.
    static void logCall(const grpc::ServerContext &context, const coprocess::Object &in,
                        const grpc::Status &status, Clock::duration took)
    {
        const grpc::string_ref authority = context.ExperimentalGetAuthority();
        const auto us = std::chrono::duration_cast<std::chrono::microseconds>(took).count();
        // One fprintf per line so lines from concurrent calls do not interleave.
        std::fprintf(
            stderr, "dispatch %s %s %lld us authority %.*s%s%s\n",
            coprocess::HookType_Name(in.hook_type()).c_str(), in.hook_name().c_str(),
            static_cast<long long>(us), static_cast<int>(authority.size()), authority.data(),
            status.ok() ? "" : " error: ", status.ok() ? "" : status.error_message().c_str());
    }

    grpc::Status run(grpc::ServerContext &context, coprocess::Object &object, long long calls)
    {
        using Hook = std::function<grpc::Status(coprocess::Object &)>;
        static const std::map<std::string, Hook, std::less<>> hooks = {
            {"MyPreHook", myPreHook},   {"MyAuthCheck", myAuthCheck},
            {"MyPostHook", myPostHook}, {"MyResponseHook", myResponseHook},
            {"FailHook", failHook},     {"BigReplyHook", bigReplyHook},
            {"EchoHook", echoHook},     {"EmptyReplyHook", emptyReplyHook},
        };
        if (object.hook_name() == "SlowHook")
            return slowHook(context, object);
        if (object.hook_name() == "CountHook") {
            (*object.mutable_request()->mutable_set_headers())["X-Call-Count"] =
                std::to_string(calls);
            return grpc::Status::OK;
        }
        // Unknown names get the object back unchanged, so one server can serve many APIs.
        const auto it = hooks.find(object.hook_name());
        return it == hooks.end() ? grpc::Status::OK : it->second(object);
    }

    const bool m_quiet;
    std::atomic<long long> m_calls{0};
};

// --- Startup and shutdown --------------------------------------------------------------------

int usage(const char *argv0, int code)
{
    std::fprintf(code == 0 ? stdout : stderr,
                 "usage: %s [--listen ADDRESS] [--quiet]\n"
                 "  ADDRESS  HOST:PORT (default 127.0.0.1:5555; port 0 picks a free port),\n"
                 "           tcp://HOST:PORT, or unix:///path/to/socket\n"
                 "  --quiet  no line per call on stderr (for benchmarks)\n",
                 argv0);
    return code;
}

// What to print once bound: tests read the real port from it.
std::string boundAddress(const std::string &address, int port)
{
    if (address.rfind("unix", 0) == 0)
        return address;
    return address.substr(0, address.rfind(':')) + ":" + std::to_string(port);
}

} // namespace

int main(int argc, char **argv)
{
    std::string address = "127.0.0.1:5555";
    bool quiet = false;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--listen" && i + 1 < argc)
            address = argv[++i];
        else if (arg.rfind("--listen=", 0) == 0)
            address = arg.substr(9);
        else if (arg == "--quiet")
            quiet = true;
        else if (arg == "--help" || arg == "-h")
            return usage(argv[0], 0);
        else
            return usage(argv[0], 2);
    }
    // Tyk's coprocess_grpc_server setting is written "tcp://host:port"; accept the same text.
    if (address.rfind("tcp://", 0) == 0)
        address.erase(0, 6);
    if (address.rfind("unix", 0) != 0 && address.find(':') == std::string::npos)
        return usage(argv[0], 2);

    // Block the stop signals before gRPC starts its threads, so they inherit the mask and
    // only the waiter thread below receives them (sigwait).
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    DispatcherService service(quiet);
    grpc::ServerBuilder builder;
    int port = 0;
    builder.AddListeningPort(address, grpc::InsecureServerCredentials(), &port);
    builder.RegisterService(&service);
    // No size limits here, so the gateway's tests of its own limits test the gateway.
    builder.SetMaxReceiveMessageSize(-1);
    builder.SetMaxSendMessageSize(-1);
    // gRPC binds with SO_REUSEPORT by default, so a second server on a busy port would start
    // and share it; a fixed port must fail instead when another process holds it.
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
    if (!server || port == 0) {
        std::fprintf(stderr, "cannot listen on %s\n", address.c_str());
        return 1;
    }
    std::cout << "listening on " << boundAddress(address, port) << std::endl;

    std::thread waiter([&] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        std::fprintf(stderr, "signal %d: shutting down\n", signal);
        g_stopping = true;
        // Calls still running after a second are cancelled rather than waited for.
        server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(1));
    });
    server->Wait();
    waiter.join();
    std::fprintf(stderr, "stopped\n");
    return 0;
}
