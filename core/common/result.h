#pragma once

#include <QString>

#include <optional>
#include <utility>

// An error from data or the environment: a stable code and a message a person can act on.
struct Error
{
    QString code;
    QString message;
};

// A value or an Error; failures that come from input are returned, never thrown.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

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
