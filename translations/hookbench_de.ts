<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Hb::Ui::ApiListModel</name>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="24"/>
        <source>keyless</source>
        <translation>ohne Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="26"/>
        <source>custom plugin + auth token</source>
        <translation>eigenes Plugin + Auth-Token</translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="26"/>
        <source>custom plugin</source>
        <translation>eigenes Plugin</translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="27"/>
        <source>auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="43"/>
        <source>api_id %1 · org %2 · target %3
%4</source>
        <translation>api_id %1 · Org %2 · Ziel %3
%4</translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="53"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="54"/>
        <source>Listen path</source>
        <translation>Listen-Pfad</translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="55"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::BreakpointModel</name>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="57"/>
        <source>any API</source>
        <translation>jede API</translation>
    </message>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="63"/>
        <source>Every %1 hook</source>
        <translation>Jeder %1-Hook</translation>
    </message>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="66"/>
        <source>Every request</source>
        <translation>Jede Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="67"/>
        <source>Requests whose request line or a header contains &quot;%1&quot;</source>
        <translation>Anfragen, deren Anfragezeile oder ein Header „%1“ enthält</translation>
    </message>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="78"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="79"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="80"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ComposerPane</name>
    <message>
        <location filename="../ui/composerpane.cpp" line="26"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="33"/>
        <source>/listen-path/resource?query</source>
        <translation>/listen-pfad/ressource?abfrage</translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="34"/>
        <source>Header-Name: value (one per line)</source>
        <translation>Header-Name: Wert (einer pro Zeile)</translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="35"/>
        <source>Request body</source>
        <translation>Anfrage-Body</translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="41"/>
        <source>The reply appears here.</source>
        <translation>Die Antwort erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="42"/>
        <source>Send through the engine (Ctrl+Return)</source>
        <translation>Durch die Engine senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="51"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="52"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="96"/>
        <source>Enter a path such as /keyless/get.</source>
        <translation>Geben Sie einen Pfad wie /keyless/get ein.</translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="109"/>
        <source>Header line %1 needs &quot;Name: value&quot;.</source>
        <translation>Header-Zeile %1 braucht „Name: Wert“.</translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="123"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="130"/>
        <source>%1 %2 · %3 ms · %4 bytes</source>
        <translation>%1 %2 · %3 ms · %4 Bytes</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::DebuggerPane</name>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="59"/>
        <source>A&amp;dd</source>
        <translation>Hi&amp;nzufügen</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="88"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="89"/>
        <source>Run the selected request on to the next breakpoint (F8)</source>
        <translation>Die ausgewählte Anfrage bis zum nächsten Haltepunkt weiterlaufen lassen (F8)</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="90"/>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="91"/>
        <source>Run one phase of the selected request and pause again (F10)</source>
        <translation>Eine Phase der ausgewählten Anfrage ausführen und wieder anhalten (F10)</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="92"/>
        <source>&amp;Abort</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="93"/>
        <source>End the selected request now; the client gets 499 (Shift+F8)</source>
        <translation>Die ausgewählte Anfrage jetzt beenden; der Client erhält 499 (Umschalt+F8)</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="94"/>
        <source>A&amp;pply edits</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="95"/>
        <source>Give the paused request the method, path, query, headers, body and session shown here</source>
        <translation>Der angehaltenen Anfrage die hier gezeigte Methode, Pfad, Query, Header, Body und Sitzung geben</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="97"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="98"/>
        <source>Put the paused request back to what the client sent</source>
        <translation>Die angehaltene Anfrage auf das zurücksetzen, was der Client gesendet hat</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="227"/>
        <source>Breakpoints</source>
        <translation>Haltepunkte</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="160"/>
        <source>A phase, or a hook type (pre, post, …) to stop before each of its hooks</source>
        <translation>Eine Phase oder ein Hook-Typ (pre, post, …), um vor jedem seiner Hooks anzuhalten</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="169"/>
        <source>Any API</source>
        <translation>Jede API</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="175"/>
        <source>any request</source>
        <translation>jede Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="176"/>
        <source>Pause only requests whose request line (&quot;GET /path?query&quot;) or one of whose headers (&quot;Name: value&quot;) contains this text, ignoring case</source>
        <translation>Nur Anfragen anhalten, deren Anfragezeile („GET /pfad?query“) oder einer deren Header („Name: Wert“) diesen Text enthält; Groß- und Kleinschreibung zählen nicht</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="180"/>
        <source>Pause requests before this phase (a new breakpoint)</source>
        <translation>Anfragen vor dieser Phase anhalten (ein neuer Haltepunkt)</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="196"/>
        <source>R&amp;emove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="198"/>
        <source>Remove the selected breakpoints</source>
        <translation>Die ausgewählten Haltepunkte entfernen</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="218"/>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="220"/>
        <source>AP&amp;I</source>
        <translation>AP&amp;I</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="223"/>
        <source>&amp;Condition</source>
        <translation>&amp;Bedingung</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="251"/>
        <source>Paused requests</source>
        <translation>Angehaltene Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="284"/>
        <source>Every %1 hook</source>
        <translation>Jeder %1-Hook</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="298"/>
        <source>Name a phase or a hook type for the breakpoint.</source>
        <translation>Nennen Sie eine Phase oder einen Hook-Typ für den Haltepunkt.</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="351"/>
        <source>No request is paused. Set a breakpoint and send a request.</source>
        <translation>Keine Anfrage ist angehalten. Setzen Sie einen Haltepunkt und senden Sie eine Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="352"/>
        <source>Select a paused request to edit it.</source>
        <translation>Wählen Sie eine angehaltene Anfrage aus, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="364"/>
        <source>Request %1 to %2 is paused before %3.</source>
        <translation>Anfrage %1 an %2 ist vor %3 angehalten.</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="39"/>
        <source>Hookbench</source>
        <translation>Hookbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>API definitions</source>
        <translation>API-Definitionen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="59"/>
        <source>Request composer</source>
        <translation>Anfrage-Editor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62"/>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64"/>
        <source>Session cache</source>
        <translation>Sitzungscache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>Plugin code</source>
        <translation>Plugin-Code</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Debugger</source>
        <translation>Debugger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>reload failed: %1</source>
        <translation>Neu laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="104"/>
        <source>reloaded from disk</source>
        <translation>von der Festplatte neu geladen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>request %1 · %2 · %3: %4</source>
        <translation>Anfrage %1 · %2 · %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="127"/>
        <source>loaded %1 at %2 from %3</source>
        <translation>%1 unter %2 geladen aus %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="131"/>
        <source>%n API(s) loaded · engine ready</source>
        <translation>
            <numerusform>%n API geladen · Engine bereit</numerusform>
            <numerusform>%n APIs geladen · Engine bereit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>&amp;Reload from disk</source>
        <translation>&amp;Von der Festplatte neu laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>Re-read API definitions, policies and plugin code</source>
        <translation>API-Definitionen, Richtlinien und Plugin-Code neu einlesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <source>&amp;Debug</source>
        <translation>&amp;Debuggen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>&amp;About Hookbench</source>
        <translation>Ü&amp;ber Hookbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>About Hookbench</source>
        <translation>Über Hookbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>&lt;p&gt;&lt;b&gt;Hookbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A workbench for Tyk API Gateway plugins.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hookbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Eine Werkbank für Plugins des Tyk API Gateway.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::PausedExchangeModel</name>
    <message>
        <location filename="../ui/pausedexchangemodel.cpp" line="80"/>
        <source>Paused before %1</source>
        <translation>Angehalten vor %1</translation>
    </message>
    <message>
        <location filename="../ui/pausedexchangemodel.cpp" line="93"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/pausedexchangemodel.cpp" line="94"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/pausedexchangemodel.cpp" line="95"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/pausedexchangemodel.cpp" line="96"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/pausedexchangemodel.cpp" line="97"/>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::PausedRequestEditor</name>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="35"/>
        <source>/listen-path/resource</source>
        <translation>/listen-pfad/ressource</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="37"/>
        <source>name=value&amp;other=value (without &quot;?&quot;)</source>
        <translation>name=wert&amp;andere=wert (ohne „?“)</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="39"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="47"/>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="53"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="55"/>
        <source>Add a header</source>
        <translation>Einen Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="57"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="58"/>
        <source>Remove the selected headers</source>
        <translation>Die ausgewählten Header entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="90"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="91"/>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="97"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="98"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="99"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="143"/>
        <source>No session yet: this request has not passed authentication, or its API is keyless.</source>
        <translation>Noch keine Sitzung: Diese Anfrage hat die Authentifizierung noch nicht durchlaufen, oder ihre API ist schlüssellos.</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="151"/>
        <source>Enter a method such as GET.</source>
        <translation>Geben Sie eine Methode wie GET ein.</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="169"/>
        <source>Header row %1 needs a name without spaces or &quot;:&quot;.</source>
        <translation>Header-Zeile %1 braucht einen Namen ohne Leerzeichen oder „:“.</translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="183"/>
        <source>The session is not a JSON object.</source>
        <translation>Die Sitzung ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::PluginEditorPane</name>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="53"/>
        <source>&amp;Save and reload</source>
        <translation>&amp;Speichern und neu laden</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="60"/>
        <source>Write the file and reload the engine (Ctrl+S)</source>
        <translation>Datei schreiben und die Engine neu laden (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="76"/>
        <source>Save plugin</source>
        <translation>Plugin speichern</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="120"/>
        <source>No plugin sources in this workspace.</source>
        <translation>Dieser Arbeitsbereich enthält keinen Plugin-Code.</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="127"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="151"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="155"/>
        <source>Saved; reloading…</source>
        <translation>Gespeichert; wird neu geladen …</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="186"/>
        <source>Reload failed: %1</source>
        <translation>Neu laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="189"/>
        <source>Saved and reloaded; %1 loads cleanly.</source>
        <translation>Gespeichert und neu geladen; %1 lädt fehlerfrei.</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="191"/>
        <source>Reloaded with problems:
%1</source>
        <translation>Neu geladen, mit Problemen:
%1</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RedisBrowserDialog</name>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="44"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="49"/>
        <source>Browse a Redis (read-only)</source>
        <translation>Redis durchsuchen (nur lesen)</translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="58"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="59"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="60"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="80"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/redisbrowserdialog.cpp" line="94"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="114"/>
        <source>%1 · no expiry</source>
        <translation>%1 · läuft nicht ab</translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="115"/>
        <source>%1 · expires in %2 s</source>
        <translation>%1 · läuft in %2 s ab</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SessionCacheModel</name>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="64"/>
        <source>no deadline</source>
        <translation>keine Frist</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="65"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessioncachemodel.cpp" line="65"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="71"/>
        <source>Cache key %1
Deadline %2 (%3)</source>
        <translation>Cache-Schlüssel %1
Frist %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="90"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="91"/>
        <source>Raw ID</source>
        <translation>Roh-ID</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="92"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="93"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="94"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="95"/>
        <source>Misses</source>
        <translation>Fehlschläge</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SessionCachePane</name>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="50"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="51"/>
        <source>Jump &amp;forward</source>
        <translation>&amp;Vorspringen</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="53"/>
        <source>Move the engine clock forward, so deadlines pass without waiting</source>
        <translation>Die Uhr der Engine vorstellen, damit Fristen ohne Warten ablaufen</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="54"/>
        <source>&amp;Real time</source>
        <translation>&amp;Echtzeit</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="55"/>
        <source>Put the engine clock back to real time</source>
        <translation>Die Uhr der Engine auf Echtzeit zurückstellen</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="57"/>
        <source>&amp;Browse Redis…</source>
        <translation>Redis &amp;durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="59"/>
        <source>Look at the sessions of any Redis, e.g. a real Tyk&apos;s (read-only)</source>
        <translation>Die Sitzungen eines beliebigen Redis ansehen, z. B. eines echten Tyk (nur lesen)</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="90"/>
        <location filename="../ui/sessioncachepane.cpp" line="104"/>
        <source>Engine clock: real time</source>
        <translation>Engine-Uhr: Echtzeit</translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="91"/>
        <source>Engine clock: %1 (+%2 s)</source>
        <translation>Engine-Uhr: %1 (+%2 s)</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::TimelineModel</name>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="30"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="31"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="32"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="33"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="35"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="36"/>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="55"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="56"/>
        <source>paused before %1</source>
        <translation>angehalten vor %1</translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="59"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="60"/>
        <source>Workbench for Tyk API Gateway plugins.</source>
        <translation>Werkbank für Plugins des Tyk API Gateway.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="65"/>
        <source>Workspace directory (with apps/).</source>
        <translation>Arbeitsbereich (Verzeichnis mit apps/).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>Render the main window to a PNG and exit.</source>
        <translation>Das Hauptfenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>With --screenshot: stop one more request at a breakpoint and show the debugger.</source>
        <translation>Mit --screenshot: eine weitere Anfrage an einem Haltepunkt anhalten und den Debugger zeigen.</translation>
    </message>
</context>
</TS>
