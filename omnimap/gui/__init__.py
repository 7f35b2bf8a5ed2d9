"""The PySide6 desktop app: a view and editor over the Qt-free model."""
