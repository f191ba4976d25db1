# Tests of the replay page.
eventsmith_add_test(tst_replaypage ui GUI SOURCES tst_replaypage.cpp LIBS eventsmith_ui)
eventsmith_add_test(tst_replaypagemodel ui GUI SOURCES tst_replaypagemodel.cpp LIBS eventsmith_ui)
