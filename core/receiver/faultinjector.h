#pragma once

#include "core/receiver/receivedrequest.h"
#include "core/receiver/receiversettings.h"

#include <QRandomGenerator>

// What happens to one request: its fault (if any) and the delay before it is answered.
struct FaultDecision
{
    ReceiverFault fault = ReceiverFault::None;
    int delayMs = 0;
};

// Draws the injected faults from a seeded generator so that the same seed and the same request
// order give the same fault sequence. Every request consumes exactly two draws, whatever the
// settings, so the kind sequence does not depend on the latency range.
class FaultInjector final
{
public:
    explicit FaultInjector(quint32 seed = 1);

    void reseed(quint32 seed);
    FaultDecision next(const FaultSettings &settings);

private:
    static ReceiverFault pick(const FaultSettings &settings, double draw);

    QRandomGenerator m_random;
};
