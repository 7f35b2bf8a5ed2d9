"""The words of the findings, in the map's language (Qt-free).

A finding's ``message`` is written in the workspace language
(``workspace.language``), the same way the export picks its few fixed words:
one table of message templates per language, English as the fallback. The
templates are :meth:`str.format` strings filled with the finding's values
(quoted channel, stage and touchpoint names, counts with their nouns).

Keys
----
Every code a check reports has a template under the code itself
(``"crm-gap"``); the pieces a message is built from have dotted keys under
the code (``"silo-handoff.connector"``) or a plain name for the shared ones
(``"more"``, ``"untitled"``). Every language has exactly the keys of English,
each with the same placeholders (``tests/test_checks_i18n.py`` holds them to it,
for every code in the registry).

Counts
------
:func:`count` writes a number with its noun in the right form: English has
two forms, Polish three (see :func:`plural_pl`). The Polish forms are the
nominative/accusative ones, so a Polish template puts a count where that case
is wanted ("ma to wpływ na 3 punkty styku", "chodzi o 5 przejść").

Examples
--------
>>> message("pl", "empty-stage", prefix="Anna: ", stage=quote("Decyzja", "pl"))
'Anna: etap „Decyzja” nie ma żadnego punktu styku'
>>> message("de", "empty-stage", prefix="", stage=quote("Decision", "de"))  # English fallback
'the "Decision" stage has no touchpoint'
>>> count(22, "channel", "pl"), count(1, "touchpoint", "en")
('22 kanały', '1 touchpoint')
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

__all__ = [
    "LANGUAGES",
    "count",
    "language_of",
    "message",
    "more",
    "noun",
    "plural_pl",
    "quote",
    "severity_name",
    "summary",
    "templates",
]

#: The languages with a full table; any other language falls back to English.
LANGUAGES: tuple[str, ...] = ("en", "pl")

_SPACES = re.compile(r"\s+")

# ------------------------------------------------------------------ templates
_TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        # shared pieces
        "more": "{shown} and {rest} more",
        "untitled": "untitled touchpoint {id}",
        # checks.py
        "crm-gap": "{prefix}channel {channel} has no CRM integration; affects {count}: {labels}",
        "crm-unknown": "{prefix}channel {channel} has not been audited for CRM integration; "
                       "affects {count}: {labels}",
        "silo-handoff": "{prefix}the customer's history is lost when moving from {source} "
                        "({how}) to {target} (no CRM) on {count}: {arrows}",
        "silo-handoff.connector": "via a connector",
        "silo-handoff.integrated": "integrated",
        "empty-stage": "{prefix}the {stage} stage has no touchpoint",
        "unreachable": "{prefix}{place} cannot be reached from any touchpoint of the first "
                       "stage in use, {first}",
        "no-path-to-purchase": "{prefix}no path leads from the {entry} stage to a purchase "
                               "in the {goal} stage: {why}",
        "no-path-to-purchase.no-start": "the {entry} stage has no touchpoint to start from",
        "no-path-to-purchase.no-goal": "the {goal} stage has no touchpoint",
        "no-path-to-purchase.no-chain": "no chain of transitions joins them",
        "dead-end": "{prefix}the journey stops at {place}: no transition leads on from it "
                    "before the {last} stage",
        "empty-journey": "{name}: the journey has no touchpoints yet, so it was not checked",
        "empty-journey.workspace": "the workspace has no journey yet",
        # pitfalls.py
        "too-many-channels-stage": "{prefix}the {stage} stage spreads over {count} ({names}); "
                                   "a first roll-out does better on at most {limit} per stage",
        "too-many-channels-journey": "{prefix}the journey spreads over {count} ({names}); "
                                     "a first roll-out does better on a few channels done "
                                     "well, at most {limit}",
        "no-mobile": "{prefix}no touchpoint is on a mobile channel (app, SMS, push, mobile web), "
                     "though most customers browse and buy on their phones",
        "stage-without-kpi": "the {stage} stage has no KPI, so nobody sees whether customers "
                             "drop out there",
        "channel-without-owner": "channel {channel} ({used}) has no owner in its audit, "
                                 "so nobody answers for it",
        "channel-without-owner.one": "used in {journeys}",
        "channel-without-owner.many": "used in {journeys}",
        "no-continuity": "{prefix}the customer never changes channel between the {first} and "
                         "{last} stages: {how}; nothing started in one channel carries over to "
                         "another (e.g. a cart filled online and picked up in the store)",
        "no-continuity.one": "every touchpoint there is on {channel}",
        "no-continuity.many": "{names} are used there, but no transition leads from one to "
                              "another",
        "pain-without-opportunity": "{prefix}the customer is very unhappy at {place} and no "
                                    "opportunity to improve it is written against it",
        "kpi-missed": "the {stage} stage misses its KPI {metric}: {actual} against a target "
                      "of {bound} {target}",
        "kpi-missed.at-least": "at least",
        "kpi-missed.at-most": "at most",
        # omnimap check (text report)
        "report.clean": "{path}: no problems found",
        "report.summary": "{path}: {counts}",
    },
    "pl": {
        "more": "{shown} i jeszcze {rest}",
        "untitled": "[bez nazwy, {id}]",
        "crm-gap": "{prefix}kanał {channel} nie ma integracji z CRM; ma to wpływ na {count}: "
                   "{labels}",
        "crm-unknown": "{prefix}nie sprawdzono jeszcze, czy kanał {channel} jest zintegrowany "
                       "z CRM; ma to wpływ na {count}: {labels}",
        "silo-handoff": "{prefix}historia klienta ginie przy przejściu z kanału {source} "
                        "({how}) do kanału {target} (bez CRM); chodzi o {count}: {arrows}",
        "silo-handoff.connector": "przez konektor",
        "silo-handoff.integrated": "zintegrowany",
        "empty-stage": "{prefix}etap {stage} nie ma żadnego punktu styku",
        "unreachable": "{prefix}do punktu styku {place} nie da się dotrzeć z żadnego punktu "
                       "styku etapu {first}, pierwszego etapu z punktami styku",
        "no-path-to-purchase": "{prefix}od etapu {entry} nie prowadzi żadna droga do zakupu "
                               "na etapie {goal}: {why}",
        "no-path-to-purchase.no-start": "etap {entry} nie ma punktu styku, od którego można "
                                        "zacząć",
        "no-path-to-purchase.no-goal": "etap {goal} nie ma żadnego punktu styku",
        "no-path-to-purchase.no-chain": "nie łączy ich żaden ciąg przejść",
        "dead-end": "{prefix}ścieżka urywa się w punkcie styku {place}, zanim dotrze do etapu "
                    "{last}: nie wychodzi z niego żadne przejście",
        "empty-journey": "{name}: ścieżka nie ma jeszcze punktów styku, więc nie została "
                         "sprawdzona",
        "empty-journey.workspace": "mapa nie ma jeszcze żadnej ścieżki",
        "too-many-channels-stage": "{prefix}etap {stage} obejmuje {count} ({names}); przy "
                                   "pierwszym wdrożeniu lepiej dopracować najwyżej {limit} "
                                   "na etap",
        "too-many-channels-journey": "{prefix}ścieżka obejmuje {count} ({names}); przy "
                                     "pierwszym wdrożeniu lepiej dobrze prowadzić kilka "
                                     "kanałów, najwyżej {limit}",
        "no-mobile": "{prefix}żaden punkt styku nie jest w kanale mobilnym (aplikacja, SMS, "
                     "push, strona mobilna), choć większość klientów przegląda i kupuje "
                     "na telefonie",
        "stage-without-kpi": "etap {stage} nie ma KPI, więc nikt nie widzi, czy klienci na nim "
                             "rezygnują",
        "channel-without-owner": "kanał {channel} ({used}) nie ma właściciela w audycie, "
                                 "więc nikt za niego nie odpowiada",
        "channel-without-owner.one": "używany na ścieżce {journeys}",
        "channel-without-owner.many": "używany na ścieżkach: {journeys}",
        "no-continuity": "{prefix}między etapami {first} i {last} klient ani razu nie zmienia "
                         "kanału: {how}; nic, co zaczął w jednym kanale, nie przechodzi do "
                         "innego (np. zamówienie złożone online i odebrane w sklepie)",
        "no-continuity.one": "wszystkie punkty styku są tam w kanale {channel}",
        "no-continuity.many": "są tam kanały {names}, ale żadne przejście nie prowadzi "
                              "z jednego z nich do innego",
        "pain-without-opportunity": "{prefix}klient jest bardzo niezadowolony w punkcie styku "
                                    "{place}, a nie zapisano przy nim żadnej szansy "
                                    "na poprawę",
        "kpi-missed": "etap {stage} nie osiąga celu KPI {metric}: {actual}, a cel to {bound} "
                      "{target}",
        "kpi-missed.at-least": "co najmniej",
        "kpi-missed.at-most": "co najwyżej",
        "report.clean": "{path}: nie znaleziono problemów",
        "report.summary": "{path}: {counts}",
    },
}

#: The nouns counted in messages: English (one, other), Polish (one, few, many).
_NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "touchpoint": ("touchpoint", "touchpoints"),
        "transition": ("transition", "transitions"),
        "channel": ("channel", "channels"),
        "error": ("error", "errors"),
        "warning": ("warning", "warnings"),
        "info": ("info", "info"),
    },
    "pl": {
        "touchpoint": ("punkt styku", "punkty styku", "punktów styku"),
        "transition": ("przejście", "przejścia", "przejść"),
        "channel": ("kanał", "kanały", "kanałów"),
        "error": ("błąd", "błędy", "błędów"),
        "warning": ("ostrzeżenie", "ostrzeżenia", "ostrzeżeń"),
        "info": ("uwaga", "uwagi", "uwag"),
    },
}

#: A finding's severity as the text report of ``omnimap check`` writes it.
_SEVERITY_NAMES: dict[str, dict[str, str]] = {
    "en": {"error": "error", "warning": "warning", "info": "info"},
    "pl": {"error": "błąd", "warning": "ostrzeżenie", "info": "uwaga"},
}

_QUOTES = {"en": ('"', '"'), "pl": ("„", "”")}


# ------------------------------------------------------------------- helpers
def language_of(language: str | None) -> str:
    """The table to use for ``language``: itself when it has one, else ``"en"``.

    >>> language_of("pl"), language_of("de"), language_of(None)
    ('pl', 'en', 'en')
    """
    return language if language in _TEMPLATES else "en"


def templates(language: str | None) -> Mapping[str, str]:
    """The message templates of ``language`` (English when it has none).

    >>> templates("pl")["empty-journey.workspace"]
    'mapa nie ma jeszcze żadnej ścieżki'
    """
    return _TEMPLATES[language_of(language)]


def message(language: str | None, key: str, **values: object) -> str:
    """The template ``key`` of ``language`` filled with ``values``.

    A key missing from the language's table is taken from English.

    >>> message("pl", "kpi-missed.at-least")
    'co najmniej'
    """
    table = templates(language)
    template = table.get(key)
    if template is None:
        template = _TEMPLATES["en"][key]
    return template.format(**values)


def plural_pl(n: int, one: str, few: str, many: str) -> str:
    """The Polish form of a noun counted ``n`` times (nominative / accusative).

    ``one`` for 1; ``few`` when the number ends in 2, 3 or 4 but not in 12, 13
    or 14; ``many`` for everything else (0, 5-21, 25-31, 111-114...). Negative
    counts take the form of their absolute value.

    >>> forms = ("punkt styku", "punkty styku", "punktów styku")
    >>> [f"{n} {plural_pl(n, *forms)}" for n in (1, 2, 4, 5)]
    ['1 punkt styku', '2 punkty styku', '4 punkty styku', '5 punktów styku']
    >>> [plural_pl(n, "kanał", "kanały", "kanałów") for n in (0, 11, 12, 14, 21, 22, 25)]
    ['kanałów', 'kanałów', 'kanałów', 'kanałów', 'kanałów', 'kanały', 'kanałów']
    >>> [plural_pl(n, "błąd", "błędy", "błędów") for n in (102, 112, 1001, 1024)]
    ['błędy', 'błędów', 'błędów', 'błędy']
    """
    n = abs(n)
    if n == 1:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def noun(n: int, word: str, language: str | None) -> str:
    """The form of the noun ``word`` (a key of the noun table) for ``n``, without the number.

    >>> noun(3, "error", "pl"), noun(3, "error", "en"), noun(0, "info", "en")
    ('błędy', 'errors', 'info')
    """
    forms = _NOUNS[language_of(language)][word]
    if len(forms) == 3:
        return plural_pl(n, *forms)
    return forms[0] if n == 1 else forms[1]


def count(n: int, word: str, language: str | None) -> str:
    """``n`` with its noun in the right form.

    >>> count(1, "transition", "en"), count(3, "transition", "en")
    ('1 transition', '3 transitions')
    >>> count(1, "transition", "pl"), count(3, "transition", "pl"), count(12, "transition", "pl")
    ('1 przejście', '3 przejścia', '12 przejść')
    """
    return f"{n} {noun(n, word, language)}"


def quote(text: str, language: str | None) -> str:
    """``text`` on one line in the quotation marks of ``language``.

    >>> quote("Strona\\n www", "pl"), quote("Website", "en")
    ('„Strona www”', '"Website"')
    """
    left, right = _QUOTES[language_of(language)]
    return f"{left}{_SPACES.sub(' ', text).strip()}{right}"


def more(
    items: Sequence[str],
    limit: int,
    language: str | None,
    sep: str = ", ",
    total: int | None = None,
) -> str:
    """Up to ``limit`` items joined by ``sep``, then "and N more" for the rest.

    ``total`` is how many there are in all, when ``items`` holds only the first
    ones (default: ``len(items)``).

    >>> more(["a", "b", "c"], 2, "en"), more(["a", "b", "c"], 2, "pl"), more(["a"], 2, "pl")
    ('a, b and 1 more', 'a, b i jeszcze 1', 'a')
    >>> more(["a", "b"], 2, "pl", total=9)
    'a, b i jeszcze 7'
    """
    shown = sep.join(items[:limit])
    rest = (len(items) if total is None else total) - limit
    return message(language, "more", shown=shown, rest=rest) if rest > 0 else shown


def severity_name(severity: str, language: str | None) -> str:
    """The severity as the text report writes it.

    >>> severity_name("warning", "pl"), severity_name("warning", "en")
    ('ostrzeżenie', 'warning')
    """
    return _SEVERITY_NAMES[language_of(language)][severity]


def summary(counts: Mapping[str, int], language: str | None) -> str:
    """The counts per severity as the report's last line lists them.

    >>> summary({"error": 1, "warning": 0, "info": 0}, "en")
    '1 error, 0 warnings, 0 info'
    >>> summary({"error": 2, "warning": 1, "info": 5}, "pl")
    '2 błędy, 1 ostrzeżenie, 5 uwag'
    """
    return ", ".join(count(n, severity, language) for severity, n in counts.items())
