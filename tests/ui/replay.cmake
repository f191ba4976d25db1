# Tests of the replay page.
eventsmith_add_test(tst_replaypage ui GUI SOURCES tst_replaypage.cpp LIBS eventsmith_ui)
