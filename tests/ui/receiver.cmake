# Tests of the receiver page.
