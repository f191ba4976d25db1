# Tests of the receiver page.
eventsmith_add_test(tst_receiverpage ui GUI SOURCES tst_receiverpage.cpp
    LIBS eventsmith_ui Qt6::Network)
eventsmith_add_test(tst_receiverpage_actions ui GUI SOURCES tst_receiverpage_actions.cpp
    LIBS eventsmith_ui Qt6::Network)
eventsmith_add_test(tst_receiverpage_model ui GUI SOURCES tst_receiverpage_model.cpp
    LIBS eventsmith_ui)
