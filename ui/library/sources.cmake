# The library page: its sources, added to eventsmith_ui.
target_sources(eventsmith_ui PRIVATE
    library/librarypage.h library/librarypage.cpp)
