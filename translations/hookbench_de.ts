<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="73"/>
        <source>expects HOST:PORT, such as 127.0.0.1:8080</source>
        <translation>erwartet HOST:PORT, etwa 127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="77"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ApiFormWidget</name>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="67"/>
        <source>Proxy and authentication</source>
        <translation>Proxy und Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="72"/>
        <source>Strip listen path</source>
        <translation>Listen-Pfad entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="75"/>
        <source>Keyless</source>
        <translation>Ohne Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="76"/>
        <source>Auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="77"/>
        <source>Custom plugin auth</source>
        <translation>Plugin-Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="78"/>
        <source>Other (edit in JSON)</source>
        <translation>Andere (im JSON bearbeiten)</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="79"/>
        <source>use_keyless, use_standard_auth, custom_plugin_auth_enabled</source>
        <translation>use_keyless, use_standard_auth, custom_plugin_auth_enabled</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="82"/>
        <source>Listen path</source>
        <translation>Listen-Pfad</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="83"/>
        <source>Target URL</source>
        <translation>Ziel-URL</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="85"/>
        <source>Auth mode</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="102"/>
        <source>Custom middleware</source>
        <translation>Eigene Middleware</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="109"/>
        <source>custom_middleware_bundle: a bundle name, or several separated by commas</source>
        <translation>custom_middleware_bundle: ein Bundle-Name oder mehrere, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="112"/>
        <source>function name</source>
        <translation>Funktionsname</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="114"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="120"/>
        <source>pre</source>
        <translation>pre</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="121"/>
        <source>post_key_auth</source>
        <translation>post_key_auth</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="122"/>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="123"/>
        <source>response</source>
        <translation>response</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="125"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="126"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="127"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="128"/>
        <source>Raw body</source>
        <translation>Roher Body</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="129"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="127"/>
        <source>require_session</source>
        <translation>require_session</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="128"/>
        <source>raw_body_only</source>
        <translation>raw_body_only</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="129"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="137"/>
        <source>Driver</source>
        <translation>Treiber</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="138"/>
        <source>Bundle</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="139"/>
        <source>auth_check</source>
        <translation>auth_check</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="140"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="168"/>
        <source>MyHook</source>
        <translation>MeinHook</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="184"/>
        <source>ID extractor (coprocess auth_check)</source>
        <translation>ID-Extraktor (Coprocess-auth_check)</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="186"/>
        <source>With a bundle, Tyk reads the ID extractor from the bundle&apos;s manifest; this one is ignored.</source>
        <translation>Mit einem Bundle liest Tyk den ID-Extraktor aus dem Manifest des Bundles; dieser hier wird ignoriert.</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="190"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="198"/>
        <source>Any other value means no extractor, as in Tyk</source>
        <translation>Jeder andere Wert bedeutet: kein Extraktor, wie in Tyk</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="210"/>
        <source>Extract from</source>
        <translation>Auslesen aus</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="211"/>
        <source>Extract with</source>
        <translation>Auslesen mit</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="212"/>
        <source>Header name</source>
        <translation>Header-Name</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="213"/>
        <source>Form parameter</source>
        <translation>Formularparameter</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="214"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="215"/>
        <source>Match index</source>
        <translation>Treffer-Index</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="216"/>
        <source>XPath expression</source>
        <translation>XPath-Ausdruck</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="232"/>
        <source>The JSON does not parse, so the form is off until it does:
%1</source>
        <translation>Das JSON ist nicht lesbar, deshalb ist das Formular aus, bis es das wieder ist:
%1</translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="235"/>
        <source>Tyk OAS definitions are edited in the JSON tab.</source>
        <translation>Tyk-OAS-Definitionen werden im Reiter JSON bearbeitet.</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ApiListModel</name>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="42"/>
        <source>keyless</source>
        <translation>ohne Schlüssel</translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="44"/>
        <source>custom plugin + auth token</source>
        <translation>eigenes Plugin + Auth-Token</translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="44"/>
        <source>custom plugin</source>
        <translation>eigenes Plugin</translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="45"/>
        <source>auth token</source>
        <translation>Auth-Token</translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="61"/>
        <source>api_id %1 · org %2 · target %3
%4</source>
        <translation>api_id %1 · Org %2 · Ziel %3
