"""The ``.omnimap`` file format (Qt-free): versioned UTF-8 JSON, one workspace per file.

>>> from omnimap.model.sample import sample_workspace
>>> data = dumps_workspace(sample_workspace())
>>> loads_workspace(data).journeys[0].name
'Anna'
>>> CURRENT_VERSION, FORMAT_NAME
(2, 'omnimap')
"""

from omnimap.io.codec import MAX_FILE_BYTES, dumps_workspace, loads_workspace
from omnimap.io.errors import FileError
from omnimap.io.files import load_workspace, save_workspace
from omnimap.io.schema import CURRENT_VERSION, FORMAT_NAME

__all__ = [
    "CURRENT_VERSION",
    "FORMAT_NAME",
    "MAX_FILE_BYTES",
    "FileError",
    "dumps_workspace",
    "load_workspace",
    "loads_workspace",
    "save_workspace",
]
