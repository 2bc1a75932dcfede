// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/coprocess/coprocessobject.h"

#include <coprocess_object.grpc.pb.h>
#include <grpcpp/channel.h>
#include <grpcpp/completion_queue.h>

#include <QString>

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace Hb::Plugin {

// One call the server has not answered yet.
struct GrpcCallInFlight
{
    quint64 id = 0;
    std::string hook; // "pre MyPreHook"
    std::chrono::steady_clock::time_point started;
};

// How a channel to a plugin server is made (tyk.conf's coprocess_options; GrpcDriverOptions).
struct GrpcChannelSettings
{
    std::string target; // gRPC's form: "127.0.0.1:5555", "unix:///path"
    int recvMaxBytes = 0;
    int sendMaxBytes = 0;
    std::string authority;
    bool roundRobin = false;
    int maxReconnectBackoffMs = 1000;
    // Called on the client's thread about twice a second while calls are in flight, with
    // them (the driver logs the slow ones); may be empty.
    std::function<void(const std::vector<GrpcCallInFlight> &)> watchCalls;
};

// What one Dispatch came back with.
struct GrpcCallOutcome
{
    int code = 0;        // grpc::StatusCode; 0 is OK
    std::string message; // the status message when code != 0
    coprocess::Object object;
    std::chrono::nanoseconds elapsed{0};
};

// The channel's state in gRPC's words (GRPC_CHANNEL_*), as an author reads it.
enum class GrpcChannelState { Idle, Connecting, Ready, TransientFailure, Shutdown };

// Tyk's Dispatcher client (coprocess.DispatcherClient) on gRPC's asynchronous API: calls are
// started from any thread and complete on one thread of its own that drains the completion
// queue, so no caller ever waits on the network. Lives as long as its driver; destroying it
// cancels the calls still in flight (their callbacks run, with CANCELLED) and joins the thread.
class GrpcDispatcherClient
{
public:
    using DispatchDone = std::function<void(GrpcCallOutcome)>; // on the client's thread
    using EventDone = std::function<void(int code, std::string message)>;

    explicit GrpcDispatcherClient(GrpcChannelSettings settings);
    ~GrpcDispatcherClient();
    GrpcDispatcherClient(const GrpcDispatcherClient &) = delete;
    GrpcDispatcherClient &operator=(const GrpcDispatcherClient &) = delete;

    // Sends `object` to Dispatch. `timeout` 0 puts no deadline on the call (Tyk's way).
    // Once `requester` has expired (the client went away) the call is cancelled, within half
    // a second; an empty one never expires. Returns the call's id (for cancel()); `done`
    // runs exactly once.
    quint64 dispatch(const coprocess::Object &object, std::chrono::milliseconds timeout,
                     std::string hookLabel, std::weak_ptr<const void> requester, DispatchDone done);
    // Sends an event's JSON to DispatchEvent (no deadline, as Tyk's background context).
    void dispatchEvent(std::string payload, EventDone done);
    // Cancels a call still in flight (the client went away); its callback gets CANCELLED.
    void cancel(quint64 id);

    // The channel's state; `connect` starts connecting an idle channel.
    GrpcChannelState state(bool connect = false) const;
    std::vector<GrpcCallInFlight> callsInFlight() const;
    const std::string &target() const { return m_settings.target; }

    // gRPC's name for a status code as Go prints it ("Unavailable", "DeadlineExceeded").
    static std::string codeName(int code);

    struct Call; // one call on the completion queue (in the .cpp)

private:
    void drain();
    // Every half second on the client's thread: cancels calls whose requester is gone and
    // hands the calls in flight to GrpcChannelSettings::watchCalls.
    void watch();

    GrpcChannelSettings m_settings;
    std::shared_ptr<grpc::Channel> m_channel;
    std::unique_ptr<coprocess::Dispatcher::Stub> m_stub;
    std::unique_ptr<grpc::CompletionQueue> m_queue;
    mutable std::mutex m_mutex;
    std::unordered_map<quint64, Call *> m_inFlight; // under m_mutex; owned by the queue
    quint64 m_nextId = 1;                           // under m_mutex
    bool m_closing = false;                         // under m_mutex
    std::thread m_thread;
};

} // namespace Hb::Plugin
