# The library page: its sources, added to eventsmith_ui.
target_sources(eventsmith_ui PRIVATE
    library/csvmappingeditor.h library/csvmappingeditor.cpp
    library/deleteeventscommand.h library/deleteeventscommand.cpp
    library/eventlistmodel.h library/eventlistmodel.cpp
    library/eventtableview.h library/eventtableview.cpp
    library/exportdialog.h library/exportdialog.cpp
    library/importdialog.h library/importdialog.cpp
    library/libraryexporter.h library/libraryexporter.cpp
    library/libraryfilterbar.h library/libraryfilterbar.cpp
    library/libraryimporter.h library/libraryimporter.cpp
    library/libraryoperations.h library/libraryoperations.cpp
    library/librarypage.h library/librarypage.cpp
    library/setlistmodel.h library/setlistmodel.cpp
    library/storecommand.h library/storecommand.cpp)
