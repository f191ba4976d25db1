# The receiver page: its sources, added to eventsmith_ui.
target_sources(eventsmith_ui PRIVATE
    receiver/endpointpanel.h receiver/endpointpanel.cpp
    receiver/inboxmodel.h receiver/inboxmodel.cpp
    receiver/receivedeventsaver.h receiver/receivedeventsaver.cpp
    receiver/receivercontrols.h receiver/receivercontrols.cpp
    receiver/receivercountsview.h receiver/receivercountsview.cpp
    receiver/receiverpage.h receiver/receiverpage.cpp
    receiver/requestformatter.h receiver/requestformatter.cpp)
