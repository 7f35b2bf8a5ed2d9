<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AttributionDock</name>
    <message>
        <location filename="../../omnimap/gui/docks/attribution.py" line="+56"/>
        <source>Attribution</source>
        <extracomment>The analysis module&apos;s default half-life (one week, in hours); a test keeps them equal.</extracomment>
        <translation>Atrybucja</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Load paths CSV…</source>
        <extracomment>Channel name as shown -&gt; channel id on the map. Any spelling of a channel (id, name, translations), case-folded -&gt; id.</extracomment>
        <translation>Wczytaj ścieżki z CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A paths file (path, total_conversions, total_null) or a journeys file (journey_id, path, hours_to_conversion, converted)</source>
        <translation>Plik ścieżek (path, total_conversions, total_null) lub plik podróży klientów (journey_id, path, hours_to_conversion, converted)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the map</source>
        <translation>Użyj mapy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit the paths the map&apos;s arrows imply</source>
        <translation>Przypisz zasługi ścieżkom wynikającym ze strzałek na mapie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time-decay half-life:</source>
        <translation>Półokres zaniku:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A touch this many hours before the conversion counts half as much as the last one</source>
        <translation>Kontakt tyle godzin przed konwersją liczy się o połowę mniej niż ostatni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time-decay half-life</source>
        <translation>Półokres zaniku</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Credit per channel under each attribution model</source>
        <translation>Udział kanałów w konwersjach według każdego modelu atrybucji</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Load paths CSV</source>
        <translation>Wczytaj ścieżki z CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot read {name}: {error}</source>
        <translation>Nie można odczytać {name}: {error}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Paths from {name}</source>
        <translation>Ścieżki z pliku {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paths implied by the map&apos;s arrows</source>
        <translation>Ścieżki wynikające ze strzałek na mapie</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Attribution failed: {error}</source>
        <translation>Atrybucja nie powiodła się: {error}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No converting paths yet. Connect touchpoints with arrows up to the Decision stage, or load a paths CSV.</source>
        <translation>Brak ścieżek z konwersją. Połącz punkty styku strzałkami aż do etapu Decyzja albo wczytaj ścieżki z CSV.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has no converting paths.</source>
        <translation>Plik nie zawiera ścieżek z konwersją.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n:g} conversion(s) over {p} distinct path(s)</source>
        <translation>Konwersje: {n:g}, różne ścieżki: {p}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{model}: needs the hours of every touch</source>
        <translation>{model}: wymaga godzin każdego kontaktu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>click a channel to light its row on the map</source>
        <translation>kliknij kanał, aby wyróżnić jego wiersz na mapie</translation>
    </message>
    <message>
        <location filename="../../omnimap/gui/docks/attribution_chart.py" line="+43"/>
        <source>Last click</source>
        <extracomment>One colour per model, distinct for the common kinds of colour blindness.</extracomment>
        <translation>Ostatnie kliknięcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First click</source>
        <translation>Pierwsze kliknięcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linear</source>
        <translation>Liniowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time decay</source>
        <translation>Spadek w czasie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position-based</source>
        <translation>Pozycyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markov (data-driven)</source>
        <translation>Markowa (oparty na danych)</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>(n/a)</source>
        <translation>(nd.)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>{model}: {credit} conversions ({share})</source>
        <translation>{model}: konwersje {credit} ({share})</translation>
    </message>
</context>
<context>
    <name>AuditDock</name>
    <message>
        <location filename="../../omnimap/gui/docks/audit.py" line="+328"/>
        <source>Channel audit</source>
        <translation>Audyt kanałów</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only channels used on the map</source>
        <translation>Tylko kanały użyte na mapie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel audit table</source>
        <translation>Tabela audytu kanałów</translation>
    </message>
</context>
<context>
    <name>ChannelPage</name>
    <message>
        <location filename="../../omnimap/gui/docks/inspector_pages.py" line="+267"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel name</source>
        <translation>Nazwa kanału</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel group</source>
        <translation>Grupa kanału</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Channel colour</source>
        <translation>Kolor kanału</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Pick…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mobile channel</source>
        <translation>Kanał mobilny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts as mobile: app, SMS, push, mobile web</source>
        <translation>Liczy się jako mobilny: aplikacja, SMS, push, strona mobilna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM integration status</source>
        <translation>Stan integracji z CRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>CRM note</source>
        <translation>Uwagi o CRM</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customer can</source>
        <translation>Klient może</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Automation</source>
        <translation>Automatyzacja</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Consistency</source>
        <translation>Spójność</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel owner</source>
        <translation>Właściciel kanału</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPIs
(one a line)</source>
        <translation>KPI
