# Tests of the receiver page.
eventsmith_add_test(tst_receiverpage ui GUI SOURCES tst_receiverpage.cpp
    LIBS eventsmith_ui Qt6::Network)
