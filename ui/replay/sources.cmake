# The replay page: its sources, added to eventsmith_ui.
target_sources(eventsmith_ui PRIVATE
    replay/replaypage.h replay/replaypage.cpp)