(jeden w wierszu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel KPIs</source>
        <translation>KPI kanału</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove channel</source>
        <translation>Usuń kanał</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Channel: {name}</source>
        <translation>Kanał: {name}</translation>
    </message>
</context>
<context>
    <name>CountTexts</name>
    <message numerus="yes">
        <location filename="../../omnimap/gui/counts.py" line="+21"/>
        <source>Remove the journey “{name}” with its %n touchpoint(s)? (Undo brings it back.)</source>
        <translation>
            <numerusform>Usunąć ścieżkę „{name}” razem z %n punktem styku? (Cofnij ją przywróci).</numerusform>
            <numerusform>Usunąć ścieżkę „{name}” razem z %n punktami styku? (Cofnij ją przywróci).</numerusform>
            <numerusform>Usunąć ścieżkę „{name}” razem z %n punktami styku? (Cofnij ją przywróci).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n touchpoint(s)</source>
        <translation>
            <numerusform>Zaimportowano %n punkt styku</numerusform>
            <numerusform>Zaimportowano %n punkty styku</numerusform>
            <numerusform>Zaimportowano %n punktów styku</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../omnimap/gui/dialogs/export.py" line="+123"/>
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
        <location line="+153"/>
        <source>All journeys (one file each)</source>
        <translation>Wszystkie ścieżki (każda w osobnym pliku)</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Emotion curve</source>
        <translation>Krzywa emocji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain points and opportunities</source>
        <translation>Bolączki i szanse</translation>
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
        <location line="+8"/>
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
        <location line="+85"/>
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
        <location line="+29"/>
        <source>Drawing the preview…</source>
        <translation>Rysowanie podglądu…</translation>
    </message>
    <message>
        <location line="+44"/>
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
    <name>FilesMixin</name>
    <message>
        <location filename="../../omnimap/gui/dialogs/files.py" line="+114"/>
        <source>Open map</source>
        <translation>Otwórz mapę</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the map</source>
        <translation>Nie można otworzyć mapy</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened {path}</source>
        <translation>Otwarto {path}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <extracomment>For the desktop integration (files opened from Finder or the file manager).</extracomment>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear list</source>
        <translation>Wyczyść listę</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save map</source>
        <translation>Zapisz mapę</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Cannot save the map</source>
        <translation>Nie można zapisać mapy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved {path}</source>
        <translation>Zapisano {path}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The map has changes that are not saved. Save them first?</source>
        <translation>Mapa ma niezapisane zmiany. Czy najpierw je zapisać?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import touchpoints from CSV</source>
        <translation>Importuj punkty styku z CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV spreadsheets (*.csv *.txt);;All files (*)</source>
        <translation>Arkusze CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot import the CSV file</source>
        <translation>Nie można zaimportować pliku CSV</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../omnimap/gui/help_overlay.py" line="+127"/>
        <source>Help: gestures and shortcuts</source>
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
        <location line="+2"/>
        <source>Ctrl and the mouse wheel zoom in and out; %1 fits the whole map in the window, %2 shows it at its actual size.</source>
        <translation>Ctrl i kółko myszy powiększają i pomniejszają widok; %1 dopasowuje całą mapę do okna, %2 pokazuje ją w rzeczywistym rozmiarze.</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>InspectorDock</name>
    <message>
        <location filename="../../omnimap/gui/docks/inspector.py" line="+45"/>
        <location line="+29"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Open or create a map.</source>
        <translation>Otwórz lub utwórz mapę.</translation>
    </message>
</context>
<context>
    <name>IoMessages</name>
    <message>
        <location filename="../../omnimap/gui/io_messages.py" line="+35"/>
        <source>the file does not exist (moved, renamed or deleted?)</source>
        <translation>plik nie istnieje (przeniesiony, zmieniony lub usunięty?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder does not exist</source>
        <translation>folder nie istnieje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is a folder, not a file</source>
        <translation>to folder, a nie plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of the path is not a folder</source>
        <translation>część ścieżki nie jest folderem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you do not have permission to use this file</source>
        <translation>brak uprawnień do tego pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk is full</source>
        <translation>dysk jest pełny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is read-only</source>
        <translation>plik jest tylko do odczytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a valid file name</source>
        <translation>to nie jest poprawna nazwa pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not an ordinary file</source>
        <translation>to nie jest zwykły plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is too large ({size_mb} MB; omnimap opens files up to {limit_mb} MB)</source>
        <translation>plik jest za duży ({size_mb} MB; omnimap otwiera pliki do {limit_mb} MB)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>the file is empty</source>
        <translation>plik jest pusty</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>the file&apos;s text is not UTF-8, the encoding of omnimap files (was it changed by another program?)</source>
        <translation>tekst pliku nie jest w kodowaniu UTF-8, którego używają pliki omnimap (czy zmienił go inny program?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not an omnimap map file</source>
        <translation>to nie jest plik mapy omnimap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the map was saved by a newer version of omnimap (file format {version}); update omnimap to open it</source>
        <translation>mapę zapisała nowsza wersja omnimap (format pliku {version}); zaktualizuj omnimap, aby ją otworzyć</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is damaged or cut short (line {line}, column {column})</source>
        <translation>plik jest uszkodzony lub ucięty (wiersz {line}, kolumna {column})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file is damaged or cut short</source>
        <translation>plik jest uszkodzony lub ucięty</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the file is not valid UTF-16 text</source>
        <translation>plik nie jest poprawnym tekstem UTF-16</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is neither UTF-8 nor Windows-1250; save the spreadsheet as CSV (UTF-8)</source>
        <translation>tekst nie jest ani w UTF-8, ani w Windows-1250; zapisz arkusz jako CSV (UTF-8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is not a text file; save the spreadsheet as CSV</source>
        <translation>to nie jest plik tekstowy; zapisz arkusz jako CSV</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file is larger than {limit_mb} MB</source>
        <translation>plik jest większy niż {limit_mb} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file has no touchpoint rows under its header</source>
        <translation>pod nagłówkiem pliku nie ma wierszy z punktami styku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column {position} has no name</source>
        <translation>kolumna {position} nie ma nazwy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown column “{column}”; the columns are: {expected}</source>
        <translation>nieznana kolumna „{column}”; dostępne kolumny: {expected}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>column “{column}” appears twice</source>
        <translation>kolumna „{column}” występuje dwa razy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>required columns are missing: {columns}</source>
        <translation>brakuje wymaganych kolumn: {columns}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>{found} fields, but the header names {expected}</source>
        <translation>pól: {found}, a nagłówek ma ich {expected}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>the stage is empty</source>
        <translation>etap jest pusty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the channel is empty</source>
        <translation>kanał jest pusty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this map has no stage “{stage}” (its stages: {stages})</source>
        <translation>ta mapa nie ma etapu „{stage}” (jej etapy: {stages})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a channel name can have at most {limit} characters</source>
        <translation>nazwa kanału może mieć najwyżej {limit} znaków</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{column}” must be a whole number, not “{value}”</source>
        <translation>„{column}” musi być liczbą całkowitą, a nie „{value}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{column}” must be between {low} and {high}, not “{value}”</source>
        <translation>„{column}” musi mieścić się między {low} a {high}, a nie „{value}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the time must be HH:MM, e.g. 09:30, not “{value}”</source>
        <translation>godzina musi mieć postać GG:MM, np. 09:30, a nie „{value}”</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>line {line}</source>
        <translation>wiersz {line}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>cannot read the file: {reason}</source>
        <translation>nie można odczytać pliku: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the header must be path,total_conversions,total_null (paths) or journey_id,path,hours_to_conversion,converted (journeys)</source>
        <translation>nagłówek musi mieć postać path,total_conversions,total_null (ścieżki) lub journey_id,path,hours_to_conversion,converted (podróże klientów)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file has no rows under its header</source>
        <translation>pod nagłówkiem pliku nie ma wierszy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the path is empty</source>
        <translation>ścieżka jest pusta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a channel name is missing in the path “{path}”</source>
        <translation>w ścieżce „{path}” brakuje nazwy kanału</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{column}” must be a number, not “{value}”</source>
        <translation>„{column}” musi być liczbą, a nie „{value}”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{column}” must be a number of at least 0, not “{value}”</source>
        <translation>„{column}” musi być liczbą nie mniejszą niż 0, a nie „{value}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“converted” must be 1/0, true/false or yes/no, not “{value}”</source>
        <translation>„converted” musi mieć wartość 1/0, true/false lub yes/no, a nie „{value}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“hours_to_conversion” needs one number per touch of the path ({touches}), not {hours}</source>
        <translation>„hours_to_conversion” potrzebuje jednej liczby na każdy kontakt ścieżki ({touches}), a nie {hours}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“hours_to_conversion” is empty on a converted journey</source>
        <translation>„hours_to_conversion” jest puste w podróży zakończonej konwersją</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the arrows of this map make too many paths to credit (over {paths} paths or {touches} touches); remove some arrows or load the paths from a CSV file</source>
        <translation>strzałki tej mapy tworzą zbyt wiele ścieżek, by je ocenić (ponad {paths} ścieżek lub {touches} kontaktów); usuń część strzałek albo wczytaj ścieżki z pliku CSV</translation>
    </message>
</context>
<context>
    <name>JourneyCanvas</name>
    <message>
        <location filename="../../omnimap/gui/canvas/emotion_lane.py" line="+55"/>
        <source>Very negative</source>
        <extracomment>Fields of a touchpoint that move its point on the curve. Unscaled sizes: title band, top of the +2 line, distance between levels, room below −2.</extracomment>
        <translation>Bardzo negatywne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative</source>
        <translation>Negatywne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Neutralne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positive</source>
        <translation>Pozytywne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very positive</source>
        <translation>Bardzo pozytywne</translation>
    </message>
    <message>
        <location line="+212"/>
        <location filename="../../omnimap/gui/canvas/items.py" line="+106"/>
        <location line="+14"/>
        <source>(no label)</source>
        <extracomment>Points in curve order: ids, x (scene), emotion, channel. (touchpoint id, emotion) shown while a drag is under way; by id, not index, so that an edit arriving mid-drag (which reorders the points) cannot mix them up.</extracomment>
        <translation>(bez etykiety)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag up or down to change the emotion</source>
        <translation>Przeciągnij w górę lub w dół, aby zmienić emocję</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The emotion curve appears once the journey has touchpoints</source>
        <translation>Krzywa emocji pojawi się, gdy ścieżka będzie miała punkty styku</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Emotion curve</source>
        <translation>Krzywa emocji</translation>
    </message>
    <message>
        <location filename="../../omnimap/gui/canvas/gestures.py" line="+142"/>
        <location filename="../../omnimap/gui/canvas/keyboard.py" line="+130"/>
        <source>Move %1 touchpoints</source>
        <translation>Przenieś punkty styku (%1)</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Change emotion</source>
        <translation>Zmień emocję</translation>
    </message>
    <message>
        <location filename="../../omnimap/gui/canvas/headers.py" line="+96"/>
        <source>misses its target</source>
        <translation>poniżej celu</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>+%1 more KPIs</source>
        <translation>+%1 KPI więcej</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Note: %1</source>
        <translation>Uwaga: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner: %1</source>
        <translation>Właściciel: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Touchpoints affected here: %1.</source>
        <translation>Dotyczy punktów styku na tej ścieżce: %1.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Online channels</source>
        <translation>Kanały online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline channels</source>
        <translation>Kanały offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid channels</source>
        <translation>Kanały hybrydowe</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Journey</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <location filename="../../omnimap/gui/canvas/items.py" line="-10"/>
        <source>Day %1</source>
        <translation>Dzień %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pain points</source>
        <translation>Bolączki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>Volume: %1</source>
        <extracomment>Set by the scene on maps with many arrows: paint without antialiasing.</extracomment>
        <translation>Liczba klientów: %1</translation>
    </message>
    <message>
        <location filename="../../omnimap/gui/canvas/backdrop.py" line="+78"/>
        <source>Drag a channel from the palette onto a stage to add a touchpoint</source>
        <translation>Przeciągnij kanał z palety na etap, aby dodać punkt styku</translation>
    </message>
    <message>
        <location filename="../../omnimap/gui/canvas/theme.py" line="+157"/>
        <source>No CRM integration: data silo</source>
        <translation>Brak integracji z CRM: silos danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data from this channel never reaches the CRM: the customer&apos;s history is lost here, and no other channel can see what happened in it.</source>
        <translation>Dane z tego kanału nie trafiają do CRM: historia klienta się tu urywa, a żaden inny kanał nie wie, co w nim zaszło.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRM integration not checked</source>
        <translation>Integracja z CRM niesprawdzona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody has checked yet whether this channel&apos;s data reaches the CRM. Audit it: it may be a data silo.</source>
        <translation>Nikt jeszcze nie sprawdził, czy dane z tego kanału trafiają do CRM. Zrób audyt: to może być silos danych.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CRM via connector / API</source>
        <translation>CRM przez konektor / API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This channel&apos;s data reaches the CRM through a connector or an API.</source>
        <translation>Dane z tego kanału trafiają do CRM przez konektor lub API.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Integrated with the CRM</source>
        <translation>Zintegrowany z CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This channel&apos;s data lands in the CRM directly.</source>
        <translation>Dane z tego kanału trafiają do CRM bezpośrednio.</translation>
    </message>
</context>
<context>
    <name>JourneyPage</name>
    <message>
        <location filename="../../omnimap/gui/docks/inspector_pages.py" line="+27"/>
        <source>Journey</source>
        <translation>Ścieżka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Journey name</source>
        <translation>Nazwa ścieżki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persona name</source>
        <translation>Nazwa persony</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persona description</source>
        <translation>Opis persony</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goals
(one a line)</source>
        <translation>Cele
(jeden w wierszu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Persona goals</source>
        <translation>Cele persony</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferred channels</source>
        <translation>Preferowane kanały</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preferred
channels</source>
        <translation>Preferowane
kanały</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Map title</source>
        <translation>Tytuł mapy</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Map notes</source>
        <translation>Notatki do mapy</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Journey and map</source>
        <translation>Ścieżka i mapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
</context>
<context>
    <name>JourneyView</name>
    <message>
        <location filename="../../omnimap/gui/canvas/editing.py" line="+72"/>
        <location filename="../../omnimap/gui/canvas/keyboard.py" line="+39"/>
        <location line="+5"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select two or more touchpoints to connect them.</source>
        <translation>Zaznacz co najmniej dwa punkty styku, aby je połączyć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The selected touchpoints are already connected.</source>
        <translation>Zaznaczone punkty styku są już połączone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect touchpoints</source>
        <translation>Połącz punkty styku</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../omnimap/gui/canvas/keyboard.py" line="-15"/>
        <source>Duplicate</source>
        <translation>Powiel</translation>
    </message>
    <message>
        <location filename="../../omnimap/gui/canvas/palette_drop.py" line="+80"/>
        <source>New touchpoint</source>
        <translation>Nowy punkt styku</translation>
    </message>
    <message>
        <location filename="../../omnimap/gui/canvas/keyboard.py" line="-5"/>
        <location line="+17"/>
        <source>Edit label</source>
        <translation>Edytuj etykietę</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Connect selected</source>
        <translation>Połącz zaznaczone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight this channel</source>
        <translation>Wyróżnij ten kanał</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>Show all channels</source>
        <translation>Pokaż wszystkie kanały</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Paste</source>
        <translation>Wklej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select all</source>
        <translation>Zaznacz wszystko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit to window</source>
        <translation>Dopasuj do okna</translation>
    </message>
</context>
<context>
    <name>KpiTable</name>
    <message>
        <location filename="../../omnimap/gui/docks/kpi_table.py" line="+68"/>
        <source>Metric</source>
        <translation>Miara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actual</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Higher is better</source>
        <translation>Im więcej, tym lepiej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage KPIs</source>
        <translation>KPI etapu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add KPI</source>
        <translation>Dodaj KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove KPI</source>
        <translation>Usuń KPI</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>KPI {n}: the metric needs a name</source>
        <translation>KPI {n}: miara musi mieć nazwę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>target</source>
        <translation>cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>actual</source>
        <translation>wynik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KPI {n}: {what} must be a number, not “{text}”</source>
        <translation>KPI {n}: {what} musi być liczbą, a nie „{text}”</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../omnimap/gui/dialogs/files.py" line="-159"/>
        <source>Customer</source>
        <extracomment>Characters no file name may hold on one of the desktop systems (Windows is the strictest).</extracomment>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../omnimap/gui/main_window.py" line="+84"/>
        <source>Journeys</source>
        <extracomment>Crash-recovery copies (omnimap.gui.autosave); the app turns it on after start-up.</extracomment>
        <translation>Ścieżki</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a journey (another persona or segment)</source>
        <translation>Dodaj ścieżkę (inna persona lub segment)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add journey</source>
        <translation>Dodaj ścieżkę</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New map</source>
        <translation>&amp;Nowa mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from sa&amp;mple</source>
        <translation>Nowa z &amp;przykładu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;recent</source>
        <translation>Ostatnio o&amp;twierane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;as…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importuj CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add touchpoints from a spreadsheet</source>
        <translation>Dodaj punkty styku z arkusza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preferences…</source>
        <translation>P&amp;referencje…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cu&amp;t</source>
        <translation>Wy&amp;tnij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as P&amp;NG</source>
        <translation>Kopiuj jako P&amp;NG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current journey as an image, for pasting into slides</source>
        <translation>Bieżąca ścieżka jako obraz do wklejenia na slajdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>P&amp;owiel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;all</source>
        <translation>Zaznacz w&amp;szystko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename</source>
        <translation>&amp;Zmień nazwę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onnect selected</source>
        <translation>&amp;Połącz zaznaczone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw arrows between the selected touchpoints, in time order</source>
        <translation>Narysuj strzałki między zaznaczonymi punktami styku w kolejności czasowej</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>Po&amp;większ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>Po&amp;mniejsz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to window</source>
        <translation>&amp;Dopasuj do okna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual size (100%)</source>
        <translation>&amp;Rzeczywisty rozmiar (100%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Tryb prezentacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full screen, larger text; Esc leaves</source>
        <translation>Pełny ekran, większy tekst; Esc kończy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;journey…</source>
        <translation>Dodaj ś&amp;cieżkę…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rena&amp;me journey…</source>
        <translation>Zmień &amp;nazwę ścieżki…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve journey</source>
        <translation>&amp;Usuń ścieżkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;stage…</source>
        <translation>Dodaj &amp;etap…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name stage…</source>
        <translation>Zmień nazwę eta&amp;pu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move stage &amp;left</source>
        <translation>Przesuń etap w &amp;lewo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move stage &amp;right</source>
        <translation>Przesuń etap w p&amp;rawo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove s&amp;tage…</source>
        <translation>Usuń e&amp;tap…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;channel…</source>
        <translation>Dodaj &amp;kanał…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map &amp;details</source>
        <translation>&amp;Szczegóły mapy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Gestures and shortcuts</source>
        <translation>&amp;Gesty i skróty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About omnimap</source>
        <translation>&amp;O programie omnimap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location line="+122"/>
        <location line="+43"/>
        <source>Journey map {name}</source>
        <translation>Mapa ścieżki {name}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Untitled map</source>
        <translation>Mapa bez tytułu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems: {errors}, {warnings}</source>
        <translation>Problemy: {errors}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>About omnimap</source>
        <translation>O programie omnimap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>omnimap {version}

Omnichannel customer-journey maps that flag every channel whose data never reaches the CRM.</source>
        <translation>omnimap {version}

Omnichannelowe mapy ścieżek klienta, które wskazują każdy kanał, z którego dane nie trafiają do CRM.</translation>
    </message>
    <message>
        <location filename="../../omnimap/gui/canvas_actions.py" line="+204"/>
        <source>This map has no journey yet. A journey is one persona&apos;s path through the stages and channels.</source>
        <translation>Ta mapa nie ma jeszcze ścieżki. Ścieżka to droga jednej persony przez etapy i kanały.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a journey…</source>
        <translation>Dodaj ścieżkę…</translation>
    </message>
</context>
<context>
    <name>MapEditsMixin</name>
    <message>
        <location filename="../../omnimap/gui/dialogs/map_edits.py" line="+69"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which stage?</source>
        <translation>Który etap?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add journey</source>
        <translation>Dodaj ścieżkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the journey (persona or segment):</source>
        <translation>Nazwa ścieżki (persona lub segment):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename journey</source>
        <translation>Zmień nazwę ścieżki</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Remove journey</source>
        <translation>Usuń ścieżkę</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add stage</source>
        <translation>Dodaj etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the stage:</source>
        <translation>Nazwa etapu:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename stage</source>
        <translation>Zmień nazwę etapu</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Remove stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A map needs at least one stage.</source>
        <translation>Mapa musi mieć co najmniej jeden etap.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add channel</source>
        <translation>Dodaj kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the channel:</source>
        <translation>Nazwa kanału:</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../omnimap/gui/docks/inspector_page.py" line="+132"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The edit was refused.</source>
        <translation>Zmiana została odrzucona.</translation>
    </message>
</context>
<context>
    <name>PaletteDock</name>
    <message>
        <location filename="../../omnimap/gui/docks/palette.py" line="+89"/>
        <source>Channels</source>
        <translation>Kanały</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filter channels…</source>
        <translation>Filtruj kanały…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter channels</source>
        <translation>Filtruj kanały</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Channel palette</source>
        <translation>Paleta kanałów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a channel onto a stage to add a touchpoint</source>
        <translation>Przeciągnij kanał na etap, aby dodać punkt styku</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{name}
CRM: {status}</source>
        <translation>{name}
CRM: {status}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../omnimap/gui/preferences.py" line="+242"/>
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
        <location line="+3"/>
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
    <name>ProblemsDock</name>
    <message>
        <location filename="../../omnimap/gui/docks/problems.py" line="+43"/>
        <source>Problems</source>
        <extracomment>Emitted after each recheck with (errors, warnings, infos).</extracomment>
        <translation>Problemy</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Problems found on the map</source>
        <translation>Problemy znalezione na mapie</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The checks failed: {error}</source>
        <translation>Sprawdzanie nie powiodło się: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No problems found.</source>
        <translation>Nie znaleziono problemów.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n błąd</numerusform>
            <numerusform>%n błędy</numerusform>
            <numerusform>%n błędów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n uwaga</numerusform>
            <numerusform>%n uwagi</numerusform>
            <numerusform>%n uwag</numerusform>
        </translation>
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
        <location line="+17"/>
        <source>Some maps could not be restored</source>
        <translation>Nie udało się przywrócić niektórych map</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <location filename="../../omnimap/commands/refusals.py" line="+58"/>
        <source>A map needs at least one stage.</source>
        <translation>Mapa musi mieć co najmniej jeden etap.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot paste: the copied touchpoints are in a stage this map does not have (“{id}”).</source>
        <translation>Nie można wkleić: skopiowane punkty styku są na etapie, którego ta mapa nie ma („{id}”).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot paste: the copied touchpoints are in a channel this map does not have (“{id}”).</source>
        <translation>Nie można wkleić: skopiowane punkty styku są w kanale, którego ta mapa nie ma („{id}”).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion</source>
        <translation>Emocja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>Liczba klientów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Icon</source>
        <translation>Ikona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain points</source>
        <translation>Bolączki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM note</source>
        <translation>Uwagi o CRM</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>at most {limit} characters</source>
        <translation>najwyżej {limit} znaków</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be empty</source>
        <translation>pole nie może być puste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least {limit} characters</source>
        <translation>co najmniej {limit} znaków</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {limit} entries</source>
        <translation>najwyżej {limit} pozycji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {limit}</source>
        <translation>najwyżej {limit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least {limit}</source>
        <translation>co najmniej {limit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a whole number</source>
        <translation>musi być liczbą całkowitą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a colour such as #1e88e5</source>
        <translation>musi być kolorem, np. #1e88e5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a time such as 09:30</source>
        <translation>musi być godziną, np. 09:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: {why}</source>
        <translation>{field}: {why}</translation>
    </message>
</context>
<context>
    <name>RefusalCounts</name>
    <message numerus="yes">
        <location line="-79"/>
        <source>The channel “{name}” is still used by %n touchpoint(s); move or delete them first.</source>
        <translation>
            <numerusform>Kanału „{name}” używa jeszcze %n punkt styku; najpierw go przenieś lub usuń.</numerusform>
            <numerusform>Kanału „{name}” używają jeszcze %n punkty styku; najpierw je przenieś lub usuń.</numerusform>
            <numerusform>Kanału „{name}” używa jeszcze %n punktów styku; najpierw je przenieś lub usuń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The stage “{name}” is still used by %n touchpoint(s); move or delete them first.</source>
        <translation>
            <numerusform>Etapu „{name}” używa jeszcze %n punkt styku; najpierw go przenieś lub usuń.</numerusform>
            <numerusform>Etapu „{name}” używają jeszcze %n punkty styku; najpierw je przenieś lub usuń.</numerusform>
            <numerusform>Etapu „{name}” używa jeszcze %n punktów styku; najpierw je przenieś lub usuń.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveStageDialog</name>
    <message>
        <location filename="../../omnimap/gui/dialogs/remove_stage.py" line="+57"/>
        <location line="+27"/>
        <source>Remove stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <source>The stage “{name}” still has %n touchpoint(s). What should happen to them?</source>
        <translation>
            <numerusform>Na etapie „{name}” jest jeszcze %n punkt styku. Co z nim zrobić?</numerusform>
            <numerusform>Na etapie „{name}” są jeszcze %n punkty styku. Co z nimi zrobić?</numerusform>
            <numerusform>Na etapie „{name}” jest jeszcze %n punktów styku. Co z nimi zrobić?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move them to the stage:</source>
        <translation>Przenieś je do etapu:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage to move the touchpoints to</source>
        <translation>Etap, do którego trafią punkty styku</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete them (with their arrows)</source>
        <translation>Usuń je (razem ze strzałkami)</translation>
    </message>
</context>
<context>
    <name>StagePage</name>
    <message>
        <location filename="../../omnimap/gui/docks/inspector_pages.py" line="-261"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage name</source>
        <translation>Nazwa etapu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage goal</source>
        <translation>Cel etapu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>◀ Left</source>
        <translation>◀ W lewo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the stage one column left</source>
        <translation>Przesuń etap o kolumnę w lewo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right ▶</source>
        <translation>W prawo ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the stage one column right</source>
        <translation>Przesuń etap o kolumnę w prawo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stage: {name}</source>
        <translation>Etap: {name}</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../omnimap/gui/start_screen.py" line="+177"/>
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
        <location line="+57"/>
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
    <name>TouchpointPage</name>
    <message>
        <location filename="../../omnimap/gui/docks/inspector_pages.py" line="-210"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touchpoint label</source>
        <translation>Etykieta punktu styku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touchpoint stage</source>
        <translation>Etap punktu styku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touchpoint channel</source>
        <translation>Kanał punktu styku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day</source>
        <translation>dzień</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the journey</source>
        <translation>Dzień ścieżki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1, 2, 3… (empty: unknown)</source>
        <translation>1, 2, 3… (puste: nieznany)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time of day</source>
        <translation>Pora dnia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HH:MM</source>
        <translation>GG:MM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Emotion from -2 to +2</source>
        <translation>Emocja od -2 do +2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Emotion</source>
        <translation>Emocja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touchpoint notes</source>
        <translation>Notatki do punktu styku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pain points
(one a line)</source>
        <translation>Bolączki
(jedna w wierszu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain points</source>
        <translation>Bolączki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opportunities
(one a line)</source>
        <translation>Szanse
(jedna w wierszu)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Touchpoint in {journey}</source>
        <translation>Punkt styku na ścieżce {journey}</translation>
    </message>
</context>
<context>
    <name>TransitionPage</name>
    <message>
        <location line="+27"/>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow label</source>
        <translation>Etykieta strzałki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Volume</source>
        <translation>Liczba klientów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>volume</source>
        <translation>liczba klientów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow volume</source>
        <translation>Liczba klientów na strzałce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customers taking this step (optional)</source>
        <translation>klienci wykonujący ten krok (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Arrow: {a} → {b}</source>
        <translation>Strzałka: {a} → {b}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../omnimap/gui/app.py" line="+76"/>
        <source>Cannot open the map</source>
        <extracomment>Load the map even without a paint event (window hidden or minimised) after this long.</extracomment>
        <translation>Nie można otworzyć mapy</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Internal error: {error}. Your map is still open; save it.</source>
        <translation>Błąd wewnętrzny: {error}. Mapa nadal jest otwarta; zapisz ją.</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../omnimap/gui/docks/audit.py" line="-143"/>
        <source>Data silo: what happens here never reaches the CRM</source>
        <translation>Silos danych: to, co dzieje się tutaj, nie trafia do CRM</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Channel</source>
        <extracomment>Column keys, in display order. Sorting by CRM puts the silos first: they are what the audit is for.</extracomment>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse</source>
        <translation>Przeglądanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>Zakup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Obsługa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automation</source>
        <translation>Automatyzacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM note</source>
        <translation>Uwagi o CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consistency</source>
        <translation>Spójność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Touchpoints</source>
        <translation>Punkty styku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Functionality: can the customer do this on the channel?</source>
        <translation>Funkcjonalność: czy klient może to zrobić w tym kanale?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Does what happens on the channel reach the CRM / CDP?</source>
        <translation>Czy to, co dzieje się w kanale, trafia do CRM / CDP?</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../omnimap/commands/edits.py" line="+72"/>
        <source>Add touchpoint</source>
        <translation>Dodaj punkt styku</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete touchpoint</source>
        <translation>Usuń punkt styku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete touchpoints</source>
        <translation>Usuń punkty styku</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Move touchpoint</source>
        <translation>Przenieś punkt styku</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit touchpoint</source>
        <translation>Edytuj punkt styku</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Paste</source>
        <translation>Wklej</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Connect</source>
        <translation>Połącz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete arrow</source>
        <translation>Usuń strzałkę</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit arrow</source>
        <translation>Edytuj strzałkę</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add stage</source>
        <translation>Dodaj etap</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit stage</source>
        <translation>Edytuj etap</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move stage</source>
        <translation>Przesuń etap</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add channel</source>
        <translation>Dodaj kanał</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Edit channel</source>
        <translation>Edytuj kanał</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove channel</source>
        <translation>Usuń kanał</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add journey</source>
        <translation>Dodaj ścieżkę</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remove journey</source>
        <translation>Usuń ścieżkę</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rename journey</source>
        <translation>Zmień nazwę ścieżki</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit persona</source>
        <translation>Edytuj personę</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit map details</source>
        <translation>Edytuj szczegóły mapy</translation>
    </message>
    <message>
        <location filename="../../omnimap/commands/names.py" line="+31"/>
        <source>A name cannot be empty.</source>
        <translation>Nazwa nie może być pusta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A name can have at most {limit} characters (this one has {count}).</source>
        <translation>Nazwa może mieć najwyżej {limit} znaków (ta ma {count}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is already a stage named “{name}”.</source>
        <translation>Etap o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is already a channel named “{name}”.</source>
        <translation>Kanał o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a journey named “{name}”.</source>
        <translation>Ścieżka o nazwie „{name}” już istnieje.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <location filename="../../omnimap/gui/dialogs/export.py" line="+27"/>
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
<context>
    <name>import</name>
    <message>
        <location filename="../../omnimap/gui/dialogs/csv_import.py" line="+30"/>
        <source>Import CSV</source>
        <translation>Importuj CSV</translation>
    </message>
</context>
<context>
    <name>inspector</name>
    <message>
        <location filename="../../omnimap/gui/docks/inspector_page.py" line="-137"/>
        <source>{what} must be a whole number, not “{text}”</source>
        <translation>{what}: wymagana liczba całkowita, a nie „{text}”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} must be between {low} and {high}</source>
        <translation>{what}: wartość musi być z zakresu od {low} do {high}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../omnimap/gui/docks/_base.py" line="+65"/>
        <source>Integrated</source>
        <translation>Zintegrowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via connector / API</source>
        <translation>Przez konektor / API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (data silo)</source>
        <translation>Brak (silos danych)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Automated</source>
        <translation>Zautomatyzowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly automated</source>
        <translation>Częściowo zautomatyzowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Ręczny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consistent</source>
        <translation>Spójny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly consistent</source>
        <translation>Częściowo spójny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inconsistent</source>
        <translation>Niespójny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse</source>
        <translation>Przeglądanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buy</source>
        <translation>Zakup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service</source>
        <translation>Obsługa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Hybrydowe</translation>
    </message>
</context>
</TS>
