"""PyInstaller runtime hook: let the frozen app find the bundled graphviz-pure.

The specs put the ``graphviz-pure`` executable in ``<bundle>/_internal/bin``
(``Contents/Frameworks/bin`` in the macOS app). ``omnimap.export.engine`` looks
for it beside ``sys.executable`` and then on ``PATH``; beside the executable
is the venv layout, so the bundle answers through ``PATH``. The folder goes
first so that the version pinned by omnimap wins over another copy on the
user's ``PATH``; a system Graphviz ``dot`` is unaffected (the engine module
prefers it in ``auto`` mode by design).
"""

import os
import sys

_bin = os.path.join(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable)), "bin")
if os.path.isdir(_bin):
    os.environ["PATH"] = _bin + os.pathsep + os.environ.get("PATH", "")
del _bin
