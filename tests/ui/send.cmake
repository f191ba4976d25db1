# Tests of the send page.
eventsmith_add_test(tst_send ui GUI SOURCES tst_send.cpp LIBS eventsmith_ui)
