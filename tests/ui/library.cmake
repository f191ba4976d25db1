# Tests of the library page.
eventsmith_add_test(tst_librarymodels ui GUI SOURCES tst_librarymodels.cpp LIBS eventsmith_ui)
eventsmith_add_test(tst_librarypage ui GUI SOURCES tst_librarypage.cpp LIBS eventsmith_ui)
eventsmith_add_test(tst_libraryio ui GUI SOURCES tst_libraryio.cpp LIBS eventsmith_ui)
