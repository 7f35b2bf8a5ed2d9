"""What a check reports: one :class:`Finding` per problem found on a map.

A finding carries a stable ``code`` (for filtering, tests and translations), a
readable sentence in the map's language (``workspace.language``, see
:mod:`omnimap.analysis.messages`) that names things by their names, and the ids
of what it is about, so that the app can highlight the channel row, the stage
column, the touchpoints and the arrows concerned.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["SEVERITIES", "Finding", "Severity", "severity_rank"]

Severity = Literal["error", "warning", "info"]

#: Every severity, the most serious first.
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


def severity_rank(severity: str) -> int:
    """0 for errors, 1 for warnings, 2 for infos: a sort key, most serious first.

    >>> sorted(["info", "error", "warning"], key=severity_rank)
    ['error', 'warning', 'info']
    """
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Finding:
    """One problem found on a map.

    Parameters
    ----------
    severity : {"error", "warning", "info"}
        ``error``: the map shows a real gap (``omnimap check`` exits 1);
        ``warning``: probably a problem; ``info``: worth a look.
    code : str
        Stable identifier of the kind of problem, e.g. ``"crm-gap"``.
    message : str
        One sentence naming the journey, channel, stage or touchpoint, in the
        workspace language (English when it has no message table).
    journey_id : str or None
        The journey concerned; None for a workspace-wide finding.
    channel_ids, stage_ids : tuple of str
        The channels (rows) and stages (columns) concerned.
    touchpoint_ids : tuple of str
        The touchpoints concerned, in the journey given by ``journey_id``.
    transitions : tuple of (str, str)
        The arrows concerned, as (source, target) touchpoint ids.

    Examples
    --------
    >>> f = Finding("error", "crm-gap", 'Anna: channel "Chatbot" has no CRM integration.',
    ...             journey_id="anna", channel_ids=("chatbot",), touchpoint_ids=("t5",))
    >>> f.to_dict()["touchpoint_ids"]
    ['t5']
    >>> Finding("fatal", "x", "x")
    Traceback (most recent call last):
    ...
    ValueError: severity must be one of error, warning, info, not 'fatal'
    """

    severity: Severity
    code: str
    message: str
    journey_id: str | None = None
    channel_ids: tuple[str, ...] = ()
    stage_ids: tuple[str, ...] = ()
    touchpoint_ids: tuple[str, ...] = ()
    transitions: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(
                f"severity must be one of {', '.join(SEVERITIES)}, not {self.severity!r}"
            )
        # Callers may pass lists; a frozen finding must hold tuples to stay hashable.
        for name in ("channel_ids", "stage_ids", "touchpoint_ids"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(
            self, "transitions", tuple((str(s), str(t)) for s, t in self.transitions)
        )

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; every key is always present (lists may be empty).

        >>> Finding("info", "dead-end", "m", "anna", transitions=(("t1", "t2"),)).to_dict()
        ... # doctest: +NORMALIZE_WHITESPACE
        {'severity': 'info', 'code': 'dead-end', 'message': 'm', 'journey_id': 'anna',
         'channel_ids': [], 'stage_ids': [], 'touchpoint_ids': [],
         'transitions': [['t1', 't2']]}
        """
        return {
            "severity": self.severity,
            "code": self.code,
            "message": self.message,
            "journey_id": self.journey_id,
            "channel_ids": list(self.channel_ids),
            "stage_ids": list(self.stage_ids),
            "touchpoint_ids": list(self.touchpoint_ids),
            "transitions": [[s, t] for s, t in self.transitions],
        }
