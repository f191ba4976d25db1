# The send panel (inside the composer): its sources, added to eventsmith_ui.
target_sources(eventsmith_ui PRIVATE)
