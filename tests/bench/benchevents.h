#pragma once

// Deterministic stored events for the store benchmarks: all families and sub-types, payloads from
// a few words up to long transcripts, non-ASCII text, a marker word in 1% of the events.
#include "core/storage/storedevent.h"

#include <QDateTime>
#include <QStringList>

#include <cmath>
#include <random>

namespace BenchEvents {

inline const QString MarkerWord = QStringLiteral("zanzibar"); // in 1% of the events

inline const QStringList words = QStringLiteral(
    "the a to of and in for on with we our your you this that it is be are as at from by "
    "pricing demo team quarter pipeline renewal contract budget meeting proposal follow up "
    "next steps integration onboarding customer account revenue forecast roadmap feature "
    "launch campaign webinar trial discount security review legal approval timeline "
    "stakeholder champion decision process procurement invoice usage seats expansion churn "
    "support ticket feedback survey analytics dashboard report export import sync crm data "
    "quality enrichment lead prospect outreach sequence reply bounce open click schedule "
    "call agenda notes summary action items owner deadline priority risk blocker question "
    "answer thanks regards hello hi great sounds good perfect let me know happy to help "
    "café résumé naïve déjà")
                                     .split(QLatin1Char(' '));
inline const QStringList firstNames {QStringLiteral("Ann"), QStringLiteral("Bob"),
    QStringLiteral("Chloé"), QStringLiteral("Dmitri"), QStringLiteral("Eve"),
    QStringLiteral("Farah"), QStringLiteral("Gus"), QStringLiteral("Hiro"), QStringLiteral("Inès"),
    QStringLiteral("Jamal"), QStringLiteral("Kai"), QStringLiteral("Lena"), QStringLiteral("Marta"),
    QStringLiteral("Noah"), QStringLiteral("Olu"), QStringLiteral("Priya")};
inline const QStringList lastNames {QStringLiteral("Smith"), QStringLiteral("Okafor"),
    QStringLiteral("Müller"), QStringLiteral("Tanaka"), QStringLiteral("Garcia"),
    QStringLiteral("Rossi"), QStringLiteral("Dubois"), QStringLiteral("Nowak"),
    QStringLiteral("Kim"), QStringLiteral("Silva"), QStringLiteral("Khan"), QStringLiteral("Berg")};
inline const QStringList companies {QStringLiteral("acme"), QStringLiteral("globex"),
    QStringLiteral("initech"), QStringLiteral("umbrella"), QStringLiteral("hooli"),
    QStringLiteral("stark"), QStringLiteral("wayne"), QStringLiteral("soylent"),
    QStringLiteral("tyrell"), QStringLiteral("cyberdyne")};
inline const QStringList emailTypes {QStringLiteral("sent"), QStringLiteral("reply"),
    QStringLiteral("opened"), QStringLiteral("clicked"), QStringLiteral("bounced"),
    QStringLiteral("unsubscribed")};
inline const QStringList callTypes {QStringLiteral("transcript"), QStringLiteral("scheduled"),
    QStringLiteral("completed"), QStringLiteral("missed")};
inline const QStringList crmTypes {QStringLiteral("opportunity_created"),
    QStringLiteral("deal_won"), QStringLiteral("deal_lost"), QStringLiteral("meeting_booked")};
inline const QStringList socialTypes {QStringLiteral("connection_sent"),
    QStringLiteral("connection_accepted"), QStringLiteral("message_sent"),
    QStringLiteral("message_received")};

// Builds event i from a generator seeded with i, so both runs see identical rows.
class EventFactory
{
public:
    StoredEvent make(qint64 i)
    {
        m_rng.seed(quint64(i) * 0x9E3779B97F4A7C15ull + 12345);
        m_marker = i % 100 == 37;
        StoredEvent e;
        const int roll = pick(10);
        e.family = roll < 4 ? QStringLiteral("emails")
            : roll < 6      ? QStringLiteral("calls")
            : roll < 8      ? QStringLiteral("crm")
                            : QStringLiteral("social");
        const QString person = pickOf(firstNames) + QLatin1Char(' ') + pickOf(lastNames);
        const QString stamp = QStringLiteral("2024-%1-%2T%3:%4:00Z")
                                  .arg(1 + pick(12), 2, 10, QLatin1Char('0'))
                                  .arg(1 + pick(28), 2, 10, QLatin1Char('0'))
                                  .arg(pick(24), 2, 10, QLatin1Char('0'))
                                  .arg(pick(60), 2, 10, QLatin1Char('0'));
        if (e.family == QLatin1String("emails"))
            e.payload = email(e.subType = pickOf(emailTypes), stamp, person);
        else if (e.family == QLatin1String("calls"))
            e.payload = call(e.subType = pickOf(callTypes), stamp, person);
        else if (e.family == QLatin1String("crm"))
            e.payload = crm(e.subType = pickOf(crmTypes), stamp, person);
        else
            e.payload = social(e.subType = pickOf(socialTypes), stamp, person);
        e.name = QStringLiteral("%1 %2 – %3 #%4").arg(e.family, e.subType, person).arg(i);
        if (pick(10) > 0)
            e.dedupId = QString::number(m_rng(), 16) + QString::number(m_rng(), 16);
        e.validity = pick(10) == 0 ? EventValidity::Invalid : EventValidity::Valid;
        e.createdAt = QDateTime::fromMSecsSinceEpoch(1706956200000 + i * 1000, Qt::UTC);
        e.updatedAt = e.createdAt;
        return e;
    }

private:
    int pick(int n) { return int(m_rng() % quint64(n)); }
    const QString &pickOf(const QStringList &list) { return list.at(pick(list.size())); }
    // Between `low` and `high` words, spread evenly on a log scale (mostly short texts).
    QString text(int low, int high)
    {
        std::uniform_real_distribution<double> u(std::log(low), std::log(high));
        const int n = int(std::exp(u(m_rng)));
        QString out;
        for (int w = 0; w < n; ++w)
            out += (w ? QStringLiteral(" ") : QString()) + pickOf(words);
        if (m_marker) {
            out += QLatin1Char(' ') + MarkerWord;
            m_marker = false;
        }
        return out;
    }
    QString address(const QString &person)
    {
        return QStringLiteral("{\"email\":\"%1@%2.com\",\"name\":\"%3\"}")
            .arg(person.section(QLatin1Char(' '), 0, 0).toLower(), pickOf(companies), person);
    }
    QString email(const QString &type, const QString &stamp, const QString &person)
    {
        return QStringLiteral("{\"eventTimestamp\":\"%1\",\"eventType\":\"%2\",\"subject\":\"%3\","
                              "\"body\":{\"text\":\"%4\"},\"from\":%5,\"to\":[%6],"
                              "\"conversationId\":\"conv-%7\"}")
            .arg(stamp, type, text(3, 9), text(25, 650), address(person),
                address(pickOf(firstNames) + QStringLiteral(" ") + pickOf(lastNames)))
            .arg(m_rng() % 1000000);
    }
    QString call(const QString &type, const QString &stamp, const QString &person)
    {
        QStringList entries;
        const int n = 2 + pick(14);
        for (int k = 0; k < n; ++k)
            entries << QStringLiteral("{\"speaker\":\"%1\",\"text\":\"%2\"}")
                           .arg(k % 2 ? person : QStringLiteral("Rep"), text(4, 40));
        return QStringLiteral("{\"eventTimestamp\":\"%1\",\"eventType\":\"%2\",\"title\":\"%3\","
                              "\"transcript\":[%4],\"participants\":[%5],\"duration\":%6}")
            .arg(stamp, type, text(2, 6), entries.join(QLatin1Char(',')), address(person))
            .arg(60 + pick(3600));
    }
    QString crm(const QString &type, const QString &stamp, const QString &person)
    {
        return QStringLiteral("{\"eventTimestamp\":\"%1\",\"eventType\":\"%2\","
                              "\"opportunityId\":\"opp-%3\",\"opportunityName\":\"%4\","
                              "\"amount\":%5,\"stage\":\"%6\",\"accountName\":\"%7\","
                              "\"contactName\":\"%8\"}")
            .arg(stamp, type)
            .arg(m_rng() % 10000000)
            .arg(text(2, 5))
            .arg(1000 + pick(200000))
            .arg(text(1, 3), pickOf(companies), person);
    }
    QString social(const QString &type, const QString &stamp, const QString &person)
    {
        return QStringLiteral("{\"eventTimestamp\":\"%1\",\"eventType\":\"%2\",\"body\":"
                              "{\"text\":\"%3\"},\"from\":%4,\"to\":[%5]}")
            .arg(stamp, type, text(8, 150), address(person),
                address(pickOf(firstNames) + QLatin1Char(' ') + pickOf(lastNames)));
    }

    std::mt19937_64 m_rng;
    bool m_marker = false;
};

} // namespace BenchEvents
