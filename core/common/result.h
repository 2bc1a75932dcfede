// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Hb {

// Where an error happened: a phase of a request, or a place in a file the user wrote.
struct SourceLocation
{
    QString file;
    int line = 0;   // 1-based; 0 = unknown
    int column = 0; // 1-based; 0 = unknown
    QString phase;

    // "file:line:column" (parts that are unknown are left out).
    QString toString() const;
};

enum class ErrorCode {
    InvalidInput, // malformed JSON, wrong type, missing field
    NotFound,
    Io, // a file or socket could not be read or written
    Timeout,
    Unavailable, // a dependency (upstream, store, driver) is not reachable
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    SourceLocation where;

    // "file:line:column: message" when a location is known, else the message.
    QString toString() const;
};

// An expected-like result: a value or an Error. std::expected needs C++23, which g++ 12 lacks.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<0>(m_data); }
    const T &value() const { return std::get<0>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result<void> carries only success or an Error.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message, SourceLocation where = {})
{
    return Error{code, std::move(message), std::move(where)};
}

} // namespace Hb
