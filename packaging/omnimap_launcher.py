"""Entry script of the frozen app: the same dispatch as the ``omnimap`` command.

Without arguments, or with a file name, it opens the app; with a command name
(``omnimap export FILE -o OUT.svg``) it runs the command line.
"""

import sys

from omnimap.launch import main

if __name__ == "__main__":
    sys.exit(main())
