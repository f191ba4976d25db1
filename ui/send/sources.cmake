# The send panel (inside the composer): its sources, added to eventsmith_ui.
target_sources(eventsmith_ui PRIVATE
    send/dialogfacade.h send/dialogfacade.cpp
    send/eventsaver.h send/eventsaver.cpp
    send/historypanel.h send/historypanel.cpp
    send/responsediff.h send/responsediff.cpp
    send/responseview.h send/responseview.cpp
    send/sendadvice.h send/sendadvice.cpp
    send/sendbar.h send/sendbar.cpp
    send/sendcontroller.h send/sendcontroller.cpp
    send/sendpanel.h send/sendpanel.cpp
    send/targetsdialog.h send/targetsdialog.cpp)
# The composer's template preview and dedup collisions live beside the composer.
target_sources(eventsmith_ui PRIVATE
    collisionfinder.h collisionfinder.cpp
    composerlayout.h composerlayout.cpp
    livechecker.h livechecker.cpp
    templatepreview.h templatepreview.cpp)
