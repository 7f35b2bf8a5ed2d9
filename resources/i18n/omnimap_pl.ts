<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../omnimap/gui/help_overlay.py" line="+106"/>
        <source>Help: gestures and shortcuts</source>
        <extracomment>Shortcuts shown on the sheet; the canvas&apos;s real ones should be passed in.</extracomment>
        <translation>Pomoc: gesty i skróty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gestures and shortcuts</source>
        <translation>Gesty i skróty klawiszowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Dodawanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a channel from the palette and drop it on a stage lane.</source>
        <translation>Przeciągnij kanał z palety i upuść go na pasie etapu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move</source>
        <translation>Przenoszenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a card to another stage, channel or place in its cell; Esc cancels the drag.</source>
        <translation>Przeciągnij kartę do innego etapu, kanału lub miejsca w jej komórce; Esc przerywa przeciąganie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect</source>
        <translation>Łączenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag from the handle on a card&apos;s edge to another card, or select two cards and press %1.</source>
        <translation>Przeciągnij od uchwytu na krawędzi karty do innej karty albo zaznacz dwie karty i naciśnij %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit</source>
        <translation>Edycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a card, or select it and press %1.</source>
        <translation>Kliknij kartę dwukrotnie albo zaznacz ją i naciśnij %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Usuwanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected cards or arrows; Undo brings them back.</source>
        <translation>Usuwa zaznaczone karty lub strzałki; polecenie Cofnij je przywraca.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Kopiowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy, paste and duplicate the selected cards.</source>
        <translation>Kopiuje, wkleja i powiela zaznaczone karty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom</source>
        <translation>Powiększanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl and the mouse wheel zoom in and out; %1 fits the whole map in the window.</source>
        <translation>Ctrl i kółko myszy powiększają i pomniejszają widok; %1 dopasowuje całą mapę do okna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pan</source>
        <translation>Przesuwanie widoku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag with the middle mouse button, or hold Space and drag.</source>
        <translation>Przeciągnij środkowym przyciskiem myszy albo przytrzymaj spację i przeciągnij.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Prezentacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-screen presentation for the workshop room; %1 again returns.</source>
        <translation>Prezentacja na pełnym ekranie dla sali warsztatowej; ponowne %1 wraca do edycji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows or hides this sheet.</source>
        <translation>Pokazuje lub ukrywa tę planszę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press Esc or click anywhere to close.</source>
        <translation>Naciśnij Esc lub kliknij w dowolnym miejscu, aby zamknąć.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../omnimap/gui/preferences.py" line="+235"/>
        <source>Preferences</source>
        <extracomment>Every key this module owns, with its default.</extracomment>
        <translation>Preferencje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Autozapis co:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card &amp;font size:</source>
        <translation>Rozmiar &amp;czcionki kart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;format:</source>
        <translation>Domyślny &amp;format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image &amp;scale:</source>
        <translation>&amp;Skala obrazu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Background:</source>
        <translation>&amp;Tło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout &amp;engine:</source>
        <translation>Silnik &amp;układu:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>System default</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Off</source>
        <translation>Wyłączony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unsaved maps are copied aside this often, so a crash loses little. Your own file is only written when you save.</source>
        <translation>Tak często niezapisane mapy są kopiowane w bezpieczne miejsce, więc po awarii niewiele przepada. Twój plik zmienia się tylko wtedy, gdy sam go zapiszesz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG (vector, for slides)</source>
        <translation>SVG (wektorowy, do slajdów)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG (image)</source>
        <translation>PNG (obraz)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (document)</source>
        <translation>PDF (dokument)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint (editable shapes)</source>
        <translation>PowerPoint (kształty do edycji)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pixels per point in PNG exports; 2× looks sharp on projectors and high-density screens.</source>
        <translation>Liczba pikseli na punkt w eksporcie PNG; 2× wygląda ostro na projektorach i ekranach o dużej gęstości pikseli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>White</source>
        <translation>Białe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent</source>
        <translation>Przezroczyste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Graphviz (dot)</source>
        <translation>Graphviz z systemu (dot)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in (graphviz-pure)</source>
        <translation>Wbudowany (graphviz-pure)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic uses the system Graphviz when it is installed, the built-in engine otherwise.</source>
        <translation>Tryb automatyczny używa systemowego Graphviza, jeśli jest zainstalowany, a w przeciwnym razie silnika wbudowanego.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../omnimap/gui/recovery_dialog.py" line="+89"/>
        <source>Recover unsaved maps</source>
        <translation>Odzyskiwanie niezapisanych map</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>omnimap did not close properly last time. These maps had changes that were not saved. Tick the ones to restore; the others are deleted.</source>
        <translation>Ostatnim razem omnimap nie zamknął się prawidłowo. Te mapy miały niezapisane zmiany. Zaznacz te, które chcesz przywrócić; pozostałe zostaną usunięte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maps to recover</source>
        <translation>Mapy do odzyskania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untitled map</source>
        <translation>Mapa bez tytułu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never saved</source>
        <translation>nigdy niezapisana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2
copied %3</source>
        <translation>%1 — %2
