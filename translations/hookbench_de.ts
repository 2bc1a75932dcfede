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
    <name>Hb::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>Hookbench</source>
        <translation>Hookbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="56"/>
        <source>API definitions</source>
        <translation>API-Definitionen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>Request composer</source>
        <translation>Anfrage-Editor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="61"/>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Session cache</source>
        <translation>Sitzungscache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Plugin code</source>
        <translation>Plugin-Code</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>reload failed: %1</source>
        <translation>Neu laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95"/>
        <source>reloaded from disk</source>
        <translation>von der Festplatte neu geladen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>request %1 · %2 · %3: %4</source>
        <translation>Anfrage %1 · %2 · %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>loaded %1 at %2 from %3</source>
        <translation>%1 unter %2 geladen aus %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>%n API(s) loaded · engine ready</source>
        <translation>
            <numerusform>%n API geladen · Engine bereit</numerusform>
            <numerusform>%n APIs geladen · Engine bereit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>&amp;Reload from disk</source>
        <translation>&amp;Von der Festplatte neu laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="149"/>
        <source>Re-read API definitions, policies and plugin code</source>
        <translation>API-Definitionen, Richtlinien und Plugin-Code neu einlesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="153"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>&amp;About Hookbench</source>
        <translation>Ü&amp;ber Hookbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>About Hookbench</source>
        <translation>Über Hookbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161"/>
        <source>&lt;p&gt;&lt;b&gt;Hookbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A workbench for Tyk API Gateway plugins.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hookbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Eine Werkbank für Plugins des Tyk API Gateway.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::PluginEditorPane</name>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="52"/>
        <source>&amp;Save and reload</source>
        <translation>&amp;Speichern und neu laden</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="59"/>
        <source>Write the file and reload the engine (Ctrl+S)</source>
        <translation>Datei schreiben und die Engine neu laden (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="75"/>
        <source>Save plugin</source>
        <translation>Plugin speichern</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="119"/>
        <source>No plugin sources in this workspace.</source>
        <translation>Dieser Arbeitsbereich enthält keinen Plugin-Code.</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="126"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="150"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="154"/>
        <source>Saved; reloading…</source>
        <translation>Gespeichert; wird neu geladen …</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="185"/>
        <source>Reload failed: %1</source>
        <translation>Neu laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="188"/>
        <source>Saved and reloaded; %1 loads cleanly.</source>
        <translation>Gespeichert und neu geladen; %1 lädt fehlerfrei.</translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="190"/>
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
        <location filename="../ui/redisbrowserdialog.cpp" line="93"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="112"/>
        <source>%1 · no expiry</source>
        <translation>%1 · läuft nicht ab</translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="113"/>
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
        <location filename="../ui/timelinemodel.cpp" line="52"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="55"/>
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
</context>
</TS>
