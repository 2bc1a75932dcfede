// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/session/redisqtadapter.h"

#include <QSocketNotifier>

#include <async.h>

namespace Hb::Session {

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
    if (m_context)
        redisAsyncHandleWrite(m_context);
}

} // namespace Hb::Session
