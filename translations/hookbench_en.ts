<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="73"/>
        <source>expects HOST:PORT, such as 127.0.0.1:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="77"/>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ApiFormWidget</name>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="67"/>
        <source>Proxy and authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="72"/>
        <source>Strip listen path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="75"/>
        <source>Keyless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="76"/>
        <source>Auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="77"/>
        <source>Custom plugin auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="78"/>
        <source>Other (edit in JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="79"/>
        <source>use_keyless, use_standard_auth, custom_plugin_auth_enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="82"/>
        <source>Listen path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="83"/>
        <source>Target URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="85"/>
        <source>Auth mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="102"/>
        <source>Custom middleware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="109"/>
        <source>custom_middleware_bundle: a bundle name, or several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="112"/>
        <source>function name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="114"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="120"/>
        <source>pre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="121"/>
        <source>post_key_auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="122"/>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="123"/>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="125"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="126"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="127"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="128"/>
        <source>Raw body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="129"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="127"/>
        <source>require_session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="128"/>
        <source>raw_body_only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="129"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="137"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="138"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="139"/>
        <source>auth_check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="140"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="168"/>
        <source>MyHook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="184"/>
        <source>ID extractor (coprocess auth_check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="186"/>
        <source>With a bundle, Tyk reads the ID extractor from the bundle&apos;s manifest; this one is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="190"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="198"/>
        <source>Any other value means no extractor, as in Tyk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="210"/>
        <source>Extract from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="211"/>
        <source>Extract with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="212"/>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="213"/>
        <source>Form parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="214"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="215"/>
        <source>Match index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="216"/>
        <source>XPath expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="232"/>
        <source>The JSON does not parse, so the form is off until it does:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apiformwidget.cpp" line="235"/>
        <source>Tyk OAS definitions are edited in the JSON tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ApiListModel</name>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="42"/>
        <source>keyless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="44"/>
        <source>custom plugin + auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="44"/>
        <source>custom plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="45"/>
        <source>auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="61"/>
        <source>api_id %1 · org %2 · target %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="72"/>
        <source>Listen path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/apilistmodel.cpp" line="73"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ApiPane</name>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="44"/>
        <source>&amp;Save and reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="45"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="61"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="62"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="66"/>
        <source>Write the definition and reload the engine (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="68"/>
        <source>Drop the unsaved edits and read the file from disk again (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="77"/>
        <source>Save API definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="235"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="239"/>
        <source>Saved; reloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="250"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="256"/>
        <source>Reverted to the file on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="296"/>
        <source>Reload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="298"/>
        <source>Reloaded with problems:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="301"/>
        <source>Saved and reloaded; %1 loads cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/apipane.cpp" line="320"/>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::BodyEditor</name>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="21"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="27"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="28"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="29"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="30"/>
        <source>Body mode: text as typed, JSON (checked, can be formatted) or form fields sent URL-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="32"/>
        <source>Re-indent the JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="35"/>
        <source>Request body; {{variables}} are expanded when sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="36"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="39"/>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="40"/>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/bodyeditor.cpp" line="133"/>
        <source>JSON: %1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::BreakpointModel</name>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="139"/>
        <source>any API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="145"/>
        <source>Off: requests go through; tick the box to stop them here again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="147"/>
        <source>Every %1 hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="150"/>
        <source>Every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="151"/>
        <source>Requests whose request line or a header contains &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="162"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="163"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/breakpointmodel.cpp" line="164"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ComposerPane</name>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="46"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="123"/>
        <source>Header-Name: value (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="92"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="93"/>
        <source>Add environments and edit their variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="95"/>
        <source>Import curl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="96"/>
        <source>Paste a curl command to fill the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="98"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="99"/>
        <source>Copy the composed request to the clipboard as a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="100"/>
        <source>The environment whose variables fill {{name}} placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="104"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="122"/>
        <source>/listen-path/resource?query or http://host/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="126"/>
        <source>Send through the engine (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="136"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="137"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="146"/>
        <source>{&quot;status&quot;: 200, &quot;pluginCalls&quot;: [{&quot;hook&quot;: &quot;MyPreHook&quot;}]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="147"/>
        <source>What hookbench-cli test checks the reply against (JSON): status, headers, body, json paths, maxTimeMs, pluginCalls, cacheHit. History&apos;s Expect This Reply fills it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="162"/>
        <source>Expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="231"/>
        <source>Expect, line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="234"/>
        <source>Expect: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="286"/>
        <source>&quot;%1&quot; now expects this reply (hookbench-cli test checks it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="299"/>
        <source>Send (Ctrl+Return) to see this request&apos;s reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="302"/>
        <source>Loaded &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="319"/>
        <source> (no environment is active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="320"/>
        <source> (environment &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="336"/>
        <source>Waiting for the reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="391"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="413"/>
        <source>Save request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="413"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="436"/>
        <source>Imported the curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="437"/>
        <source>Imported the curl command; not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="446"/>
        <location filename="../ui/composer/composerpane.cpp" line="453"/>
        <location filename="../ui/composer/composerpane.cpp" line="456"/>
        <source>Import curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="446"/>
        <source>Paste a curl command (line continuations are fine):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="454"/>
        <source>The command could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="457"/>
        <source>Imported, except:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="477"/>
        <source>Copied as curl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="334"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/composerpane.cpp" line="355"/>
        <source>%1 %2 · %3 ms · %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::CurlCommand</name>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="132"/>
        <source>A single quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="147"/>
        <source>A double quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="221"/>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="235"/>
        <source>More than one URL: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="274"/>
        <source>The header &quot;%1&quot; needs &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="280"/>
        <source>%1 %2 reads a file; paste the data itself (or use --data-raw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="249"/>
        <source>Ignored %1 (it changes how curl prints or connects, not the request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="254"/>
        <source>Ignored %1 %2 (not supported by the composer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="256"/>
        <source>Unknown option %1: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/curlcommand.cpp" line="208"/>
        <source>The command has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::DebuggerPane</name>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="60"/>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="89"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="90"/>
        <source>Run the selected request on to the next breakpoint (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="91"/>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="92"/>
        <source>Run one phase of the selected request and pause again (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="93"/>
        <source>&amp;Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="94"/>
        <source>End the selected request now; the client gets 499 (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="95"/>
        <source>A&amp;pply edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="96"/>
        <source>Give the paused request the method, path, query, headers, body and session shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="98"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="99"/>
        <source>Put the paused request back to what the client sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="237"/>
        <source>Breakpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="161"/>
        <source>A phase, or a hook type (pre, post, …) to stop before each of its hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="312"/>
        <source>Any API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="172"/>
        <source>any request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="173"/>
        <source>Pause only requests whose request line (&quot;GET /path?query&quot;) or one of whose headers (&quot;Name: value&quot;) contains this text, ignoring case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="177"/>
        <source>Pause requests before this phase (a new breakpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="193"/>
        <source>R&amp;emove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="195"/>
        <source>Remove the selected breakpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="204"/>
        <source>E&amp;nable All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="206"/>
        <source>Turn every breakpoint on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="208"/>
        <source>&amp;Disable All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="210"/>
        <source>Let every request through; the breakpoints stay listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="226"/>
        <source>P&amp;hase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="228"/>
        <source>AP&amp;I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="233"/>
        <source>&amp;Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="261"/>
        <source>Paused requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="294"/>
        <source>Every %1 hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="329"/>
        <source>Name a phase or a hook type for the breakpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="394"/>
        <source>No request is paused. Set a breakpoint and send a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="395"/>
        <source>Select a paused request to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/debuggerpane.cpp" line="407"/>
        <source>Request %1 to %2 is paused before %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::EditorBuffers</name>
    <message>
        <location filename="../ui/editors/editorbuffers.cpp" line="107"/>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/editorbuffers.cpp" line="110"/>
        <source>Restored unsaved edits from %1. The file on disk has changed since the edit began: saving replaces those changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/editorbuffers.cpp" line="113"/>
        <source>Restored unsaved edits from %1; not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::EndpointPluginsGroup</name>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="37"/>
        <source>Per-endpoint plugins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="43"/>
        <source>path: a regular expression matched against the request path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="44"/>
        <source>method: compared exactly with the request&apos;s method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="47"/>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="58"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="48"/>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="59"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="49"/>
        <source>Plugin file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="49"/>
        <source>plugin_path: the Go plugin&apos;s .so file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="50"/>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="60"/>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="50"/>
        <source>func_name: the exported function Tyk calls; only the first matching entry runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="52"/>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="61"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="52"/>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="61"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="60"/>
        <source>response_function_name: the JavaScript function that answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="68"/>
        <source>Go post plugins (go_plugin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="72"/>
        <source>Virtual endpoints (virtual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="100"/>
        <source>function_source_type: file (a path) or blob (the source in base64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="104"/>
        <source>function_source_uri: the file&apos;s path, or the function&apos;s source in base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="105"/>
        <source>Use session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="108"/>
        <source>use_session: the function gets the session and may change its metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="109"/>
        <source>Proxy on error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="111"/>
        <source>proxy_on_error: when the function fails, the request goes on to the upstream instead of failing with 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="122"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="157"/>
        <source>Entries of version_data.versions.%1.extended_paths, the version the engine uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="161"/>
        <source>The version does not exist yet; the first entry creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="163"/>
        <source>Its use_extended_paths is off, so Tyk ignores these entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="247"/>
        <source>MyPostPlugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/endpointpluginsgroup.cpp" line="264"/>
        <source>myVirtualEndpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::EngineBridge</name>
    <message>
        <location filename="../workbench/bridge/enginebridge.cpp" line="256"/>
        <source>No session is stored under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/bridge/enginebridge.cpp" line="272"/>
        <source>A session is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/bridge/enginebridge.cpp" line="354"/>
        <source>Port %1 is busy (%2); listening on a free port instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/bridge/enginebridge.cpp" line="367"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::EnvironmentDialog</name>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="24"/>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="26"/>
        <source>token = sample-token
host = localhost:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="28"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="29"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="31"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="38"/>
        <source>Variables, one &quot;name = value&quot; per line; use them as {{name}} in the URL, headers and body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="59"/>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="59"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/environmentdialog.cpp" line="99"/>
        <source>Line %1 needs &quot;name = value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ExpectationChecker</name>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="54"/>
        <location filename="../workbench/testing/expectationchecker.cpp" line="103"/>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="62"/>
        <source>expected no %1 header, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="66"/>
        <source>the reply has no %1 header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="70"/>
        <source>expected &quot;%1&quot;, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="73"/>
        <source>&quot;%1&quot; does not match /%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="79"/>
        <source>body contains &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="80"/>
        <source>not found in the body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="82"/>
        <source>body matches /%1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="84"/>
        <source>no match in the body: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="95"/>
        <source>the body is not JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="104"/>
        <source>expected %1, the path names nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="106"/>
        <source>the path names nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="109"/>
        <source>expected nothing, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="116"/>
        <source>took %1 ms, more than %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="126"/>
        <source>plugin %1 called</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../workbench/testing/expectationchecker.cpp" line="127"/>
        <source>expected %n call(s)</source>
        <translation>
            <numerusform>expected %n call</numerusform>
            <numerusform>expected %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../workbench/testing/expectationchecker.cpp" line="128"/>
        <source>got %n</source>
        <translation>
            <numerusform>got %n</numerusform>
            <numerusform>got %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="134"/>
        <source>the ID extractor&apos;s cache did not answer (the auth plugin ran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/expectationchecker.cpp" line="135"/>
        <source>the ID extractor&apos;s cache answered; expected the auth plugin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::FormTableHelpers</name>
    <message>
        <location filename="../ui/common/formtablehelpers.cpp" line="78"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/formtablehelpers.cpp" line="81"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::GatewayAddressButton</name>
    <message>
        <location filename="../ui/common/gatewayaddressbutton.cpp" line="27"/>
        <source>Gateway not listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/gatewayaddressbutton.cpp" line="30"/>
        <source>Gateway %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/gatewayaddressbutton.cpp" line="31"/>
        <source>Your HTTP clients call this address; click to copy it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/gatewayaddressbutton.cpp" line="32"/>
        <source>Click to copy the address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::GrpcServerIndicator</name>
    <message numerus="yes">
        <location filename="../ui/common/grpcserverindicator.cpp" line="76"/>
        <source>gRPC %1 · %2 · %n call(s)</source>
        <translation>
            <numerusform>gRPC %1 · %2 · %n call</numerusform>
            <numerusform>gRPC %1 · %2 · %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/grpcserverindicator.cpp" line="79"/>
        <location filename="../ui/common/grpcserverindicator.cpp" line="127"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="81"/>
        <location filename="../ui/common/grpcserverindicator.cpp" line="129"/>
        <source>%1 ms mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="97"/>
        <source>waiting for the plugin server, %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/grpcserverindicator.cpp" line="101"/>
        <source>and %n more call(s)</source>
        <translation>
            <numerusform>and %n more call</numerusform>
            <numerusform>and %n more calls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="112"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="113"/>
        <source>%1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="119"/>
        <source>The plugin server at %1 does not answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="122"/>
        <source>gRPC plugin server %1, dialled as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/grpcserverindicator.cpp" line="125"/>
        <source>API %1: %n call(s)</source>
        <translation>
            <numerusform>API %1: %n call</numerusform>
            <numerusform>API %1: %n calls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="132"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="140"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="142"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="144"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="146"/>
        <source>transient failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="148"/>
        <source>shutdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::HistoryModel</name>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="30"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="31"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="32"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="34"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="35"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="51"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="54"/>
        <source>composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="55"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="56"/>
        <source>replay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::HistoryPane</name>
    <message>
        <location filename="../ui/history/historypane.cpp" line="25"/>
        <location filename="../ui/history/historypane.cpp" line="116"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="26"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="27"/>
        <location filename="../ui/history/historypane.cpp" line="120"/>
        <source>Expect This Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="42"/>
        <source>Send the selected requests (all when none is selected) through the engine again and compare the outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="45"/>
        <source>Keep the selected request&apos;s status, hook calls and cache outcome as what its saved request expects; hookbench-cli test checks them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="51"/>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="52"/>
        <source>Replay results; select one to compare it with its recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="53"/>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/historypane.cpp" line="165"/>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/history/historypane.cpp" line="187"/>
        <source>Replay cancelled after %n request(s).</source>
        <translation>
            <numerusform>Replay cancelled after %n request.</numerusform>
            <numerusform>Replay cancelled after %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hb::Ui::JsonPath</name>
    <message>
        <location filename="../workbench/testing/jsonpath.cpp" line="15"/>
        <source>JSON path &quot;%1&quot;, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/jsonpath.cpp" line="44"/>
        <source>a key name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/jsonpath.cpp" line="57"/>
        <source>the quoted key is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/jsonpath.cpp" line="70"/>
        <source>expected an array index or a quoted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/jsonpath.cpp" line="74"/>
        <source>expected &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/jsonpath.cpp" line="77"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::LoadProgressIndicator</name>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="19"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="21"/>
        <source>Loading API definitions and plugins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="29"/>
        <source>Downloading bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="30"/>
        <source>Checking bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="31"/>
        <source>Unpacking bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="32"/>
        <source>Verifying bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/loadprogressindicator.cpp" line="33"/>
        <source>Loading plugins of bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::LogModel</name>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="38"/>
        <source>debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="39"/>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="40"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="41"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="103"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="104"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="105"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logmodel.cpp" line="106"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::LogPane</name>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="43"/>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="44"/>
        <source>Info and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="45"/>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="46"/>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="47"/>
        <source>Show only lines at or above this level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="54"/>
        <source>Search the log (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="60"/>
        <source>Search the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="69"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="71"/>
        <source>Forget the lines shown so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="93"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/logs/logpane.cpp" line="170"/>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>Hookbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="80"/>
        <source>API definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Request composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="87"/>
        <source>Session cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Plugin code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Debugger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>reload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>reloaded from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>Gateway listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163"/>
        <location filename="../ui/mainwindow.cpp" line="504"/>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>request %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="195"/>
        <source>loaded %1 at %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="201"/>
        <source>%n API(s) loaded · engine ready</source>
        <translation>
            <numerusform>%n API loaded · engine ready</numerusform>
            <numerusform>%n APIs loaded · engine ready</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>Reload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>Settings saved; the store, the plugin timeout and the language change when Hookbench starts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="343"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>&amp;Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>Re-read API definitions, policies and plugin code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="350"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="357"/>
        <source>&amp;Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="366"/>
        <source>Build Go Plugins for &amp;Delve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="371"/>
        <source>Rebuild Go plugins without optimisations and restart their host; its pid is in the log for dlv attach (as --plugin-debug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <source>Go plugins are rebuilt for Delve; the host&apos;s pid shows in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>Go plugins are rebuilt with optimisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="381"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="385"/>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>&amp;Compose: composer and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>Back to the first-start layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="143"/>
        <source>Opened %1 at line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="270"/>
        <source>Compose layout: composer and history in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>Debug layout: debugger and logs in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>Inspect layout: session cache and composer in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="389"/>
        <source>&amp;Debug: debugger and logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="390"/>
        <source>&amp;Inspect: session cache and composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="399"/>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>&amp;About Hookbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>About Hookbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>&lt;p&gt;&lt;b&gt;Hookbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A workbench for Tyk API Gateway plugins.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="448"/>
        <source>Saved request &quot;%1&quot; now expects this reply; hookbench-cli test checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="470"/>
        <source>Request %1 is not in the history (still running, or older than what it keeps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="509"/>
        <source>Breakpoint: requests &quot;%1&quot; pause before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="526"/>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="527"/>
        <source>The workspace file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="544"/>
        <source>could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="556"/>
        <source>could not keep a recovery copy of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="560"/>
        <source>recovery copy skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="579"/>
        <source>restored unsaved edits of %1 from %2; the file on disk has changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="581"/>
        <source>restored unsaved edits of %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="593"/>
        <source>kept the recovery copy of %1 from %2: no editor shows that file (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="609"/>
        <source>&amp;Open Workspace in New Window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="610"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="614"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="621"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::PausedExchangeModel</name>
    <message>
        <location filename="../workbench/models/pausedexchangemodel.cpp" line="80"/>
        <source>Paused before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/pausedexchangemodel.cpp" line="93"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/pausedexchangemodel.cpp" line="94"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/pausedexchangemodel.cpp" line="95"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/pausedexchangemodel.cpp" line="96"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/models/pausedexchangemodel.cpp" line="97"/>
        <source>Next phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::PausedRequestEditor</name>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="37"/>
        <source>/listen-path/resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="39"/>
        <source>name=value&amp;other=value (without &quot;?&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="41"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="41"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="49"/>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="55"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="57"/>
        <source>Add a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="59"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="60"/>
        <source>Remove the selected headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="92"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="93"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="99"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="100"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="101"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="145"/>
        <source>No session yet: this request has not passed authentication, or its API is keyless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="153"/>
        <source>Enter a method such as GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="171"/>
        <source>Header row %1 needs a name without spaces or &quot;:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debugger/pausedrequesteditor.cpp" line="186"/>
        <source>The session is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::PluginEditorPane</name>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="62"/>
        <source>&amp;Save and reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="63"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="70"/>
        <source>Write the file and reload the engine (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="72"/>
        <source>Drop the unsaved edits and read the file from disk again (Ctrl+Z brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="90"/>
        <source>Save plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="155"/>
        <source>No plugin sources in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="165"/>
        <location filename="../ui/editors/plugineditorpane.cpp" line="245"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="220"/>
        <source>Edited, not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="250"/>
        <source>Reverted to the file on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="262"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="267"/>
        <source>Saved; reloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="302"/>
        <source>Reload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="308"/>
        <source>Saved and reloaded; %1 loads cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="309"/>
        <source>Reloaded; %1 loads cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editors/plugineditorpane.cpp" line="311"/>
        <source>Reloaded with problems:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RedisBrowserDialog</name>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="44"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="49"/>
        <source>Browse a Redis (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="58"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="59"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="60"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="80"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="94"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="114"/>
        <source>%1 · no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/redisbrowserdialog.cpp" line="115"/>
        <source>%1 · expires in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ReplayComparison</name>
    <message>
        <location filename="../workbench/history/replaycomparison.cpp" line="62"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/history/replaycomparison.cpp" line="65"/>
        <source>status %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/history/replaycomparison.cpp" line="67"/>
        <source>headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/history/replaycomparison.cpp" line="69"/>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/history/replaycomparison.cpp" line="71"/>
        <source>phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/history/replaycomparison.cpp" line="72"/>
        <source>differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ReplayComparisonView</name>
    <message>
        <location filename="../ui/history/replaycomparisonview.cpp" line="51"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/replaycomparisonview.cpp" line="52"/>
        <source>Replayed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/replaycomparisonview.cpp" line="133"/>
        <source>(body truncated at 1 MiB when recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/history/replaycomparisonview.cpp" line="137"/>
        <location filename="../ui/history/replaycomparisonview.cpp" line="138"/>
        <source>Phases:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ReplyView</name>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="36"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="43"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="44"/>
        <location filename="../ui/composer/replyview.cpp" line="57"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="45"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="47"/>
        <source>The reply appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/replyview.cpp" line="79"/>
        <source>Headers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RequestBuilder</name>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="129"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="35"/>
        <source>Enter a path such as /keyless/get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="44"/>
        <source>The URL %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="62"/>
        <source>header name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="65"/>
        <source>header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="77"/>
        <source>form field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="88"/>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="96"/>
        <source>The body is not valid JSON (%1); switch to Raw to send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/requests/requestbuilder.cpp" line="162"/>
        <source>Header line %1 needs &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RequestDetailView</name>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="80"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="80"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="80"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="80"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="122"/>
        <source>Request #%1: no phase details (it is still running, or older than the requests whose details are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="136"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="210"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="213"/>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="215"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="241"/>
        <source>Session cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="247"/>
        <source>Plugin output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="262"/>
        <source>Object sent to the plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="263"/>
        <source>Object the plugin returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="94"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="95"/>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="171"/>
        <source>No analytics record for request #%1: analytics are off (enable_analytics in tyk.conf), the API or endpoint is not tracked (do_not_track, or the client IP is in analytics_config.ignored_ips), or the request has not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="181"/>
        <source>Analytics record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="186"/>
        <location filename="../ui/timeline/requestdetailview.cpp" line="194"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="192"/>
        <source>Changes by the analytics plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="195"/>
        <source>After the analytics plugin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RequestDiff</name>
    <message>
        <location filename="../workbench/history/requestdiff.cpp" line="51"/>
        <source>method: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/history/requestdiff.cpp" line="55"/>
        <source>target: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/history/requestdiff.cpp" line="76"/>
        <source>body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/history/requestdiff.cpp" line="88"/>
        <source>body: %1 bytes → %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RequestExpectation</name>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="25"/>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="32"/>
        <source>expected a regular expression as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="35"/>
        <source>the regular expression does not compile at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="45"/>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="52"/>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="59"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="166"/>
        <location filename="../workbench/testing/requestexpectation.cpp" line="239"/>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="187"/>
        <source>expected a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="214"/>
        <source>expected an HTTP status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/testing/requestexpectation.cpp" line="230"/>
        <source>expected a number of milliseconds above 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SavedRequestList</name>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="15"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="17"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="18"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="19"/>
        <source>Keep the composed request in the workspace under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="20"/>
        <source>Double click to load a saved request into the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="97"/>
        <source>%1  ·  %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="98"/>
        <source>%1  ·  %2 %3  ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="103"/>
        <source>%1
Expects: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="113"/>
        <source>Rename saved request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composer/savedrequestlist.cpp" line="113"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SessionCacheEntryDialog</name>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="27"/>
        <source>&amp;Save to store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="29"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="39"/>
        <source>Saving writes the session back as PUT /tyk/keys with suppress_reset does: the next request that finds it uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="66"/>
        <source>A session is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="62"/>
        <source>Not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="70"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="77"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncacheentrydialog.cpp" line="77"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SessionCacheModel</name>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="65"/>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="69"/>
        <source>expired (server&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="70"/>
        <source>%n s (server&apos;s clock)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="71"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
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
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="78"/>
        <source>Cache key %1
Deadline %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="83"/>
        <source>The gRPC plugin server computes this deadline from its own clock, the real time: a moved engine clock (Jump forward, --clock-offset) does not reach it, unlike Python, Lua and JavaScript plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="103"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="104"/>
        <source>Raw ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="105"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="106"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="107"/>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachemodel.cpp" line="108"/>
        <source>Misses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SessionCachePane</name>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="80"/>
        <source>Evicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="80"/>
        <source>Evict failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="100"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="101"/>
        <source>Jump &amp;forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="103"/>
        <source>Move the engine clock forward, so deadlines pass without waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="104"/>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="239"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="106"/>
        <source>Stop or restart the engine clock; deadlines stand still while it is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="108"/>
        <source>&amp;Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="109"/>
        <source>Put the engine clock back to real time, running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="126"/>
        <source>&amp;View/Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="128"/>
        <source>Show the selected session&apos;s JSON as stored, and edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="129"/>
        <source>&amp;Evict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="131"/>
        <source>Remove the selected session from the store: the next request calls the auth plugin again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="133"/>
        <source>Evict &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="135"/>
        <source>Remove every session shown here from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="143"/>
        <source>Evicting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="173"/>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="184"/>
        <source>Select a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="176"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="187"/>
        <source>Evicting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="239"/>
        <source>R&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="243"/>
        <source>Engine clock: paused at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="247"/>
        <source>Engine clock: %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="136"/>
        <source>&amp;Browse Redis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="138"/>
        <source>Look at the sessions of any Redis, e.g. a real Tyk&apos;s (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="92"/>
        <location filename="../ui/sessions/sessioncachepane.cpp" line="245"/>
        <source>Engine clock: real time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="31"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="34"/>
        <source>tyk.conf&apos;s listen_port on 127.0.0.1, else 8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="36"/>
        <source>Where the gateway listens for your HTTP clients (HOST:PORT); --listen wins over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="38"/>
        <source>tyk.conf&apos;s storage, else memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="40"/>
        <source>Sessions, quotas and plugin data: memory or redis://[[USER]:PASSWORD@]HOST:PORT[/DB]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="44"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="45"/>
        <source>default (5000 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="47"/>
        <source>A plugin hook that runs longer is answered 500 and stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="49"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="50"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="51"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="61"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="66"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="72"/>
        <source>&amp;Listen address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="73"/>
        <source>Session &amp;store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="74"/>
        <source>Plugin &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="75"/>
        <source>T&amp;heme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="76"/>
        <source>Editor &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="79"/>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="81"/>
        <source>The theme, the font and the listen address change at once; the store, the plugin timeout and the language when Hookbench starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="121"/>
        <source>Listen address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="123"/>
        <source>Session store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::TimelineModel</name>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="31"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="32"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="33"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="34"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="35"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="37"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="38"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="58"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="59"/>
        <source>paused before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="62"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="80"/>
        <source>%1: %2, %3 ms%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="130"/>
        <source>workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="221"/>
        <source>cache hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="223"/>
        <source>cache miss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::TimelinePane</name>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="38"/>
        <source>Filter: API, method, path, status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="128"/>
        <source>All APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="43"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="45"/>
        <source>%1xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="47"/>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="48"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="49"/>
        <source>Cache hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="50"/>
        <source>Cache miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="193"/>
        <source>Open in Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="195"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="198"/>
        <source>Break Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="200"/>
        <source>Pause requests &quot;%1&quot; before %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/timelinepane.cpp" line="202"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::TracedExchangeRunner</name>
    <message>
        <location filename="../workbench/testing/tracedexchangerunner.cpp" line="73"/>
        <source>no reply within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::UnsavedBuffer</name>
    <message>
        <location filename="../workbench/workspace/unsavedbuffer.cpp" line="78"/>
        <source>not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/workspace/unsavedbuffer.cpp" line="84"/>
        <source>not a recovery copy of a known format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/workspace/unsavedbuffer.cpp" line="90"/>
        <source>the file name or the text is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::UnsavedBufferStore</name>
    <message>
        <location filename="../workbench/workspace/unsavedbufferstore.cpp" line="69"/>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/workspace/unsavedbufferstore.cpp" line="140"/>
        <source>cannot make the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::VariableExpander</name>
    <message>
        <location filename="../workbench/requests/variableexpander.cpp" line="46"/>
        <source>%1: unknown variable %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::WorkspaceData</name>
    <message>
        <location filename="../workbench/workspace/workspacedata.cpp" line="64"/>
        <source>the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::WorkspaceFile</name>
    <message>
        <location filename="../workbench/workspace/workspacefile.cpp" line="36"/>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/workspace/workspacefile.cpp" line="58"/>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/workspace/workspacefile.cpp" line="64"/>
        <source>
The file was kept as %1; the workspace starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../workbench/workspace/workspacefile.cpp" line="65"/>
        <source>
The file could not be moved aside, so it will not be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="85"/>
        <source>Workbench for Tyk API Gateway plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="90"/>
        <source>Workspace directory (with apps/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="93"/>
        <source>Render the main window to a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="96"/>
        <source>With --screenshot: stop one more request at a breakpoint and show the debugger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="99"/>
        <source>With --screenshot: render only this pane or dialog (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="104"/>
        <source>Build Go plugins without optimisations and log the plugin host&apos;s pid, for dlv attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="107"/>
        <source>Go toolchain for Go plugins (default: go on PATH).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="110"/>
        <source>Where the gateway listens for your HTTP clients (default: tyk.conf&apos;s listen_port on 127.0.0.1, else 127.0.0.1:8080; a busy port falls back to a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="231"/>
        <source>Another Hookbench window has this workspace open: unsaved edits in this one are not kept for recovery.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
