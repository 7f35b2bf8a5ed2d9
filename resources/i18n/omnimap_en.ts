<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CountTexts</name>
    <message numerus="yes">
        <location filename="../../omnimap/gui/counts.py" line="+21"/>
        <source>Remove the journey “{name}” with its %n touchpoint(s)? (Undo brings it back.)</source>
        <translation>
            <numerusform>Remove the journey “{name}” with its %n touchpoint? (Undo brings it back.)</numerusform>
            <numerusform>Remove the journey “{name}” with its %n touchpoints? (Undo brings it back.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n touchpoint(s)</source>
        <translation>
            <numerusform>Imported %n touchpoint</numerusform>
            <numerusform>Imported %n touchpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../omnimap/gui/main_window.py" line="+513"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message numerus="yes">
        <location filename="../../omnimap/gui/docks/problems.py" line="+119"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalCounts</name>
    <message numerus="yes">
        <location filename="../../omnimap/commands/refusals.py" line="+45"/>
        <source>The channel “{name}” is still used by %n touchpoint(s); move or delete them first.</source>
        <translation>
            <numerusform>The channel “{name}” is still used by %n touchpoint; move or delete it first.</numerusform>
            <numerusform>The channel “{name}” is still used by %n touchpoints; move or delete them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The stage “{name}” is still used by %n touchpoint(s); move or delete them first.</source>
        <translation>
            <numerusform>The stage “{name}” is still used by %n touchpoint; move or delete it first.</numerusform>
            <numerusform>The stage “{name}” is still used by %n touchpoints; move or delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoveStageDialog</name>
    <message numerus="yes">
        <location filename="../../omnimap/gui/dialogs/remove_stage.py" line="+60"/>
        <source>The stage “{name}” still has %n touchpoint(s). What should happen to them?</source>
        <translation>
            <numerusform>The stage “{name}” still has %n touchpoint. What should happen to it?</numerusform>
            <numerusform>The stage “{name}” still has %n touchpoints. What should happen to them?</numerusform>
        </translation>
    </message>
</context>
</TS>
