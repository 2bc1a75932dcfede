// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/common/systemclock.h"

#include <QObject>
#include <QString>

#include <condition_variable>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace Hb::Plugin {

class PythonRuntime;
struct PythonCallContext;

// The Python plugin host's side of docs/python-plugin-host.md, in `hookbench-python-host`:
// reads load, call and unload messages from `inFd`, runs them on this process's embedded
// interpreter (PythonRuntime, with the limits each message carries) and writes the answers,
// the plugins' gateway log lines and their store_data/get_data requests to `outFd`. Lives on
// the main thread, which handles the messages and writes the calls' answers; a thread of its
// own reads, each load runs on a thread of its own (it blocks), and data requests are written
// from the Python thread. Writes are whole lines under one mutex.
class PythonPluginHostServer : public QObject
{
public:
    PythonPluginHostServer(const QString &runtimeDir, int inFd, int outFd);
    ~PythonPluginHostServer() override;

    // Starts reading; the process ends when the input closes.
    void start();

private:
    void readerMain();
    void handle(const nlohmann::json &message); // main thread
    void load(const nlohmann::json &message);   // a thread of its own: loads block
    // Main thread, when load() is done: keeps the module, runs the calls that waited for it.
    void loaded(const std::string &module, std::optional<qint64> handle);
    void call(const nlohmann::json &message);
    void write(const nlohmann::json &message); // any thread
    // A plugin's data request to the parent, answered through the reader (plugin thread).
    Result<nlohmann::json> ask(nlohmann::json request);
    void answerCall(const nlohmann::json &id, const Error &error);

    int m_in;
    int m_out;
    std::shared_ptr<PythonRuntime> m_runtime;
    std::shared_ptr<PythonCallContext> m_context;
    SystemClock m_clock; // moved to the parent's engine clock by each call

    // Main thread only.
    std::map<std::string, qint64> m_modules; // the parent's module key -> runtime handle
    // Modules being loaded, with the calls made to them meanwhile (after a restart the
    // parent sends its loads again and the calls that failed with the old host at once).
    std::map<std::string, std::vector<nlohmann::json>> m_loading;

    std::mutex m_writeMutex;

    std::mutex m_askMutex;
    std::condition_variable m_askCv;
    std::map<std::int64_t, nlohmann::json> m_answers;
    std::int64_t m_nextRequest = 0;
};

} // namespace Hb::Plugin
