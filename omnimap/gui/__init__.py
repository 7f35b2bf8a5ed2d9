"""The PySide6 desktop app: a view and editor over the Qt-free model."""

from omnimap.gui._pyside_import_hook import speed_up_feature_check

# First thing, before the app's ~500 other modules are imported (see that module).
speed_up_feature_check()
