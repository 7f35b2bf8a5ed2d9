"""Drag-and-drop formats shared by the palette and the canvas."""

__all__ = ["CHANNEL_MIME"]

#: Carries a channel id (UTF-8) from the palette to a stage lane.
CHANNEL_MIME = "application/x-omnimap-channel"
