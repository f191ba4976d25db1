# The replay page: its sources, added to eventsmith_ui.
target_sources(eventsmith_ui PRIVATE
    replay/replaycharts.h replay/replaycharts.cpp
    replay/replayoptionsform.h replay/replayoptionsform.cpp
    replay/replaypage.h replay/replaypage.cpp
    replay/replayprogresstext.h replay/replayprogresstext.cpp
    replay/replayrunner.h replay/replayrunner.cpp
    replay/resultdetails.h replay/resultdetails.cpp
    replay/resultrow.h replay/resultrow.cpp
    replay/resultsmodel.h replay/resultsmodel.cpp
    replay/runhistorypanel.h replay/runhistorypanel.cpp
    replay/runsourcepicker.h replay/runsourcepicker.cpp
    replay/setevents.h replay/setevents.cpp
    replay/statuscolors.h replay/statuscolors.cpp)