%4</translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="71"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="72"/>
        <source>Listen path</source>
        <translation>Listen-Pfad</translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="73"/>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ApiPane</name>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="44"/>
        <source>&amp;Save and reload</source>
        <translation>&amp;Speichern und neu laden</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="45"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="61"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="62"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="66"/>
        <source>Write the definition and reload the engine (Ctrl+S)</source>
        <translation>Definition schreiben und die Engine neu laden (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="68"/>
        <source>Drop the unsaved edits and read the file from disk again (Ctrl+Z brings them back)</source>
        <translation>Die ungespeicherten Änderungen verwerfen und die Datei erneut von der Festplatte lesen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="77"/>
        <source>Save API definition</source>
        <translation>API-Definition speichern</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="vanished">Noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="235"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="239"/>
        <source>Saved; reloading…</source>
        <translation>Gespeichert; wird neu geladen …</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="250"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="256"/>
        <source>Reverted to the file on disk.</source>
        <translation>Auf den Stand der Datei auf der Festplatte zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="296"/>
        <source>Reload failed: %1</source>
        <translation>Neu laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="298"/>
        <source>Reloaded with problems:
%1</source>
        <translation>Neu geladen, mit Problemen:
%1</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="301"/>
        <source>Saved and reloaded; %1 loads cleanly.</source>
        <translation>Gespeichert und neu geladen; %1 lädt fehlerfrei.</translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="320"/>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::BodyEditor</name>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="21"/>
        <source>Format</source>
        <translation>Formatieren</translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="27"/>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="28"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="29"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="30"/>
        <source>Body mode: text as typed, JSON (checked, can be formatted) or form fields sent URL-encoded</source>
        <translation>Body-Modus: Text wie eingegeben, JSON (geprüft, formatierbar) oder Formularfelder, URL-kodiert gesendet</translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="32"/>
        <source>Re-indent the JSON body</source>
        <translation>JSON-Body neu einrücken</translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="35"/>
        <source>Request body; {{variables}} are expanded when sent</source>
        <translation>Anfrage-Body; {{Variablen}} werden beim Senden ersetzt</translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="36"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="39"/>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="40"/>
        <source>Remove field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="133"/>
        <source>JSON: %1 at line %2, column %3</source>
        <translation>JSON: %1 in Zeile %2, Spalte %3</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::BreakpointModel</name>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="139"/>
        <source>any API</source>
        <translation>jede API</translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="145"/>
        <source>Off: requests go through; tick the box to stop them here again</source>
        <translation>Aus: Anfragen laufen durch; Haken setzen, um sie hier wieder anzuhalten</translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="147"/>
        <source>Every %1 hook</source>
        <translation>Jeder %1-Hook</translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="150"/>
        <source>Every request</source>
        <translation>Jede Anfrage</translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="151"/>
        <source>Requests whose request line or a header contains &quot;%1&quot;</source>
        <translation>Anfragen, deren Anfragezeile oder ein Header „%1“ enthält</translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="162"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="163"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="164"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ComposerPane</name>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="46"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="123"/>
        <source>Header-Name: value (one per line)</source>
        <translation>Header-Name: Wert (einer pro Zeile)</translation>
    </message>
    <message>
        <source>The reply appears here.</source>
        <translation type="vanished">Die Antwort erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="92"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="93"/>
        <source>Add environments and edit their variables</source>
        <translation>Umgebungen anlegen und ihre Variablen bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="95"/>
        <source>Import curl…</source>
        <translation>curl importieren…</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="96"/>
        <source>Paste a curl command to fill the composer</source>
        <translation>Einen curl-Befehl einfügen, um den Composer zu füllen</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="98"/>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="99"/>
        <source>Copy the composed request to the clipboard as a curl command</source>
        <translation>Die Anfrage als curl-Befehl in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="100"/>
        <source>The environment whose variables fill {{name}} placeholders</source>
        <translation>Die Umgebung, deren Variablen {{name}}-Platzhalter füllen</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="104"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="122"/>
        <source>/listen-path/resource?query or http://host/…</source>
        <translation>/listen-pfad/ressource?abfrage oder http://host/…</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="126"/>
        <source>Send through the engine (Ctrl+Return)</source>
        <translation>Durch die Engine senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="136"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="137"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="146"/>
        <source>{&quot;status&quot;: 200, &quot;pluginCalls&quot;: [{&quot;hook&quot;: &quot;MyPreHook&quot;}]}</source>
        <translation>{&quot;status&quot;: 200, &quot;pluginCalls&quot;: [{&quot;hook&quot;: &quot;MyPreHook&quot;}]}</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="147"/>
        <source>What hookbench-cli test checks the reply against (JSON): status, headers, body, json paths, maxTimeMs, pluginCalls, cacheHit. History&apos;s Expect This Reply fills it in.</source>
        <translation>Womit hookbench-cli test die Antwort prüft (JSON): status, headers, body, json-Pfade, maxTimeMs, pluginCalls, cacheHit. „Diese Antwort erwarten“ im Verlauf füllt es aus.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="162"/>
        <source>Expect</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="231"/>
        <source>Expect, line %1: %2</source>
        <translation>Erwartet, Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="234"/>
        <source>Expect: not a JSON object</source>
        <translation>Erwartet: kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="286"/>
        <source>&quot;%1&quot; now expects this reply (hookbench-cli test checks it).</source>
        <translation>„%1“ erwartet jetzt diese Antwort (hookbench-cli test prüft sie).</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="299"/>
        <source>Send (Ctrl+Return) to see this request&apos;s reply.</source>
        <translation>Senden (Strg+Eingabe), um die Antwort auf diese Anfrage zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="302"/>
        <source>Loaded &quot;%1&quot;.</source>
        <translation>„%1“ geladen.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="319"/>
        <source> (no environment is active)</source>
        <translation> (keine Umgebung aktiv)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="320"/>
        <source> (environment &quot;%1&quot;)</source>
        <translation> (Umgebung „%1“)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="336"/>
        <source>Waiting for the reply…</source>
        <translation>Warte auf die Antwort …</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="391"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="413"/>
        <source>Save request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="413"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="436"/>
        <source>Imported the curl command.</source>
        <translation>curl-Befehl importiert.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="437"/>
        <source>Imported the curl command; not imported: %1</source>
        <translation>curl-Befehl importiert; nicht übernommen: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="446"/>
        <location filename="../ui/composer/composerpane.cpp" line="453"/>
        <location filename="../ui/composer/composerpane.cpp" line="456"/>
        <source>Import curl</source>
        <translation>curl importieren</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="446"/>
        <source>Paste a curl command (line continuations are fine):</source>
        <translation>curl-Befehl einfügen (Zeilenfortsetzungen sind erlaubt):</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="454"/>
        <source>The command could not be imported: %1</source>
        <translation>Der Befehl konnte nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="457"/>
        <source>Imported, except:

%1</source>
        <translation>Importiert, außer:

%1</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="477"/>
        <source>Copied as curl.</source>
        <translation>Als curl kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="334"/>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="355"/>
        <source>%1 %2 · %3 ms · %4 bytes</source>
        <translation>%1 %2 · %3 ms · %4 Bytes</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::CurlCommand</name>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="132"/>
        <source>A single quote is not closed.</source>
        <translation>Ein einfaches Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="147"/>
        <source>A double quote is not closed.</source>
        <translation>Ein doppeltes Anführungszeichen ist nicht geschlossen.</translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="221"/>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="235"/>
        <source>More than one URL: %1 and %2.</source>
        <translation>Mehr als eine URL: %1 und %2.</translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="274"/>
        <source>The header &quot;%1&quot; needs &quot;Name: value&quot;.</source>
        <translation>Der Header „%1“ braucht „Name: Wert“.</translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="280"/>
        <source>%1 %2 reads a file; paste the data itself (or use --data-raw).</source>
        <translation>%1 %2 liest eine Datei; fügen Sie die Daten selbst ein (oder nutzen Sie --data-raw).</translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="249"/>
        <source>Ignored %1 (it changes how curl prints or connects, not the request).</source>
        <translation>%1 ignoriert (ändert, wie curl ausgibt oder verbindet, nicht die Anfrage).</translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="254"/>
        <source>Ignored %1 %2 (not supported by the composer).</source>
        <translation>%1 %2 ignoriert (vom Composer nicht unterstützt).</translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="256"/>
        <source>Unknown option %1: not imported.</source>
        <translation>Unbekannte Option %1: nicht importiert.</translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="208"/>
        <source>The command has no URL.</source>
        <translation>Der Befehl enthält keine URL.</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::DebuggerPane</name>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="60"/>
        <source>A&amp;dd</source>
        <translation>Hi&amp;nzufügen</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="89"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="90"/>
        <source>Run the selected request on to the next breakpoint (F8)</source>
        <translation>Die ausgewählte Anfrage bis zum nächsten Haltepunkt weiterlaufen lassen (F8)</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="91"/>
        <source>&amp;Step</source>
        <translation>&amp;Schritt</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="92"/>
        <source>Run one phase of the selected request and pause again (F10)</source>
        <translation>Eine Phase der ausgewählten Anfrage ausführen und wieder anhalten (F10)</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="93"/>
        <source>&amp;Abort</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="94"/>
        <source>End the selected request now; the client gets 499 (Shift+F8)</source>
        <translation>Die ausgewählte Anfrage jetzt beenden; der Client erhält 499 (Umschalt+F8)</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="95"/>
        <source>A&amp;pply edits</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="96"/>
        <source>Give the paused request the method, path, query, headers, body and session shown here</source>
        <translation>Der angehaltenen Anfrage die hier gezeigte Methode, Pfad, Query, Header, Body und Sitzung geben</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="98"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="99"/>
        <source>Put the paused request back to what the client sent</source>
        <translation>Die angehaltene Anfrage auf das zurücksetzen, was der Client gesendet hat</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="237"/>
        <source>Breakpoints</source>
        <translation>Haltepunkte</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="161"/>
        <source>A phase, or a hook type (pre, post, …) to stop before each of its hooks</source>
        <translation>Eine Phase oder ein Hook-Typ (pre, post, …), um vor jedem seiner Hooks anzuhalten</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="312"/>
        <source>Any API</source>
        <translation>Jede API</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="172"/>
        <source>any request</source>
        <translation>jede Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="173"/>
        <source>Pause only requests whose request line (&quot;GET /path?query&quot;) or one of whose headers (&quot;Name: value&quot;) contains this text, ignoring case</source>
        <translation>Nur Anfragen anhalten, deren Anfragezeile („GET /pfad?query“) oder einer deren Header („Name: Wert“) diesen Text enthält; Groß- und Kleinschreibung zählen nicht</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="177"/>
        <source>Pause requests before this phase (a new breakpoint)</source>
        <translation>Anfragen vor dieser Phase anhalten (ein neuer Haltepunkt)</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="193"/>
        <source>R&amp;emove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="195"/>
        <source>Remove the selected breakpoints</source>
        <translation>Die ausgewählten Haltepunkte entfernen</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="204"/>
        <source>E&amp;nable All</source>
        <translation>Alle &amp;einschalten</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="206"/>
        <source>Turn every breakpoint on</source>
        <translation>Alle Haltepunkte einschalten</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="208"/>
        <source>&amp;Disable All</source>
        <translation>Alle a&amp;usschalten</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="210"/>
        <source>Let every request through; the breakpoints stay listed</source>
        <translation>Alle Anfragen durchlassen; die Haltepunkte bleiben in der Liste</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="226"/>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="228"/>
        <source>AP&amp;I</source>
        <translation>AP&amp;I</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="233"/>
        <source>&amp;Condition</source>
        <translation>&amp;Bedingung</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="261"/>
        <source>Paused requests</source>
        <translation>Angehaltene Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="294"/>
        <source>Every %1 hook</source>
        <translation>Jeder %1-Hook</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="329"/>
        <source>Name a phase or a hook type for the breakpoint.</source>
        <translation>Nennen Sie eine Phase oder einen Hook-Typ für den Haltepunkt.</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="394"/>
        <source>No request is paused. Set a breakpoint and send a request.</source>
        <translation>Keine Anfrage ist angehalten. Setzen Sie einen Haltepunkt und senden Sie eine Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="395"/>
        <source>Select a paused request to edit it.</source>
        <translation>Wählen Sie eine angehaltene Anfrage aus, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="407"/>
        <source>Request %1 to %2 is paused before %3.</source>
        <translation>Anfrage %1 an %2 ist vor %3 angehalten.</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::EditorBuffers</name>
    <message>
        <location filename="../ui/editors/editorbuffers.cpp" line="107"/>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/editors/editorbuffers.cpp" line="110"/>
        <source>Restored unsaved edits from %1. The file on disk has changed since the edit began: saving replaces those changes.</source>
        <translation>Ungespeicherte Änderungen vom %1 wiederhergestellt. Die Datei auf der Festplatte wurde seit Beginn der Bearbeitung geändert: Speichern ersetzt diese Änderungen.</translation>
    </message>
    <message>
        <location filename="../ui/editors/editorbuffers.cpp" line="113"/>
        <source>Restored unsaved edits from %1; not saved yet.</source>
        <translation>Ungespeicherte Änderungen vom %1 wiederhergestellt; noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::EndpointPluginsGroup</name>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="37"/>
        <source>Per-endpoint plugins</source>
        <translation>Plugins pro Endpunkt</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="43"/>
        <source>path: a regular expression matched against the request path</source>
        <translation>path: ein regulärer Ausdruck, der auf den Pfad der Anfrage passen muss</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="44"/>
        <source>method: compared exactly with the request&apos;s method</source>
        <translation>method: wird genau mit der Methode der Anfrage verglichen</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="47"/>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="58"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="48"/>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="59"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="49"/>
        <source>Plugin file</source>
        <translation>Plugin-Datei</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="49"/>
        <source>plugin_path: the Go plugin&apos;s .so file</source>
        <translation>plugin_path: die .so-Datei des Go-Plugins</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="50"/>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="60"/>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="50"/>
        <source>func_name: the exported function Tyk calls; only the first matching entry runs</source>
        <translation>func_name: die exportierte Funktion, die Tyk aufruft; nur der erste passende Eintrag läuft</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="52"/>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="61"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="52"/>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="61"/>
        <source>disabled</source>
        <translation>disabled</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="60"/>
        <source>response_function_name: the JavaScript function that answers</source>
        <translation>response_function_name: die JavaScript-Funktion, die antwortet</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="68"/>
        <source>Go post plugins (go_plugin)</source>
        <translation>Go-Post-Plugins (go_plugin)</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="72"/>
        <source>Virtual endpoints (virtual)</source>
        <translation>Virtuelle Endpunkte (virtual)</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="100"/>
        <source>function_source_type: file (a path) or blob (the source in base64)</source>
        <translation>function_source_type: file (ein Pfad) oder blob (der Quelltext in Base64)</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="104"/>
        <source>function_source_uri: the file&apos;s path, or the function&apos;s source in base64</source>
        <translation>function_source_uri: der Pfad der Datei oder der Quelltext der Funktion in Base64</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="105"/>
        <source>Use session</source>
        <translation>Sitzung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="108"/>
        <source>use_session: the function gets the session and may change its metadata</source>
        <translation>use_session: die Funktion erhält die Sitzung und darf ihre Metadaten ändern</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="109"/>
        <source>Proxy on error</source>
        <translation>Bei Fehler weiterleiten</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="111"/>
        <source>proxy_on_error: when the function fails, the request goes on to the upstream instead of failing with 500</source>
        <translation>proxy_on_error: schlägt die Funktion fehl, geht die Anfrage an den Upstream weiter, statt mit 500 abzubrechen</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="122"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="157"/>
        <source>Entries of version_data.versions.%1.extended_paths, the version the engine uses.</source>
        <translation>Einträge aus version_data.versions.%1.extended_paths, der Version, die die Engine verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="161"/>
        <source>The version does not exist yet; the first entry creates it.</source>
        <translation>Diese Version gibt es noch nicht; der erste Eintrag legt sie an.</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="163"/>
        <source>Its use_extended_paths is off, so Tyk ignores these entries.</source>
        <translation>Ihr use_extended_paths ist aus, daher ignoriert Tyk diese Einträge.</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="247"/>
        <source>MyPostPlugin</source>
        <translation>MeinPostPlugin</translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="264"/>
        <source>myVirtualEndpoint</source>
        <translation>meinVirtuellerEndpunkt</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::EngineBridge</name>
    <message>
        <location filename="../workbench/bridge/enginebridge.cpp" line="256"/>
        <source>No session is stored under %1.</source>
        <translation>Unter %1 ist keine Sitzung gespeichert.</translation>
    </message>
    <message>
        <location filename="../workbench/bridge/enginebridge.cpp" line="272"/>
        <source>A session is a JSON object.</source>
        <translation>Eine Sitzung ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../workbench/bridge/enginebridge.cpp" line="354"/>
        <source>Port %1 is busy (%2); listening on a free port instead.</source>
        <translation>Port %1 ist belegt (%2); stattdessen wird auf einem freien Port gelauscht.</translation>
    </message>
    <message>
        <location filename="../workbench/bridge/enginebridge.cpp" line="367"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::EnvironmentDialog</name>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="24"/>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="26"/>
        <source>token = sample-token
host = localhost:8080</source>
        <translation>token = sample-token
host = localhost:8080</translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="28"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="29"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="31"/>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="38"/>
        <source>Variables, one &quot;name = value&quot; per line; use them as {{name}} in the URL, headers and body.</source>
        <translation>Variablen, eine pro Zeile als „name = wert“; in URL, Headern und Body als {{name}} verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="59"/>
        <source>New environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="59"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="99"/>
        <source>Line %1 needs &quot;name = value&quot;.</source>
        <translation>Zeile %1 braucht „name = wert“.</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ExpectationChecker</name>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="54"/>
        <location filename="../workbench/testing/expectationchecker.cpp" line="103"/>
        <source>expected %1, got %2</source>
        <translation>erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="62"/>
        <source>expected no %1 header, got &quot;%2&quot;</source>
        <translation>kein Header %1 erwartet, erhalten „%2“</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="66"/>
        <source>the reply has no %1 header</source>
        <translation>die Antwort hat keinen Header %1</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="70"/>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation>erwartet „%1“, erhalten „%2“</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="73"/>
        <source>&quot;%1&quot; does not match /%2/</source>
        <translation>„%1“ passt nicht zu /%2/</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="79"/>
        <source>body contains &quot;%1&quot;</source>
        <translation>Body enthält „%1“</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="80"/>
        <source>not found in the body: %1</source>
        <translation>nicht im Body gefunden: %1</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="82"/>
        <source>body matches /%1/</source>
        <translation>Body passt zu /%1/</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="84"/>
        <source>no match in the body: %1</source>
        <translation>kein Treffer im Body: %1</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="95"/>
        <source>the body is not JSON (%1 at offset %2)</source>
        <translation>der Body ist kein JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="104"/>
        <source>expected %1, the path names nothing</source>
        <translation>erwartet %1, der Pfad benennt nichts</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="106"/>
        <source>the path names nothing</source>
        <translation>der Pfad benennt nichts</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="109"/>
        <source>expected nothing, got %1</source>
        <translation>nichts erwartet, erhalten %1</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="116"/>
        <source>took %1 ms, more than %2 ms</source>
        <translation>dauerte %1 ms, mehr als %2 ms</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="126"/>
        <source>plugin %1 called</source>
        <translation>Plugin %1 aufgerufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../workbench/testing/expectationchecker.cpp" line="127"/>
        <source>expected %n call(s)</source>
        <translation>
            <numerusform>%n Aufruf erwartet</numerusform>
            <numerusform>%n Aufrufe erwartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workbench/testing/expectationchecker.cpp" line="128"/>
        <source>got %n</source>
        <translation>
            <numerusform>erhalten %n</numerusform>
            <numerusform>erhalten %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="134"/>
        <source>the ID extractor&apos;s cache did not answer (the auth plugin ran)</source>
        <translation>der Cache des ID-Extraktors hat nicht geantwortet (das Auth-Plugin lief)</translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="135"/>
        <source>the ID extractor&apos;s cache answered; expected the auth plugin</source>
        <translation>der Cache des ID-Extraktors hat geantwortet; erwartet war das Auth-Plugin</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::FormTableHelpers</name>
    <message>
        <location filename="../ui/common/formtablehelpers.cpp" line="78"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/common/formtablehelpers.cpp" line="81"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::GatewayAddressButton</name>
    <message>
        <location filename="../ui/common/gatewayaddressbutton.cpp" line="27"/>
        <source>Gateway not listening</source>
        <translation>Gateway lauscht nicht</translation>
    </message>
    <message>
        <location filename="../ui/common/gatewayaddressbutton.cpp" line="30"/>
        <source>Gateway %1</source>
        <translation>Gateway %1</translation>
    </message>
    <message>
        <location filename="../ui/common/gatewayaddressbutton.cpp" line="31"/>
        <source>Your HTTP clients call this address; click to copy it</source>
        <translation>Ihre HTTP-Clients rufen diese Adresse auf; zum Kopieren klicken</translation>
    </message>
    <message>
        <location filename="../ui/common/gatewayaddressbutton.cpp" line="32"/>
        <source>Click to copy the address</source>
        <translation>Zum Kopieren der Adresse klicken</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::GrpcServerIndicator</name>
    <message numerus="yes">
        <location filename="../ui/common/grpcserverindicator.cpp" line="76"/>
        <source>gRPC %1 · %2 · %n call(s)</source>
        <translation>
            <numerusform>gRPC %1 · %2 · %n Aufruf</numerusform>
            <numerusform>gRPC %1 · %2 · %n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/grpcserverindicator.cpp" line="79"/>
        <location filename="../ui/common/grpcserverindicator.cpp" line="127"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="81"/>
        <location filename="../ui/common/grpcserverindicator.cpp" line="129"/>
        <source>%1 ms mean</source>
        <translation>%1 ms im Mittel</translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="97"/>
        <source>waiting for the plugin server, %1 s (%2)</source>
        <translation>wartet auf den Plugin-Server, %1 s (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/grpcserverindicator.cpp" line="101"/>
        <source>and %n more call(s)</source>
        <translation>
            <numerusform>und %n weiterer Aufruf</numerusform>
            <numerusform>und %n weitere Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="112"/>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="113"/>
        <source>%1, at %2</source>
        <translation>%1, um %2</translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="119"/>
        <source>The plugin server at %1 does not answer (%2).</source>
        <translation>Der Plugin-Server unter %1 antwortet nicht (%2).</translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="122"/>
        <source>gRPC plugin server %1, dialled as %2</source>
        <translation>gRPC-Plugin-Server %1, Ziel %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/grpcserverindicator.cpp" line="125"/>
        <source>API %1: %n call(s)</source>
        <translation>
            <numerusform>API %1: %n Aufruf</numerusform>
            <numerusform>API %1: %n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="132"/>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="140"/>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="142"/>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="144"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="146"/>
        <source>transient failure</source>
        <translation>vorübergehender Fehler</translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="148"/>
        <source>shutdown</source>
        <translation>beendet</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::HistoryModel</name>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="30"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="31"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="32"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="33"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="34"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="35"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="51"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="54"/>
        <source>composer</source>
        <translation>Composer</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="55"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="56"/>
        <source>replay</source>
        <translation>Wiederholung</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::HistoryPane</name>
    <message>
        <location filename="../ui/history/historypane.cpp" line="25"/>
        <location filename="../ui/history/historypane.cpp" line="116"/>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="26"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="27"/>
        <location filename="../ui/history/historypane.cpp" line="120"/>
        <source>Expect This Reply</source>
        <translation>Diese Antwort erwarten</translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="42"/>
        <source>Send the selected requests (all when none is selected) through the engine again and compare the outcomes</source>
        <translation>Die gewählten Anfragen (alle, wenn keine gewählt ist) erneut durch die Engine schicken und die Ergebnisse vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="45"/>
        <source>Keep the selected request&apos;s status, hook calls and cache outcome as what its saved request expects; hookbench-cli test checks them</source>
        <translation>Status, Hook-Aufrufe und Cache-Ergebnis der gewählten Anfrage als Erwartung ihrer gespeicherten Anfrage behalten; hookbench-cli test prüft sie</translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="51"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="52"/>
        <source>Replay results; select one to compare it with its recording</source>
        <translation>Ergebnisse der Wiederholung; eines wählen, um es mit der Aufzeichnung zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="53"/>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="165"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historypane.cpp" line="187"/>
        <source>Replay cancelled after %n request(s).</source>
        <translation>
            <numerusform>Wiederholung nach %n Anfrage abgebrochen.</numerusform>
            <numerusform>Wiederholung nach %n Anfragen abgebrochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hb::Ui::JsonPath</name>
    <message>
        <location filename="../workbench/testing/jsonpath.cpp" line="15"/>
        <source>JSON path &quot;%1&quot;, column %2: %3</source>
        <translation>JSON-Pfad „%1“, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../workbench/testing/jsonpath.cpp" line="44"/>
        <source>a key name is missing</source>
        <translation>ein Schlüsselname fehlt</translation>
    </message>
    <message>
        <location filename="../workbench/testing/jsonpath.cpp" line="57"/>
        <source>the quoted key is not closed</source>
        <translation>der Schlüssel in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <location filename="../workbench/testing/jsonpath.cpp" line="70"/>
        <source>expected an array index or a quoted key</source>
        <translation>erwartet: ein Array-Index oder ein Schlüssel in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../workbench/testing/jsonpath.cpp" line="74"/>
        <source>expected &apos;]&apos;</source>
        <translation>erwartet: ‚]‘</translation>
    </message>
    <message>
        <location filename="../workbench/testing/jsonpath.cpp" line="77"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes ‚%1‘</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::LoadProgressIndicator</name>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="19"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="21"/>
        <source>Loading API definitions and plugins…</source>
        <translation>API-Definitionen und Plugins werden geladen…</translation>
    </message>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="29"/>
        <source>Downloading bundle %1</source>
        <translation>Lade Bundle %1 herunter</translation>
    </message>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="30"/>
        <source>Checking bundle %1</source>
        <translation>Bundle %1 wird geprüft</translation>
    </message>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="31"/>
        <source>Unpacking bundle %1</source>
        <translation>Bundle %1 wird entpackt</translation>
    </message>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="32"/>
        <source>Verifying bundle %1</source>
        <translation>Bundle %1 wird verifiziert</translation>
    </message>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="33"/>
        <source>Loading plugins of bundle %1</source>
        <translation>Plugins aus Bundle %1 werden geladen</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::LogModel</name>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="38"/>
        <source>debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="39"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="40"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="41"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="103"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="104"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="105"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="106"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::LogPane</name>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="43"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="44"/>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="45"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="46"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="47"/>
        <source>Show only lines at or above this level</source>
        <translation>Nur Zeilen dieser Stufe oder höher zeigen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="54"/>
        <source>Search the log (Ctrl+F)</source>
        <translation>Im Protokoll suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="60"/>
        <source>Search the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="69"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="71"/>
        <source>Forget the lines shown so far</source>
        <translation>Die bisher gezeigten Zeilen verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="93"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="170"/>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 gezeigt</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>Hookbench</source>
        <translation>Hookbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>API definitions</source>
        <translation>API-Definitionen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Request composer</source>
        <translation>Anfrage-Editor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>Logs</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>Session cache</source>
        <translation>Sitzungscache</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Plugin code</source>
        <translation>Plugin-Code</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Debugger</source>
        <translation>Debugger</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Opened %1 at line %2</source>
        <translation>%1 in Zeile %2 geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>reload failed: %1</source>
        <translation>Neu laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>reloaded from disk</source>
        <translation>von der Festplatte neu geladen</translation>
    </message>
    <message>
        <source>request %1 · %2 · %3: %4</source>
        <translation type="vanished">Anfrage %1 · %2 · %3: %4</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Gateway listening on %1</source>
        <translation>Gateway lauscht auf %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <location filename="../ui/mainwindow.cpp" line="504"/>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>request %1 · %2 · %3</source>
        <translation>Anfrage %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>loaded %1 at %2 from %3</source>
        <translation>%1 unter %2 geladen aus %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>%n API(s) loaded · engine ready</source>
        <translation>
            <numerusform>%n API geladen · Engine bereit</numerusform>
            <numerusform>%n APIs geladen · Engine bereit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>Reload failed: %1</source>
        <translation>Neu laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the first-start layout</source>
        <translation type="vanished">die Anordnung beim ersten Start</translation>
    </message>
    <message>
        <source>the Compose layout</source>
        <translation type="vanished">die Anordnung „Anfragen“</translation>
    </message>
    <message>
        <source>the Debug layout</source>
        <translation type="vanished">die Anordnung „Debuggen“</translation>
    </message>
    <message>
        <source>the Inspect layout</source>
        <translation type="vanished">die Anordnung „Untersuchen“</translation>
    </message>
    <message>
        <source>Switched to %1</source>
        <translation type="vanished">Gewechselt zu %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>Settings saved; the store, the plugin timeout and the language change when Hookbench starts again</source>
        <translation>Einstellungen gespeichert; Store, Plugin-Zeitlimit und Sprache ändern sich beim nächsten Start von Hookbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>&amp;Reload from disk</source>
        <translation>&amp;Von der Festplatte neu laden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>Re-read API definitions, policies and plugin code</source>
        <translation>API-Definitionen, Richtlinien und Plugin-Code neu einlesen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>&amp;Debug</source>
        <translation>&amp;Debuggen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>Build Go Plugins for &amp;Delve</source>
        <translation>Go-Plugins für &amp;Delve bauen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>Rebuild Go plugins without optimisations and restart their host; its pid is in the log for dlv attach (as --plugin-debug)</source>
        <translation>Go-Plugins ohne Optimierungen neu bauen und ihren Host neu starten; seine PID steht für dlv attach im Protokoll (wie --plugin-debug)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>Go plugins are rebuilt for Delve; the host&apos;s pid shows in the log</source>
        <translation>Go-Plugins werden für Delve neu gebaut; die PID des Hosts steht im Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>Go plugins are rebuilt with optimisations</source>
        <translation>Go-Plugins werden mit Optimierungen neu gebaut</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="381"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>&amp;Layout</source>
        <translation>&amp;Anordnung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>&amp;Compose: composer and history</source>
        <translation>&amp;Anfragen: Anfrage-Editor und Verlauf</translation>
    </message>
    <message>
        <source>&amp;Debug: debugger, plugin code and logs</source>
        <translation type="vanished">&amp;Debuggen: Debugger, Plugin-Code und Protokoll</translation>
    </message>
    <message>
        <source>&amp;Inspect: session cache, history and logs</source>
        <translation type="vanished">&amp;Untersuchen: Sitzungs-Cache, Verlauf und Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>Back to the first-start layout</source>
        <translation>Zurück zur Anordnung beim ersten Start</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>Compose layout: composer and history in front</source>
        <translation>Anordnung „Anfragen“: Anfrage-Editor und Verlauf vorn</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>Debug layout: debugger and logs in front</source>
        <translation>Anordnung „Debuggen“: Debugger und Protokoll vorn</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>Inspect layout: session cache and composer in front</source>
        <translation>Anordnung „Untersuchen“: Sitzungs-Cache und Anfrage-Editor vorn</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>&amp;Debug: debugger and logs</source>
        <translation>&amp;Debuggen: Debugger und Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="390"/>
        <source>&amp;Inspect: session cache and composer</source>
        <translation>&amp;Untersuchen: Sitzungs-Cache und Anfrage-Editor</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399"/>
        <source>&amp;Reset Layout</source>
        <translation>Anordnung &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>&amp;About Hookbench</source>
        <translation>Ü&amp;ber Hookbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>About Hookbench</source>
        <translation>Über Hookbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>&lt;p&gt;&lt;b&gt;Hookbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A workbench for Tyk API Gateway plugins.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Hookbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Eine Werkbank für Plugins des Tyk API Gateway.&lt;/p&gt;&lt;p&gt;Lizenz: GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="448"/>
        <source>Saved request &quot;%1&quot; now expects this reply; hookbench-cli test checks it</source>
        <translation>Gespeicherte Anfrage „%1“ erwartet jetzt diese Antwort; hookbench-cli test prüft sie</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="470"/>
        <source>Request %1 is not in the history (still running, or older than what it keeps)</source>
        <translation>Anfrage %1 ist nicht im Verlauf (sie läuft noch, oder sie ist älter als das, was er behält)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Breakpoint: requests &quot;%1&quot; pause before %2</source>
        <translation>Haltepunkt: Anfragen „%1“ halten vor %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>Workspace file</source>
        <translation>Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="527"/>
        <source>The workspace file could not be read.</source>
        <translation>Die Arbeitsbereichsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="544"/>
        <source>could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="556"/>
        <source>could not keep a recovery copy of %1: %2</source>
        <translation>Wiederherstellungskopie von %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="560"/>
        <source>recovery copy skipped: %1</source>
        <translation>Wiederherstellungskopie übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="579"/>
        <source>restored unsaved edits of %1 from %2; the file on disk has changed since</source>
        <translation>ungespeicherte Änderungen an %1 vom %2 wiederhergestellt; die Datei auf der Festplatte wurde seitdem geändert</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>restored unsaved edits of %1 from %2</source>
        <translation>ungespeicherte Änderungen an %1 vom %2 wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>kept the recovery copy of %1 from %2: no editor shows that file (%3)</source>
        <translation>Wiederherstellungskopie von %1 vom %2 behalten: kein Editor zeigt diese Datei (%3)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="609"/>
        <source>&amp;Open Workspace in New Window…</source>
        <translation>Arbeitsbereich in neuem Fenster &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="610"/>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="614"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="621"/>
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::PausedExchangeModel</name>
    <message>
        <location filename="../workbench/models/pausedexchangemodel.cpp" line="80"/>
        <source>Paused before %1</source>
        <translation>Angehalten vor %1</translation>
    </message>
    <message>
        <location filename="../workbench/models/pausedexchangemodel.cpp" line="93"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../workbench/models/pausedexchangemodel.cpp" line="94"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../workbench/models/pausedexchangemodel.cpp" line="95"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../workbench/models/pausedexchangemodel.cpp" line="96"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../workbench/models/pausedexchangemodel.cpp" line="97"/>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::PausedRequestEditor</name>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="37"/>
        <source>/listen-path/resource</source>
        <translation>/listen-pfad/ressource</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="39"/>
        <source>name=value&amp;other=value (without &quot;?&quot;)</source>
        <translation>name=wert&amp;andere=wert (ohne „?“)</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="41"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="41"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="49"/>
        <source>No body</source>
        <translation>Kein Body</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="55"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="57"/>
        <source>Add a header</source>
        <translation>Einen Header hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="59"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="60"/>
        <source>Remove the selected headers</source>
        <translation>Die ausgewählten Header entfernen</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="92"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="93"/>
        <source>Query</source>
        <translation>Query</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="99"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="100"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="101"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="145"/>
        <source>No session yet: this request has not passed authentication, or its API is keyless.</source>
        <translation>Noch keine Sitzung: Diese Anfrage hat die Authentifizierung noch nicht durchlaufen, oder ihre API ist schlüssellos.</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="153"/>
        <source>Enter a method such as GET.</source>
        <translation>Geben Sie eine Methode wie GET ein.</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="171"/>
        <source>Header row %1 needs a name without spaces or &quot;:&quot;.</source>
        <translation>Header-Zeile %1 braucht einen Namen ohne Leerzeichen oder „:“.</translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="186"/>
        <source>The session is not a JSON object.</source>
        <translation>Die Sitzung ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::PluginEditorPane</name>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="62"/>
        <source>&amp;Save and reload</source>
        <translation>&amp;Speichern und neu laden</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="63"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="70"/>
        <source>Write the file and reload the engine (Ctrl+S)</source>
        <translation>Datei schreiben und die Engine neu laden (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="72"/>
        <source>Drop the unsaved edits and read the file from disk again (Ctrl+Z brings them back)</source>
        <translation>Die ungespeicherten Änderungen verwerfen und die Datei erneut von der Festplatte lesen (Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="90"/>
        <source>Save plugin</source>
        <translation>Plugin speichern</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="155"/>
        <source>No plugin sources in this workspace.</source>
        <translation>Dieser Arbeitsbereich enthält keinen Plugin-Code.</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="165"/>
        <location filename="../ui/editors/plugineditorpane.cpp" line="245"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="220"/>
        <source>Edited, not saved</source>
        <translation>Bearbeitet, nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="250"/>
        <source>Reverted to the file on disk.</source>
        <translation>Auf den Stand der Datei auf der Festplatte zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="262"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="267"/>
        <source>Saved; reloading…</source>
        <translation>Gespeichert; wird neu geladen …</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="302"/>
        <source>Reload failed: %1</source>
        <translation>Neu laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="308"/>
        <source>Saved and reloaded; %1 loads cleanly.</source>
        <translation>Gespeichert und neu geladen; %1 lädt fehlerfrei.</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="309"/>
        <source>Reloaded; %1 loads cleanly.</source>
        <translation>Neu geladen; %1 lädt fehlerfrei.</translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="311"/>
        <source>Reloaded with problems:
%1</source>
        <translation>Neu geladen, mit Problemen:
%1</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RedisBrowserDialog</name>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="44"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="49"/>
        <source>Browse a Redis (read-only)</source>
        <translation>Redis durchsuchen (nur lesen)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="58"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="59"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="60"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="80"/>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="94"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="114"/>
        <source>%1 · no expiry</source>
        <translation>%1 · läuft nicht ab</translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="115"/>
        <source>%1 · expires in %2 s</source>
        <translation>%1 · läuft in %2 s ab</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ReplayComparison</name>
    <message>
        <location filename="../workbench/history/replaycomparison.cpp" line="62"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location filename="../workbench/history/replaycomparison.cpp" line="65"/>
        <source>status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <location filename="../workbench/history/replaycomparison.cpp" line="67"/>
        <source>headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../workbench/history/replaycomparison.cpp" line="69"/>
        <source>body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../workbench/history/replaycomparison.cpp" line="71"/>
        <source>phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../workbench/history/replaycomparison.cpp" line="72"/>
        <source>differs: %1</source>
        <translation>abweichend: %1</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ReplayComparisonView</name>
    <message>
        <location filename="../ui/history/replaycomparisonview.cpp" line="51"/>
        <source>Recorded</source>
        <translation>Aufgezeichnet</translation>
    </message>
    <message>
        <location filename="../ui/history/replaycomparisonview.cpp" line="52"/>
        <source>Replayed now</source>
        <translation>Jetzt wiederholt</translation>
    </message>
    <message>
        <location filename="../ui/history/replaycomparisonview.cpp" line="133"/>
        <source>(body truncated at 1 MiB when recorded)</source>
        <translation>(Body bei der Aufzeichnung nach 1 MiB gekürzt)</translation>
    </message>
    <message>
        <location filename="../ui/history/replaycomparisonview.cpp" line="137"/>
        <location filename="../ui/history/replaycomparisonview.cpp" line="138"/>
        <source>Phases:</source>
        <translation>Phasen:</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ReplyView</name>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="36"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="43"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="44"/>
        <location filename="../ui/composer/replyview.cpp" line="57"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="45"/>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="47"/>
        <source>The reply appears here.</source>
        <translation>Die Antwort erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="79"/>
        <source>Headers (%1)</source>
        <translation>Header (%1)</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RequestBuilder</name>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="129"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="35"/>
        <source>Enter a path such as /keyless/get.</source>
        <translation>Geben Sie einen Pfad wie /keyless/get ein.</translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="44"/>
        <source>The URL %1 is not valid.</source>
        <translation>Die URL %1 ist ungültig.</translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="62"/>
        <source>header name %1</source>
        <translation>Header-Name %1</translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="65"/>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="77"/>
        <source>form field %1</source>
        <translation>Formularfeld %1</translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="88"/>
        <source>body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="96"/>
        <source>The body is not valid JSON (%1); switch to Raw to send it anyway.</source>
        <translation>Der Body ist kein gültiges JSON (%1); wechseln Sie zu „Roh“, um ihn trotzdem zu senden.</translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="162"/>
        <source>Header line %1 needs &quot;Name: value&quot;.</source>
        <translation>Header-Zeile %1 braucht „Name: Wert“.</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RequestDetailView</name>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="80"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="80"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="80"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="80"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="122"/>
        <source>Request #%1: no phase details (it is still running, or older than the requests whose details are kept).</source>
        <translation>Anfrage #%1: keine Phasendetails (sie läuft noch oder ist älter als die Anfragen, deren Details aufbewahrt werden).</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="136"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="210"/>
        <source>at %1</source>
        <translation>bei %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="213"/>
        <source>Request changes</source>
        <translation>Änderungen an der Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="215"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="241"/>
        <source>Session cache</source>
        <translation>Session-Cache</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="247"/>
        <source>Plugin output</source>
        <translation>Plugin-Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="262"/>
        <source>Object sent to the plugin</source>
        <translation>An das Plugin gesendetes Objekt</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="263"/>
        <source>Object the plugin returned</source>
        <translation>Vom Plugin zurückgegebenes Objekt</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="94"/>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="95"/>
        <source>Analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="171"/>
        <source>No analytics record for request #%1: analytics are off (enable_analytics in tyk.conf), the API or endpoint is not tracked (do_not_track, or the client IP is in analytics_config.ignored_ips), or the request has not finished yet.</source>
        <translation>Kein Analytics-Datensatz für Anfrage #%1: Analytics sind aus (enable_analytics in tyk.conf), die API oder der Endpunkt wird nicht erfasst (do_not_track, oder die Client-IP steht in analytics_config.ignored_ips), oder die Anfrage ist noch nicht beendet.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="181"/>
        <source>Analytics record</source>
        <translation>Analytics-Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="186"/>
        <location filename="../ui/timeline/requestdetailview.cpp" line="194"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="192"/>
        <source>Changes by the analytics plugin</source>
        <translation>Änderungen durch das Analytics-Plugin</translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="195"/>
        <source>After the analytics plugin</source>
        <translation>Nach dem Analytics-Plugin</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RequestDiff</name>
    <message>
        <location filename="../workbench/history/requestdiff.cpp" line="51"/>
        <source>method: %1 → %2</source>
        <translation>Methode: %1 → %2</translation>
    </message>
    <message>
        <location filename="../workbench/history/requestdiff.cpp" line="55"/>
        <source>target: %1 → %2</source>
        <translation>Ziel: %1 → %2</translation>
    </message>
    <message>
        <location filename="../workbench/history/requestdiff.cpp" line="76"/>
        <source>body:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <location filename="../workbench/history/requestdiff.cpp" line="88"/>
        <source>body: %1 bytes → %2 bytes</source>
        <translation>Body: %1 Bytes → %2 Bytes</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RequestExpectation</name>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="25"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="32"/>
        <source>expected a regular expression as a string</source>
        <translation>erwartet: ein regulärer Ausdruck als Zeichenkette</translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="35"/>
        <source>the regular expression does not compile at offset %1: %2</source>
        <translation>der reguläre Ausdruck lässt sich an Position %1 nicht übersetzen: %2</translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="45"/>
        <source>expected a string</source>
        <translation>erwartet: eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="52"/>
        <source>expected an array</source>
        <translation>erwartet: ein Array</translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="59"/>
        <source>expected an object</source>
        <translation>erwartet: ein Objekt</translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="166"/>
        <location filename="../workbench/testing/requestexpectation.cpp" line="239"/>
        <source>expected true or false</source>
        <translation>erwartet: true oder false</translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="187"/>
        <source>expected a whole number ≥ 0</source>
        <translation>erwartet: eine ganze Zahl ≥ 0</translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="214"/>
        <source>expected an HTTP status code</source>
        <translation>erwartet: ein HTTP-Statuscode</translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="230"/>
        <source>expected a number of milliseconds above 0</source>
        <translation>erwartet: eine Anzahl Millisekunden über 0</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SavedRequestList</name>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="15"/>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="17"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="18"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="19"/>
        <source>Keep the composed request in the workspace under a name</source>
        <translation>Die Anfrage unter einem Namen im Arbeitsbereich speichern</translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="20"/>
        <source>Double click to load a saved request into the composer</source>
        <translation>Doppelklick lädt eine gespeicherte Anfrage in den Composer</translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="97"/>
        <source>%1  ·  %2 %3</source>
        <translation>%1  ·  %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="98"/>
        <source>%1  ·  %2 %3  ✓</source>
        <translation>%1  ·  %2 %3  ✓</translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="103"/>
        <source>%1
Expects: %2</source>
        <translation>%1
Erwartet: %2</translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="113"/>
        <source>Rename saved request</source>
        <translation>Gespeicherte Anfrage umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="113"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SessionCacheEntryDialog</name>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="27"/>
        <source>&amp;Save to store</source>
        <translation>Im &amp;Store speichern</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="29"/>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="39"/>
        <source>Saving writes the session back as PUT /tyk/keys with suppress_reset does: the next request that finds it uses it.</source>
        <translation>Speichern schreibt die Sitzung zurück, wie PUT /tyk/keys mit suppress_reset es tut: die nächste Anfrage, die sie findet, verwendet sie.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="66"/>
        <source>A session is a JSON object.</source>
        <translation>Eine Sitzung ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="62"/>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="70"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="77"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="77"/>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SessionCacheModel</name>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="65"/>
        <source>no deadline</source>
        <translation>keine Frist</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="69"/>
        <source>expired (server&apos;s clock)</source>
        <translation>abgelaufen (Uhr des Servers)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="70"/>
        <source>%n s (server&apos;s clock)</source>
        <translation>
            <numerusform>%n s (Uhr des Servers)</numerusform>
            <numerusform>%n s (Uhr des Servers)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="71"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="71"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source> (server&apos;s clock)</source>
        <translation type="vanished"> (Uhr des Servers)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="78"/>
        <source>Cache key %1
Deadline %2 (%3)</source>
        <translation>Cache-Schlüssel %1
Frist %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="83"/>
        <source>The gRPC plugin server computes this deadline from its own clock, the real time: a moved engine clock (Jump forward, --clock-offset) does not reach it, unlike Python, Lua and JavaScript plugins.</source>
        <translation>Der gRPC-Plugin-Server berechnet diese Frist mit seiner eigenen Uhr, der Echtzeit: eine verstellte Engine-Uhr (Vorspringen, --clock-offset) erreicht ihn nicht, anders als Python-, Lua- und JavaScript-Plugins.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="103"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="104"/>
        <source>Raw ID</source>
        <translation>Roh-ID</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="105"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="106"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="107"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="108"/>
        <source>Misses</source>
        <translation>Fehlschläge</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SessionCachePane</name>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="80"/>
        <source>Evicted.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="80"/>
        <source>Evict failed: %1</source>
        <translation>Entfernen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="100"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="101"/>
        <source>Jump &amp;forward</source>
        <translation>&amp;Vorspringen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="103"/>
        <source>Move the engine clock forward, so deadlines pass without waiting</source>
        <translation>Die Uhr der Engine vorstellen, damit Fristen ohne Warten ablaufen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="104"/>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="239"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="106"/>
        <source>Stop or restart the engine clock; deadlines stand still while it is paused</source>
        <translation>Die Engine-Uhr anhalten oder wieder laufen lassen; solange sie steht, stehen auch die Fristen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="108"/>
        <source>&amp;Real time</source>
        <translation>&amp;Echtzeit</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="109"/>
        <source>Put the engine clock back to real time, running</source>
        <translation>Die Uhr der Engine auf Echtzeit zurückstellen, laufend</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="126"/>
        <source>&amp;View/Edit…</source>
        <translation>An&amp;sehen/Bearbeiten …</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="128"/>
        <source>Show the selected session&apos;s JSON as stored, and edit it</source>
        <translation>Das JSON der gewählten Sitzung so zeigen, wie es gespeichert ist, und bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="129"/>
        <source>&amp;Evict</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="131"/>
        <source>Remove the selected session from the store: the next request calls the auth plugin again</source>
        <translation>Die gewählte Sitzung aus dem Store entfernen: die nächste Anfrage ruft das Auth-Plugin wieder auf</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="133"/>
        <source>Evict &amp;all</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="135"/>
        <source>Remove every session shown here from the store</source>
        <translation>Alle hier gezeigten Sitzungen aus dem Store entfernen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="143"/>
        <source>Evicting…</source>
        <translation>Wird entfernt …</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="173"/>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="184"/>
        <source>Select a session first.</source>
        <translation>Bitte zuerst eine Sitzung wählen.</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="176"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="187"/>
        <source>Evicting %1…</source>
        <translation>%1 wird entfernt …</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="239"/>
        <source>R&amp;un</source>
        <translation>&amp;Laufen lassen</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="243"/>
        <source>Engine clock: paused at %1</source>
        <translation>Engine-Uhr: angehalten bei %1</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="247"/>
        <source>Engine clock: %1 (%2 s)</source>
        <translation>Engine-Uhr: %1 (%2 s)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="136"/>
        <source>&amp;Browse Redis…</source>
        <translation>Redis &amp;durchsuchen …</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="138"/>
        <source>Look at the sessions of any Redis, e.g. a real Tyk&apos;s (read-only)</source>
        <translation>Die Sitzungen eines beliebigen Redis ansehen, z. B. eines echten Tyk (nur lesen)</translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="92"/>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="245"/>
        <source>Engine clock: real time</source>
        <translation>Engine-Uhr: Echtzeit</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="31"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="34"/>
        <source>tyk.conf&apos;s listen_port on 127.0.0.1, else 8080</source>
        <translation>listen_port aus tyk.conf auf 127.0.0.1, sonst 8080</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="36"/>
        <source>Where the gateway listens for your HTTP clients (HOST:PORT); --listen wins over it</source>
        <translation>Wo das Gateway auf Ihre HTTP-Clients wartet (HOST:PORT); --listen hat Vorrang</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="38"/>
        <source>tyk.conf&apos;s storage, else memory</source>
        <translation>storage aus tyk.conf, sonst Speicher</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="40"/>
        <source>Sessions, quotas and plugin data: memory or redis://[[USER]:PASSWORD@]HOST:PORT[/DB]</source>
        <translation>Sitzungen, Kontingente und Plugin-Daten: memory oder redis://[[USER]:PASSWORD@]HOST:PORT[/DB]</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="44"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="45"/>
        <source>default (5000 ms)</source>
        <translation>Standard (5000 ms)</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="47"/>
        <source>A plugin hook that runs longer is answered 500 and stopped</source>
        <translation>Ein Plugin-Hook, der länger läuft, wird mit 500 beantwortet und gestoppt</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="49"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="50"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="51"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="61"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="66"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="72"/>
        <source>&amp;Listen address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="73"/>
        <source>Session &amp;store:</source>
        <translation>Sitzungs-&amp;Store:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="74"/>
        <source>Plugin &amp;timeout:</source>
        <translation>Plugin-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="75"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="76"/>
        <source>Editor &amp;font:</source>
        <translation>Editor-&amp;Schrift:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="79"/>
        <source>L&amp;anguage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="81"/>
        <source>The theme, the font and the listen address change at once; the store, the plugin timeout and the language when Hookbench starts again.</source>
        <translation>Design, Schrift und Adresse ändern sich sofort; Store, Plugin-Zeitlimit und Sprache beim nächsten Start von Hookbench.</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="121"/>
        <source>Listen address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="123"/>
        <source>Session store: %1</source>
        <translation>Sitzungs-Store: %1</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::TimelineModel</name>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="31"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="32"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="33"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="34"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="35"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="37"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="38"/>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="58"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="59"/>
        <source>paused before %1</source>
        <translation>angehalten vor %1</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="62"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="80"/>
        <source>%1: %2, %3 ms%4</source>
        <translation>%1: %2, %3 ms%4</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="130"/>
        <source>workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="221"/>
        <source>cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="223"/>
        <source>cache miss</source>
        <translation>Cache-Fehltreffer</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::TimelinePane</name>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="38"/>
        <source>Filter: API, method, path, status…</source>
        <translation>Filter: API, Methode, Pfad, Status…</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="128"/>
        <source>All APIs</source>
        <translation>Alle APIs</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="43"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="45"/>
        <source>%1xx</source>
        <translation>%1xx</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="47"/>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="48"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="49"/>
        <source>Cache hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="50"/>
        <source>Cache miss</source>
        <translation>Cache-Fehltreffer</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="193"/>
        <source>Open in Composer</source>
        <translation>Im Anfrage-Editor öffnen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="195"/>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="198"/>
        <source>Break Here</source>
        <translation>Hier anhalten</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="200"/>
        <source>Pause requests &quot;%1&quot; before %2</source>
        <translation>Anfragen „%1“ vor %2 anhalten</translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="202"/>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::TracedExchangeRunner</name>
    <message>
        <location filename="../workbench/testing/tracedexchangerunner.cpp" line="73"/>
        <source>no reply within %1 ms</source>
        <translation>keine Antwort binnen %1 ms</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::UnsavedBuffer</name>
    <message>
        <location filename="../workbench/workspace/unsavedbuffer.cpp" line="78"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation>kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../workbench/workspace/unsavedbuffer.cpp" line="84"/>
        <source>not a recovery copy of a known format</source>
        <translation>keine Wiederherstellungskopie in einem bekannten Format</translation>
    </message>
    <message>
        <location filename="../workbench/workspace/unsavedbuffer.cpp" line="90"/>
        <source>the file name or the text is missing</source>
        <translation>der Dateiname oder der Text fehlt</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::UnsavedBufferStore</name>
    <message>
        <location filename="../workbench/workspace/unsavedbufferstore.cpp" line="69"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../workbench/workspace/unsavedbufferstore.cpp" line="140"/>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::VariableExpander</name>
    <message>
        <location filename="../workbench/requests/variableexpander.cpp" line="46"/>
        <source>%1: unknown variable %2</source>
        <translation>%1: unbekannte Variable %2</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::WorkspaceData</name>
    <message>
        <location filename="../workbench/workspace/workspacedata.cpp" line="64"/>
        <source>the top level is not a JSON object</source>
        <translation>die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>Hb::Ui::WorkspaceFile</name>
    <message>
        <location filename="../workbench/workspace/workspacefile.cpp" line="36"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../workbench/workspace/workspacefile.cpp" line="58"/>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <location filename="../workbench/workspace/workspacefile.cpp" line="64"/>
        <source>
The file was kept as %1; the workspace starts empty.</source>
        <translation>
Die Datei wurde als %1 aufbewahrt; der Arbeitsbereich beginnt leer.</translation>
    </message>
    <message>
        <location filename="../workbench/workspace/workspacefile.cpp" line="65"/>
        <source>
The file could not be moved aside, so it will not be overwritten.</source>
        <translation>
Die Datei konnte nicht beiseitegelegt werden und wird daher nicht überschrieben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="85"/>
        <source>Workbench for Tyk API Gateway plugins.</source>
        <translation>Werkbank für Plugins des Tyk API Gateway.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="90"/>
        <source>Workspace directory (with apps/).</source>
        <translation>Arbeitsbereich (Verzeichnis mit apps/).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="93"/>
        <source>Render the main window to a PNG and exit.</source>
        <translation>Das Hauptfenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="96"/>
        <source>With --screenshot: stop one more request at a breakpoint and show the debugger.</source>
        <translation>Mit --screenshot: eine weitere Anfrage an einem Haltepunkt anhalten und den Debugger zeigen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="99"/>
        <source>With --screenshot: render only this pane or dialog (%1).</source>
        <translation>Mit --screenshot: nur diesen Bereich oder Dialog speichern (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="104"/>
        <source>Build Go plugins without optimisations and log the plugin host&apos;s pid, for dlv attach.</source>
        <translation>Go-Plugins ohne Optimierungen bauen und die PID des Plugin-Hosts ausgeben, für dlv attach.</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>Go toolchain for Go plugins (default: go on PATH).</source>
        <translation>Go-Werkzeugkette für Go-Plugins (Standard: go aus PATH).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>Where the gateway listens for your HTTP clients (default: tyk.conf&apos;s listen_port on 127.0.0.1, else 127.0.0.1:8080; a busy port falls back to a free one).</source>
        <translation>Wo das Gateway auf Ihre HTTP-Clients lauscht (Standard: listen_port aus tyk.conf auf 127.0.0.1, sonst 127.0.0.1:8080; ist der Port belegt, wird ein freier genommen).</translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="231"/>
        <source>Another Hookbench window has this workspace open: unsaved edits in this one are not kept for recovery.</source>
        <translation>Ein anderes Hookbench-Fenster hat diesen Arbeitsbereich geöffnet: ungespeicherte Änderungen in diesem Fenster werden nicht für eine Wiederherstellung aufbewahrt.</translation>
    </message>
</context>
</TS>
