"""The ``omnimap`` command line. Qt is never imported here."""
