#include "core/receiver/faultinjector.h"

#include <algorithm>

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed)
{ }

void FaultInjector::reseed(quint32 seed)
{
    m_random.seed(seed);
}

FaultDecision FaultInjector::next(const FaultSettings &settings)
{
    const double kindDraw = m_random.generateDouble();
    const double delayDraw = m_random.generateDouble();
    FaultDecision decision;
    decision.fault = pick(settings, kindDraw);
    const int min = std::max(0, settings.latencyMinMs);
    const int max = std::max(min, settings.latencyMaxMs);
    decision.delayMs = std::min(max, min + int(delayDraw * (max - min + 1)));
    return decision;
}

ReceiverFault FaultInjector::pick(const FaultSettings &settings, double draw)
{
    // A rate of 1.0 must fault every request: draw is in [0, 1), so `draw < 1.0` always holds.
    double bound = std::clamp(settings.dropRate, 0.0, 1.0);
    if (draw < bound)
        return ReceiverFault::Dropped;
    bound += std::clamp(settings.serverErrorRate, 0.0, 1.0);
    if (draw < bound)
        return ReceiverFault::ServerError;
    bound += std::clamp(settings.rateLimitRate, 0.0, 1.0);
    if (draw < bound)
        return ReceiverFault::RateLimited;
    return ReceiverFault::None;
}
