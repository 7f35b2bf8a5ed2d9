"""The built-in sample: a clothing shop's customer, Anna, buys a blouse."""

from __future__ import annotations

from typing import Literal

from omnimap.model.values import Persona
from omnimap.model.workspace import Workspace

__all__ = ["sample_workspace"]

# id, stage, channel, day, time, emotion, English label, Polish label
_TOUCHPOINTS = (
    ("t1", "awareness", "tiktok", 1, "11:30", 1,
     "Sees a TikTok ad, taps through", "Widzi reklamę na TikToku i klika"),
    ("t2", "interest", "website", 1, "11:35", 0,
     "Landing page: blouse into the cart, leaves", "Strona: bluzka w koszyku, wychodzi"),
    ("t3", "consideration", "push", 1, "15:00", 0,
     "App push: “we are waiting for you”", "Push z aplikacji: „czekamy na Ciebie”"),
    ("t4", "consideration", "email", 2, "09:00", 1,
     "Email: forgotten blouse + discount code", "E-mail: zapomniana bluzka + kod rabatowy"),
    ("t5", "consideration", "chatbot", 2, "10:15", -1,
     "Site chatbot offers help", "Chatbot na stronie proponuje pomoc"),
    ("t6", "consideration", "instagram", 3, None, 1,
     "Influencer post (UGC) on Instagram", "Post influencerki (UGC) na Instagramie"),
    ("t7", "decision", "website", 4, "14:00", 2,
     "Buys the blouse on the website", "Kupuje bluzkę na stronie"),
    ("t8", "action", "sms", 4, "14:05", 1,
     "SMS confirmation, email with tracking", "SMS z potwierdzeniem, e-mail ze śledzeniem"),
    ("t9", "action", "email", 7, None, 1,
     "Delivery; email and SMS ask for a review", "Dostawa; e-mail i SMS z prośbą o opinię"),
    ("t10", "loyalty", "email", 14, None, 0,
     "Email with similar products", "E-mail z podobnymi produktami"),
    ("t11", "loyalty", "sms", 30, None, 1,
     "SMS invitation to a flash sale", "SMS z zaproszeniem na flash sale"),
    ("t12", "loyalty", "mobile_app", 30, None, 1,
     "Loyalty programme, personal suggestions", "Program lojalnościowy, osobiste polecenia"),
)

_TRANSITIONS = (
    ("t1", "t2"), ("t2", "t3"), ("t3", "t4"), ("t4", "t5"), ("t5", "t6"), ("t6", "t7"),
    ("t4", "t7"), ("t7", "t8"), ("t8", "t9"), ("t9", "t10"), ("t10", "t11"), ("t11", "t12"),
)

# channel, CRM status, English note, Polish note, owner
_AUDIT = (
    ("website", "integrated", "E-commerce platform writes orders to the CRM",
     "Platforma e-commerce zapisuje zamówienia w CRM", "E-commerce"),
    ("mobile_app", "integrated", "App SDK sends events to the CDP",
     "SDK aplikacji wysyła zdarzenia do CDP", "E-commerce"),
    ("push", "integrated", "Sent from the CDP", "Wysyłane z CDP", "CRM team"),
    ("email", "integrated", "Marketing automation synced with the CRM",
     "Marketing automation zsynchronizowany z CRM", "CRM team"),
    ("sms", "connector", "SMS gateway via an API connector", "Bramka SMS przez konektor API",
     "CRM team"),
    ("tiktok", "connector", "Pixel and conversions API", "Piksel i Conversions API", "Marketing"),
    ("chatbot", "none", "Chat transcripts stay in the chat vendor's panel",
     "Rozmowy zostają w panelu dostawcy czatu", ""),
    ("instagram", "none", "Influencer campaign tracked in a spreadsheet",
     "Kampania z influencerką śledzona w arkuszu", "Marketing"),
)


def sample_workspace(lang: Literal["en", "pl"] = "en") -> Workspace:
    """The worked example of domain.md, in English or Polish.

    >>> ws = sample_workspace()
    >>> anna = ws.journeys[0]
    >>> len(anna), anna.graph.number_of_edges()
    (12, 12)
    >>> sorted(c.id for c in ws.used_channels() if c.audit.crm == "none")
    ['chatbot', 'instagram']
    """
    pl = lang == "pl"
    ws = Workspace.new(lang, title="Sklep odzieżowy: Anna kupuje bluzkę" if pl
                       else "Clothing shop: Anna buys a blouse")
    ws.set_notes(
        "Przykładowa ścieżka z artykułów o strategii omnichannel." if pl
        else "The worked example from the omnichannel strategy articles."
    )
    for cid, status, note_en, note_pl, owner in _AUDIT:
        ws.update_channel(cid, audit={"crm": status, "crm_note": note_pl if pl else note_en,
                                      "owner": owner})
    persona = Persona(
        name="Anna",
        description=(
            "29 lat, kupuje ubrania głównie na telefonie, reaguje na rekomendacje influencerów."
            if pl else
            "29, shops for clothes mostly on her phone, trusts influencers' recommendations."
        ),
        goals=["Znaleźć bluzkę na wyjście", "Nie przepłacić"] if pl
        else ["Find a blouse for an evening out", "Not overpay"],
        preferred_channels=["tiktok", "instagram", "mobile_app"],
    )
    anna = ws.add_journey("Anna", id="anna", persona=persona)
    for tid, stage, channel, day, time, emotion, en, pl_label in _TOUCHPOINTS:
        anna.add_touchpoint(stage, channel, pl_label if pl else en, id=tid, day=day, time=time,
                            emotion=emotion)
    anna.update_touchpoint("t2", pain_points=[
        "Porzucony koszyk" if pl else "Abandoned cart"])
    anna.update_touchpoint("t5", pain_points=[
        "Chatbot nie zna jej koszyka ani historii" if pl
        else "The chatbot knows nothing of her cart or history"],
        opportunities=["Połączyć czat z CRM" if pl else "Connect the chat to the CRM"])
    for source, target in _TRANSITIONS:
        anna.connect(source, target)
    return ws
