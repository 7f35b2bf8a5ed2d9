"""Qt-free analysis of a map: the automatic checks (and attribution).

Importing the package registers every check: the built-in ones of
:mod:`omnimap.analysis.checks` and the pitfall checks of
:mod:`omnimap.analysis.pitfalls`.

>>> from omnimap.model.sample import sample_workspace
>>> sorted({f.code for f in check(sample_workspace())})
['channel-without-owner', 'crm-gap', 'silo-handoff']
"""

from omnimap.analysis import pitfalls  # registers the pitfall checks
from omnimap.analysis.checks import CHECKS, check, known_codes, register
from omnimap.analysis.findings import SEVERITIES, Finding, Severity

__all__ = [
    "CHECKS",
    "SEVERITIES",
    "Finding",
    "Severity",
    "check",
    "known_codes",
    "pitfalls",
    "register",
]
