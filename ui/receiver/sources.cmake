# The receiver page: its sources, added to eventsmith_ui.
target_sources(eventsmith_ui PRIVATE
    receiver/receiverpage.h receiver/receiverpage.cpp)
