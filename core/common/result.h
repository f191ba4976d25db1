#pragma once

#include <QString>

#include <optional>
#include <utility>

// An error from data or the environment: a stable code (kebab-case, listed in the subsystem's
// *errors.h header) and a message a person can act on.
struct Error
{
    QString code;
    QString message;
};

// A value or an Error; failures that come from input are returned, never thrown.
// Result<> (that is, Result<void>) is "done or an Error": `return {};` reports success,
// `return Error {...};` a failure. Every Result is true on success, so `if (!r)` handles the
// failure whatever T is.
template<typename T = void>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    T takeValue() { return std::move(*m_value); }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    { }

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

// Evaluates `expr` (any Result) and, when it failed, returns its Error from the enclosing
// function, which must itself return a Result of some kind:
//     ES_TRY(transaction.begin());
// replaces `if (auto r = transaction.begin(); !r) return r.error();`.
#define ES_TRY(expr)                                                                               \
    do {                                                                                           \
        if (auto es_try_result_ = (expr); !es_try_result_)                                         \
            return es_try_result_.error();                                                         \
    } while (false)
