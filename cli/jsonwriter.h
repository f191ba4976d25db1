#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

// A small streaming JSON writer for machine output: fast, no intermediate document.
class JsonWriter final
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    { }

    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(const char *name);
    JsonWriter &value(const QString &text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(static_cast<qint64>(number)); }
    JsonWriter &value(bool flag);
    JsonWriter &null();

    static void appendEscaped(QByteArray &out, const QString &text);

private:
    void separate();

    QByteArray &m_out;
    QVector<bool> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
};
