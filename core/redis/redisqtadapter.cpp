// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/redis/redisqtadapter.h"

#include <QSocketNotifier>

#include <hiredis/async.h>

#include <csignal>
#include <pthread.h>

namespace Hb::Redis {

RedisQtAdapter *RedisQtAdapter::attach(redisAsyncContext *context, QObject *parent)
{
    return new RedisQtAdapter(context, parent);
}

RedisQtAdapter::RedisQtAdapter(redisAsyncContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_read(new QSocketNotifier(context->c.fd, QSocketNotifier::Read, this))
    , m_write(new QSocketNotifier(context->c.fd, QSocketNotifier::Write, this))
{
    m_read->setEnabled(false);
    m_write->setEnabled(false);
    connect(m_read, &QSocketNotifier::activated, this, &RedisQtAdapter::readyRead);
    connect(m_write, &QSocketNotifier::activated, this, &RedisQtAdapter::readyWrite);

    context->ev.data = this;
    context->ev.addRead = &RedisQtAdapter::addRead;
    context->ev.delRead = &RedisQtAdapter::delRead;
    context->ev.addWrite = &RedisQtAdapter::addWrite;
    context->ev.delWrite = &RedisQtAdapter::delWrite;
    context->ev.cleanup = &RedisQtAdapter::cleanup;
}

RedisQtAdapter::~RedisQtAdapter()
{
    // Destroyed while hiredis still holds the context (the owner frees the context first
    // in the normal path): unhook so hiredis never calls into a dead object.
    if (m_context)
        m_context->ev = {};
}

void RedisQtAdapter::addRead(void *self)
{
    static_cast<RedisQtAdapter *>(self)->m_read->setEnabled(true);
}

void RedisQtAdapter::delRead(void *self)
{
    static_cast<RedisQtAdapter *>(self)->m_read->setEnabled(false);
}

void RedisQtAdapter::addWrite(void *self)
{
    static_cast<RedisQtAdapter *>(self)->m_write->setEnabled(true);
}

void RedisQtAdapter::delWrite(void *self)
{
    static_cast<RedisQtAdapter *>(self)->m_write->setEnabled(false);
}

void RedisQtAdapter::cleanup(void *self)
{
    static_cast<RedisQtAdapter *>(self)->detach();
}

void RedisQtAdapter::detach()
{
    // Called from inside hiredis, possibly from readyRead() below: the notifiers are still
    // on the call stack, so they are only disabled and the adapter goes away later.
    m_context = nullptr;
    m_read->setEnabled(false);
    m_write->setEnabled(false);
    deleteLater();
}

void RedisQtAdapter::readyRead()
{
    if (m_context)
        redisAsyncHandleRead(m_context);
}

void RedisQtAdapter::readyWrite()
{
    if (!m_context)
        return;
    // hiredis 0.14 writes with write(2), which raises SIGPIPE when Redis has just gone away
    // and would kill the whole process. The signal is blocked on this thread for the write
    // and a SIGPIPE it caused is consumed; hiredis still sees EPIPE and reports the loss.
    sigset_t pipeSet;
    sigset_t previous;
    sigemptyset(&pipeSet);
    sigaddset(&pipeSet, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipeSet, &previous);
    sigset_t pending;
    sigpending(&pending);
    const bool alreadyPending = sigismember(&pending, SIGPIPE) == 1;

    redisAsyncHandleWrite(m_context);

    if (!alreadyPending) {
        const timespec noWait{};
        while (sigtimedwait(&pipeSet, nullptr, &noWait) == SIGPIPE) {
        }
    }
    pthread_sigmask(SIG_SETMASK, &previous, nullptr);
}

} // namespace Hb::Redis
