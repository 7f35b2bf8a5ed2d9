"""The built-in stage set and channel catalogue, in English and Polish."""

from __future__ import annotations

from typing import Literal

from omnimap.model.values import Channel, ChannelGroup, Kpi, Stage

__all__ = ["LANGUAGES", "default_channels", "default_stages"]

Language = Literal["en", "pl"]
LANGUAGES: tuple[Language, ...] = ("en", "pl")

# id, English, Polish, English goal, Polish goal,
# KPI metrics (English metric, Polish metric, unit, higher is better)
_STAGES: tuple[tuple[str, str, str, str, str, tuple[tuple[str, str, str, bool], ...]], ...] = (
    (
        "awareness", "Awareness", "Świadomość",
        "The customer learns the product exists.",
        "Klient dowiaduje się, że produkt istnieje.",
        (("Reach", "Zasięg", "people", True), ("Impressions", "Wyświetlenia", "", True),
         ("Brand mentions", "Wzmianki o marce", "", True)),
    ),
    (
        "interest", "Interest", "Zainteresowanie",
        "The customer browses content and reads reviews.",
        "Klient przegląda treści i czyta opinie.",
        (("CTR", "CTR", "%", True), ("Engagement rate", "Wskaźnik zaangażowania", "%", True),
         ("Time on page", "Czas na stronie", "s", True)),
    ),
    (
        "consideration", "Consideration", "Rozważanie",
        "The customer compares options.",
        "Klient porównuje możliwości.",
        (("Add-to-cart rate", "Dodania do koszyka", "%", True),
         ("Email open rate", "Otwarcia e-maili", "%", True)),
    ),
    (
        "decision", "Decision", "Decyzja",
        "The customer buys.",
        "Klient kupuje.",
        (("Conversion rate", "Współczynnik konwersji", "%", True),
         ("Average order value", "Średnia wartość zamówienia", "PLN", True),
         ("Cart abandonment", "Porzucone koszyki", "%", False)),
    ),
    (
        "action", "Action", "Działanie",
        "The customer receives and uses the product.",
        "Klient odbiera produkt i z niego korzysta.",
        (("On-time delivery", "Dostawy na czas", "%", True),
         ("Tickets resolved", "Rozwiązane zgłoszenia", "%", True)),
    ),
    (
        "loyalty", "Loyalty", "Lojalność",
        "The customer comes back and recommends.",
        "Klient wraca i poleca markę.",
        (("Repeat purchase rate", "Ponowne zakupy", "%", True), ("NPS", "NPS", "", True),
         ("Churn", "Odejścia klientów", "%", False)),
    ),
)

# id, group, English, Polish, icon key, colour, counts as mobile
_CHANNELS: tuple[tuple[str, ChannelGroup, str, str, str, str, bool], ...] = (
    ("website", "online", "Website", "Strona www", "globe", "#1e88e5", False),
    ("mobile_app", "online", "Mobile app", "Aplikacja mobilna", "phone", "#3949ab", True),
    ("instagram", "online", "Instagram", "Instagram", "camera", "#c2185b", False),
    ("facebook", "online", "Facebook", "Facebook", "people", "#1565c0", False),
    ("tiktok", "online", "TikTok", "TikTok", "note", "#212121", False),
    ("linkedin", "online", "LinkedIn", "LinkedIn", "briefcase", "#0a66c2", False),
    ("email", "online", "Email", "E-mail", "envelope", "#00897b", False),
    ("sms", "online", "SMS", "SMS", "sms", "#7cb342", True),
    ("chatbot", "online", "Chatbot", "Chatbot", "robot", "#8e24aa", False),
    ("messenger", "online", "Messenger / WhatsApp", "Messenger / WhatsApp", "bubble", "#0288d1",
     True),
    ("push", "online", "Push notifications", "Powiadomienia push", "bell", "#f4511e", True),
    ("google_ads", "online", "Google Ads", "Google Ads", "target", "#fbc02d", False),
    ("store", "offline", "Physical store", "Sklep stacjonarny", "store", "#6d4c41", False),
    ("call_centre", "offline", "Call centre", "Infolinia", "headset", "#546e7a", False),
    ("events", "offline", "Events", "Wydarzenia", "flag", "#d81b60", False),
    ("print", "offline", "Printed materials", "Materiały drukowane", "page", "#795548", False),
    ("youtube", "hybrid", "YouTube video", "Wideo na YouTube", "play", "#e53935", False),
    ("webinar", "hybrid", "Webinars", "Webinary", "screen", "#5e35b1", False),
    ("live_shopping", "hybrid", "Live shopping", "Live shopping", "live", "#ff7043", False),
)


def default_stages(lang: Language = "en") -> list[Stage]:
    """The six stages of the journey, named in ``lang``.

    >>> [s.id for s in default_stages()]
    ['awareness', 'interest', 'consideration', 'decision', 'action', 'loyalty']
    >>> default_stages("pl")[0].name
    'Świadomość'
    >>> [k.metric for k in default_stages("pl")[3].kpis]
    ['Współczynnik konwersji', 'Średnia wartość zamówienia', 'Porzucone koszyki']
    """
    stages = []
    for sid, en, pl, goal_en, goal_pl, kpis in _STAGES:
        stages.append(
            Stage(
                id=sid,
                name=pl if lang == "pl" else en,
                translations={"en": en, "pl": pl},
                goal=goal_pl if lang == "pl" else goal_en,
                kpis=[Kpi(metric=pl_metric if lang == "pl" else en_metric,
                          unit="osoby" if lang == "pl" and u == "people" else u,
                          higher_is_better=h)
                      for en_metric, pl_metric, u, h in kpis],
            )
        )
    return stages


def default_channels(lang: Language = "en") -> list[Channel]:
    """The channel catalogue of domain.md, grouped online / offline / hybrid.

    Every channel starts with CRM status "unknown": nobody has audited it yet.

    >>> [c.id for c in default_channels() if c.group == "hybrid"]
    ['youtube', 'webinar', 'live_shopping']
    """
    return [
        Channel(
            id=cid,
            name=pl if lang == "pl" else en,
            translations={"en": en, "pl": pl},
            group=group,
            icon=icon,
            color=color,
            mobile=mobile,
        )
        for cid, group, en, pl, icon, color, mobile in _CHANNELS
    ]