kopia z %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>&amp;Restore</source>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Restore the ticked maps</source>
        <translation>Przywróć zaznaczone mapy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard all</source>
        <translation>&amp;Odrzuć wszystkie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every recovered copy</source>
        <translation>Usuń wszystkie odzyskane kopie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide &amp;later</source>
        <translation>&amp;Zdecyduj później</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the copies and ask again next time</source>
        <translation>Zachowaj kopie i zapytaj ponownie przy następnym uruchomieniu</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Continue</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Some maps could not be restored</source>
        <translation>Nie udało się przywrócić niektórych map</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../omnimap/gui/start_screen.py" line="+174"/>
        <source>Start</source>
        <extracomment>The QSettings key of the recent-files list, shared with omnimap.gui.settings.</extracomment>
        <translation>Ekran startowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome to omnimap</source>
        <translation>Witaj w omnimap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map how customers move between your channels, and see at a glance which channels never pass their data to the CRM.</source>
        <translation>Zmapuj, jak klienci przechodzą między Twoimi kanałami, i od razu zobacz, które kanały nigdy nie przekazują danych do CRM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New blank map</source>
        <translation>&amp;Nowa pusta mapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New blank map</source>
        <translation>Nowa pusta mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New from the &amp;sample</source>
        <translation>Nowa z &amp;przykładu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New from the sample</source>
        <translation>Nowa z przykładu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a map file</source>
        <translation>Otwórz plik mapy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A worked example: a clothing shop&apos;s customer buys a blouse across TikTok, email and the website.</source>
        <translation>Przykład krok po kroku: klientka sklepu odzieżowego kupuje bluzkę, korzystając z TikToka, e-maila i strony internetowej.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent maps</source>
        <translation>Ostatnie mapy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recent maps yet.</source>
        <translation>Nie ma jeszcze ostatnio otwieranych map.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Open recent map %1</source>
        <translation>Otwórz ostatnią mapę %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (missing)</source>
        <translation>%1 (brak pliku)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found: %1</source>
        <translation>Nie znaleziono: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing map %1</source>
        <translation>Brakująca mapa %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../omnimap/gui/dialogs/export.py" line="+122"/>
        <source>Export journey</source>
        <translation>Eksport ścieżki</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>SVG (vector, for slides)</source>
        <translation>SVG (wektor, do slajdów)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG (image)</source>
        <translation>PNG (obraz)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (document)</source>
        <translation>PDF (dokument)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint (editable shapes)</source>
        <translation>PowerPoint (kształty do edycji)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arranged (as on the canvas)</source>
        <translation>Siatka (jak na mapie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow (left to right)</source>
        <translation>Przepływ (od lewej do prawej)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PNG only: 96 dpi times this factor</source>
        <translation>Tylko PNG: 96 dpi razy ten mnożnik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>White</source>
        <translation>Białe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transparent</source>
        <translation>Przezroczyste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current journey</source>
        <translation>Bieżąca ścieżka</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+144"/>
        <source>All journeys (one file each)</source>
        <translation>Wszystkie ścieżki (każda w osobnym pliku)</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Emotion curve</source>
        <translation>Krzywa emocji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain points and opportunities</source>
        <translation>Problemy i szanse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System Graphviz (dot)</source>
        <translation>Systemowy Graphviz (dot)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in (graphviz-pure)</source>
        <translation>Wbudowany (graphviz-pure)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Browse…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout:</source>
        <translation>Układ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background:</source>
        <translation>Tło:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Journeys:</source>
        <translation>Ścieżki:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphviz:</source>
        <translation>Graphviz:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>All journeys (one slide each)</source>
        <translation>Wszystkie ścieżki (każda na osobnym slajdzie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The slide is built from editable shapes in the arranged layout; the preview shows that layout.</source>
        <translation>Slajd powstaje z kształtów do edycji w układzie siatki; podgląd pokazuje ten układ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Engine: none (native PowerPoint shapes)</source>
        <translation>Silnik: brak (natywne kształty PowerPointa)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Engine missing: {why}</source>
        <translation>Brak silnika: {why}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Engine: {name}</source>
        <translation>Silnik: {name}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Drawing the preview…</source>
        <translation>Rysowanie podglądu…</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+84"/>
        <source>Cannot export</source>
        <translation>Nie można wyeksportować</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>{folder}: no such folder</source>
        <translation>{folder}: nie ma takiego folderu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel export</source>
        <translation>Przerwij eksport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling…</source>
        <translation>Przerywanie…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exporting {done} of {total}…</source>
        <translation>Eksportowanie {done} z {total}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported {paths}</source>
        <translation>Wyeksportowano {paths}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No preview: {why}</source>
        <translation>Brak podglądu: {why}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksport przerwany; nic nie zapisano.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location line="+37"/>
        <source>Exported {paths}</source>
        <translation>Wyeksportowano {paths}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot copy</source>
        <translation>Nie można skopiować</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied the journey as a PNG image</source>
        <translation>Skopiowano ścieżkę jako obraz PNG</translation>
    </message>
</context>
</TS>
