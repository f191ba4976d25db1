#include "tests/bench/corpusgenerator.h"

#include "core/schema/schemaset.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QStringList>

namespace {

const QStringList &vocabulary()
{
    // Some non-ASCII words so that code point counting (dedup first100) is exercised.
    static const QStringList words
        = {QStringLiteral("onboarding"), QStringLiteral("pipeline"), QStringLiteral("the"),
            QStringLiteral("renewal"), QStringLiteral("pricing"), QStringLiteral("team"),
            QStringLiteral("quarter"), QStringLiteral("we"), QStringLiteral("integration"),
            QStringLiteral("café"), QStringLiteral("Zürich"), QStringLiteral("naïve"),
            QStringLiteral("déjà"), QStringLiteral("東京"), QStringLiteral("😀"),
            QStringLiteral("support"), QStringLiteral("and"), QStringLiteral("timeline"),
            QStringLiteral("security"), QStringLiteral("review"), QStringLiteral("next"),
            QStringLiteral("week"), QStringLiteral("demo"), QStringLiteral("pilot")};
    return words;
}

const QStringList &people()
{
    static const QStringList names = {QStringLiteral("maria.lopez"), QStringLiteral("daniel.kim"),
        QStringLiteral("priya.nair"), QStringLiteral("sam.patel"), QStringLiteral("lena.fischer"),
        QStringLiteral("jo.muller"), QStringLiteral("ana.souza"), QStringLiteral("li.wei")};
    return names;
}

} // namespace

CorpusGenerator::CorpusGenerator(const SchemaSet &schemas, quint32 seed)
    : m_schemas(schemas)
    , m_state(seed ? seed : 1u)
{ }

qint64 CorpusGenerator::write(QIODevice *out, int count)
{
    qint64 bytes = 0;
    for (int i = 0; i < count; ++i) {
        const int pick = between(0, 99);
        QString family;
        QJsonObject payload;
        if (pick < 50) {
            family = QStringLiteral("emails");
            payload = email(i);
        } else if (pick < 62) {
            family = QStringLiteral("calls");
            payload = call(i);
        } else if (pick < 80) {
            family = QStringLiteral("crm");
            payload = crm(i);
        } else {
            family = QStringLiteral("social");
            payload = social(i);
        }
        if (between(0, 9) == 0)
            injectFault(family, payload);
        const QJsonObject line {
            {QStringLiteral("family"), family}, {QStringLiteral("payload"), payload}};
        const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        out->write(text);
        bytes += text.size();
    }
    return bytes;
}

QJsonObject CorpusGenerator::email(int i)
{
    QJsonObject p = example(QStringLiteral("emails"));
    p[QStringLiteral("eventTimestamp")] = timestamp(i);
    p[QStringLiteral("subject")] = QStringLiteral("Re: %1 #%2").arg(words(30)).arg(i % 997);
    // Mostly short messages, some long threads.
    const int size = between(0, 9) < 7 ? between(80, 600) : between(600, 4000);
    QJsonObject body;
    if (between(0, 4) == 0)
        body[QStringLiteral("html")] = QStringLiteral("<p>%1</p>").arg(words(size));
    else
        body[QStringLiteral("text")] = words(size);
    p[QStringLiteral("body")] = body;
    p[QStringLiteral("from")] = recipients(1).first();
    p[QStringLiteral("to")] = recipients(between(1, 3));
    if (between(0, 3) == 0)
        p[QStringLiteral("cc")] = recipients(between(1, 2));
    if (between(0, 2) == 0)
        p[QStringLiteral("eventId")] = QStringLiteral("msg-%1").arg(i);
    else
        p.remove(QStringLiteral("eventId"));
    return p;
}

QJsonObject CorpusGenerator::call(int i)
{
    QJsonObject p = example(QStringLiteral("calls"));
    p[QStringLiteral("eventTimestamp")] = timestamp(i);
    p[QStringLiteral("title")] = QStringLiteral("Call %1: %2").arg(i % 4999).arg(words(25));
    const int size = between(0, 3) == 0 ? between(8000, 20000) : between(1000, 8000);
    if (between(0, 4) == 0)
        p[QStringLiteral("transcript")] = words(size);
    else
        p[QStringLiteral("transcript")] = transcript(size);
    QJsonArray participants {QStringLiteral("%1@example.com").arg(people()[i % 8])};
    for (const QJsonValue &r : recipients(between(1, 3)))
        participants.append(r);
    p[QStringLiteral("participants")] = participants;
    p[QStringLiteral("duration")] = between(30, 3600);
    if (between(0, 1) == 0)
        p.remove(QStringLiteral("eventId"));
    else
        p[QStringLiteral("eventId")] = QStringLiteral("call-%1").arg(i);
    return p;
}

