# Tests of the send page.
