"""The Qt-free model of omnimap: workspace, journeys and their values."""

from omnimap.model.defaults import LANGUAGES, default_channels, default_stages
from omnimap.model.errors import ModelError
from omnimap.model.journey import Journey
from omnimap.model.values import (
    Channel,
    ChannelAudit,
    Kpi,
    Persona,
    Stage,
    Touchpoint,
    Transition,
)
from omnimap.model.workspace import Workspace

__all__ = [
    "LANGUAGES",
    "Channel",
    "ChannelAudit",
    "Journey",
    "Kpi",
    "ModelError",
    "Persona",
    "Stage",
    "Touchpoint",
    "Transition",
    "Workspace",
    "default_channels",
    "default_stages",
]