QJsonObject CorpusGenerator::crm(int i)
{
    QJsonObject p = example(QStringLiteral("crm"));
    p[QStringLiteral("eventTimestamp")] = timestamp(i);
    p[QStringLiteral("opportunityId")]
        = QStringLiteral("006Hs%1").arg(between(0, 99999), 8, 10, QLatin1Char('0'));
    p[QStringLiteral("opportunityName")] = words(40);
    p[QStringLiteral("amount")] = between(0, 500000) / 4.0;
    p[QStringLiteral("contactEmail")]
        = recipients(1).first().toObject().value(QStringLiteral("email"));
    p[QStringLiteral("closeDate")] = QStringLiteral("2024-%1-%2")
                                         .arg(between(1, 12), 2, 10, QLatin1Char('0'))
                                         .arg(between(1, 28), 2, 10, QLatin1Char('0'));
    return p;
}

QJsonObject CorpusGenerator::social(int i)
{
    QJsonObject p = example(QStringLiteral("social"));
    p[QStringLiteral("eventTimestamp")] = timestamp(i);
    p[QStringLiteral("body")] = QJsonObject {{QStringLiteral("text"), words(between(60, 1200))}};
    p[QStringLiteral("from")] = recipients(1).first();
    p[QStringLiteral("to")] = recipients(1);
    if (between(0, 3) == 0)
        p[QStringLiteral("eventId")] = QStringLiteral("li-%1").arg(i);
    else
        p.remove(QStringLiteral("eventId"));
    return p;
}

void CorpusGenerator::injectFault(const QString &family, QJsonObject &payload)
{
    ++m_faults;
    const QStringList required = m_schemas.schema(family)->requiredFields();
    switch (between(0, 4)) {
    case 0:
        payload.remove(required[between(0, int(required.size()) - 1)]);
        break;
    case 1:
        payload[QStringLiteral("eventType")] = QStringLiteral("not_a_sub_type");
        break;
    case 2:
        payload[QStringLiteral("eventTimestamp")] = QStringLiteral("2024-02-30T10:00:00Z");
        break;
    case 3:
        payload[required.last()] = 42;
        break;
    default:
        payload[required[2]] = QJsonValue(QJsonValue::Null);
        break;
    }
}

QJsonObject CorpusGenerator::example(const QString &family)
{
    const auto &examples = m_schemas.schema(family)->examples();
    const QByteArray &text = examples[between(0, int(examples.size()) - 1)];
    return QJsonDocument::fromJson(text).object();
}

QString CorpusGenerator::timestamp(int i)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(1706956200 + qint64(i) * 37, Qt::UTC);
    switch (between(0, 9)) {
    case 0:
        return t.toOffsetFromUtc(3600).toString(Qt::ISODate);
    case 1:
        return t.toOffsetFromUtc(-5 * 3600 - 1800).toString(Qt::ISODate);
    case 2:
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("456Z");
    default:
        return t.toString(Qt::ISODate);
    }
}

QString CorpusGenerator::words(int approxChars)
{
    const QStringList &pool = vocabulary();
    QString text;
    text.reserve(approxChars + 16);
    while (text.size() < approxChars) {
        if (!text.isEmpty())
            text += between(0, 11) == 0 ? QStringLiteral(".\n") : QStringLiteral(" ");
        text += pool[between(0, int(pool.size()) - 1)];
    }
    return text;
}

QString CorpusGenerator::address()
{
    const QString &person = people()[between(0, int(people().size()) - 1)];
    return QStringLiteral("%1%2@%3.example.com")
        .arg(person,
            between(0, 2) == 0 ? QStringLiteral(".") + QString::number(between(1, 99)) : QString(),
            between(0, 1) ? QStringLiteral("acme") : QStringLiteral("globex"));
}

QJsonArray CorpusGenerator::recipients(int count)
{
    QJsonArray list;
    for (int i = 0; i < count; ++i) {
        const QString email = address();
        list.append(QJsonObject {{QStringLiteral("email"), email},
            {QStringLiteral("name"), email.section(QLatin1Char('@'), 0, 0)}});
    }
    return list;
}

QJsonArray CorpusGenerator::transcript(int approxChars)
{
    QJsonArray turns;
    double start = 0;
    for (int written = 0; written < approxChars;) {
        const QString text = words(between(40, 400));
        const double end = start + text.size() / 15.0;
        turns.append(QJsonObject {{QStringLiteral("speaker"), people()[turns.size() % 2]},
            {QStringLiteral("text"), text}, {QStringLiteral("start"), start},
            {QStringLiteral("end"), end}});
        written += int(text.size()) + 60;
        start = end;
    }
    return turns;
}

quint32 CorpusGenerator::next()
{
    // xorshift32: the same sequence on every platform and library version.
    m_state ^= m_state << 13;
    m_state ^= m_state >> 17;
    m_state ^= m_state << 5;
    return m_state;
}

int CorpusGenerator::between(int low, int high)
{
    return low + int(next() % quint32(high - low + 1));
}
