// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;
struct redisAsyncContext;

namespace Hb::Redis {

// Drives one hiredis async context from the Qt event loop of the thread it lives on:
// hiredis's addRead/addWrite hooks enable QSocketNotifiers, whose activations call
// redisAsyncHandleRead/Write. hiredis's own adapters/qt.h is not used because it hides
// Q_OBJECT from AUTOMOC.
//
// Ownership: hiredis owns the context and calls the cleanup hook when it frees it (after a
// disconnect, a failed connect or redisAsyncFree); the adapter then detaches and deletes
// itself later, so it never touches a freed context. Create it with attach().
class RedisQtAdapter final : public QObject
{
    Q_OBJECT

public:
    // Installs the event hooks on `context`; returns the adapter (parented to `parent`).
    static RedisQtAdapter *attach(redisAsyncContext *context, QObject *parent);
    ~RedisQtAdapter() override;

private:
    RedisQtAdapter(redisAsyncContext *context, QObject *parent);

    static void addRead(void *self);
    static void delRead(void *self);
    static void addWrite(void *self);
    static void delWrite(void *self);
    static void cleanup(void *self);

    void readyRead();
    void readyWrite();
    void detach();

    redisAsyncContext *m_context = nullptr;
    QSocketNotifier *m_read = nullptr;
    QSocketNotifier *m_write = nullptr;
};

} // namespace Hb::Redis
