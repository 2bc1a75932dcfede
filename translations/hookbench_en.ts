<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Hb::Ui::ApiFormWidget</name>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="82"/>
        <source>Proxy and authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="87"/>
        <source>Strip listen path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="90"/>
        <source>Keyless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="91"/>
        <source>Auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="92"/>
        <source>Custom plugin auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="93"/>
        <source>Other (edit in JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="94"/>
        <source>use_keyless, use_standard_auth, custom_plugin_auth_enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="97"/>
        <source>Listen path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="98"/>
        <source>Target URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="100"/>
        <source>Auth mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="117"/>
        <source>Custom middleware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="124"/>
        <source>custom_middleware_bundle: a bundle name, or several separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="127"/>
        <source>function name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="129"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="135"/>
        <source>pre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="136"/>
        <source>post_key_auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="137"/>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="138"/>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="139"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="140"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="149"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="149"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="149"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="149"/>
        <source>Raw body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="149"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="150"/>
        <source>require_session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="151"/>
        <source>raw_body_only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="152"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="159"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="160"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="161"/>
        <source>auth_check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="162"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="185"/>
        <source>MyHook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="204"/>
        <source>ID extractor (coprocess auth_check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="206"/>
        <source>With a bundle, Tyk reads the ID extractor from the bundle&apos;s manifest; this one is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="210"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="218"/>
        <source>Any other value means no extractor, as in Tyk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="230"/>
        <source>Extract from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="231"/>
        <source>Extract with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="232"/>
        <source>Header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="233"/>
        <source>Form parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="234"/>
        <source>Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="235"/>
        <source>Match index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="236"/>
        <source>XPath expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="252"/>
        <source>The JSON does not parse, so the form is off until it does:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apiformwidget.cpp" line="255"/>
        <source>Tyk OAS definitions are edited in the JSON tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ApiListModel</name>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="24"/>
        <source>keyless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="26"/>
        <source>custom plugin + auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="26"/>
        <source>custom plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="27"/>
        <source>auth token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="43"/>
        <source>api_id %1 · org %2 · target %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="53"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="54"/>
        <source>Listen path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="55"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ApiPane</name>
    <message>
        <location filename="../ui/apipane.cpp" line="42"/>
        <source>&amp;Save and reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apipane.cpp" line="58"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apipane.cpp" line="59"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apipane.cpp" line="63"/>
        <source>Write the definition and reload the engine (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apipane.cpp" line="66"/>
        <source>Save API definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apipane.cpp" line="159"/>
        <location filename="../ui/apipane.cpp" line="169"/>
        <location filename="../ui/apipane.cpp" line="186"/>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apipane.cpp" line="198"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apipane.cpp" line="203"/>
        <source>Saved; reloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apipane.cpp" line="218"/>
        <source>Reload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apipane.cpp" line="220"/>
        <source>Reloaded with problems:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apipane.cpp" line="222"/>
        <source>Saved and reloaded; %1 loads cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apipane.cpp" line="242"/>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::BodyEditor</name>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="21"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="27"/>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="28"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="29"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="30"/>
        <source>Body mode: text as typed, JSON (checked, can be formatted) or form fields sent URL-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="32"/>
        <source>Re-indent the JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="35"/>
        <source>Request body; {{variables}} are expanded when sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="36"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="36"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="39"/>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="40"/>
        <source>Remove field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/bodyeditor.cpp" line="133"/>
        <source>JSON: %1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::BreakpointModel</name>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="57"/>
        <source>any API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="63"/>
        <source>Every %1 hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="66"/>
        <source>Every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="67"/>
        <source>Requests whose request line or a header contains &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="78"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="79"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/breakpointmodel.cpp" line="80"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ComposerPane</name>
    <message>
        <location filename="../ui/composerpane.cpp" line="40"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="121"/>
        <source>Header-Name: value (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="48"/>
        <source>The reply appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="90"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="91"/>
        <source>Add environments and edit their variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="93"/>
        <source>Import curl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="94"/>
        <source>Paste a curl command to fill the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="96"/>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="97"/>
        <source>Copy the composed request to the clipboard as a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="98"/>
        <source>The environment whose variables fill {{name}} placeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="102"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="120"/>
        <source>/listen-path/resource?query or http://host/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="124"/>
        <source>Send through the engine (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="134"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="135"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="184"/>
        <source>Loaded &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="201"/>
        <source> (no environment is active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="202"/>
        <source> (environment &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="276"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="298"/>
        <source>Save request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="298"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="316"/>
        <source>Imported the curl command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="317"/>
        <source>Imported the curl command; not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="326"/>
        <location filename="../ui/composerpane.cpp" line="332"/>
        <location filename="../ui/composerpane.cpp" line="335"/>
        <source>Import curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="326"/>
        <source>Paste a curl command (line continuations are fine):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="333"/>
        <source>The command could not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="336"/>
        <source>Imported, except:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="356"/>
        <source>Copied as curl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="216"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="230"/>
        <source>%1 %2 · %3 ms · %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::CurlCommand</name>
    <message>
        <location filename="../ui/curlcommand.cpp" line="85"/>
        <source>A single quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curlcommand.cpp" line="100"/>
        <source>A double quote is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curlcommand.cpp" line="169"/>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curlcommand.cpp" line="182"/>
        <source>More than one URL: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curlcommand.cpp" line="198"/>
        <source>The header &quot;%1&quot; needs &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curlcommand.cpp" line="209"/>
        <source>%1 %2 reads a file; paste the data itself (or use --data-raw).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curlcommand.cpp" line="223"/>
        <source>Ignored %1 (it changes how curl prints or connects, not the request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curlcommand.cpp" line="228"/>
        <source>Ignored %1 %2 (not supported by the composer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curlcommand.cpp" line="230"/>
        <source>Unknown option %1: not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/curlcommand.cpp" line="234"/>
        <source>The command has no URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::DebuggerPane</name>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="59"/>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="88"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="89"/>
        <source>Run the selected request on to the next breakpoint (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="90"/>
        <source>&amp;Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="91"/>
        <source>Run one phase of the selected request and pause again (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="92"/>
        <source>&amp;Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="93"/>
        <source>End the selected request now; the client gets 499 (Shift+F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="94"/>
        <source>A&amp;pply edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="95"/>
        <source>Give the paused request the method, path, query, headers, body and session shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="97"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="98"/>
        <source>Put the paused request back to what the client sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="227"/>
        <source>Breakpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="160"/>
        <source>A phase, or a hook type (pre, post, …) to stop before each of its hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="169"/>
        <source>Any API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="175"/>
        <source>any request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="176"/>
        <source>Pause only requests whose request line (&quot;GET /path?query&quot;) or one of whose headers (&quot;Name: value&quot;) contains this text, ignoring case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="180"/>
        <source>Pause requests before this phase (a new breakpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="196"/>
        <source>R&amp;emove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="198"/>
        <source>Remove the selected breakpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="218"/>
        <source>P&amp;hase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="220"/>
        <source>AP&amp;I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="223"/>
        <source>&amp;Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="251"/>
        <source>Paused requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="284"/>
        <source>Every %1 hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="298"/>
        <source>Name a phase or a hook type for the breakpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="351"/>
        <source>No request is paused. Set a breakpoint and send a request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="352"/>
        <source>Select a paused request to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/debuggerpane.cpp" line="364"/>
        <source>Request %1 to %2 is paused before %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::EngineBridge</name>
    <message>
        <location filename="../ui/enginebridge.cpp" line="164"/>
        <source>No session is stored under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/enginebridge.cpp" line="188"/>
        <source>A session is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::EnvironmentDialog</name>
    <message>
        <location filename="../ui/environmentdialog.cpp" line="24"/>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentdialog.cpp" line="26"/>
        <source>token = sample-token
host = localhost:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentdialog.cpp" line="28"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentdialog.cpp" line="29"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentdialog.cpp" line="31"/>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentdialog.cpp" line="38"/>
        <source>Variables, one &quot;name = value&quot; per line; use them as {{name}} in the URL, headers and body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentdialog.cpp" line="60"/>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentdialog.cpp" line="60"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/environmentdialog.cpp" line="99"/>
        <source>Line %1 needs &quot;name = value&quot;.</source>
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
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="81"/>
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
        <location filename="../ui/common/grpcserverindicator.cpp" line="124"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="132"/>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="134"/>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="136"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="138"/>
        <source>transient failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/grpcserverindicator.cpp" line="140"/>
        <source>shutdown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::HistoryModel</name>
    <message>
        <location filename="../ui/historymodel.cpp" line="30"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historymodel.cpp" line="31"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historymodel.cpp" line="32"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historymodel.cpp" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historymodel.cpp" line="34"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historymodel.cpp" line="35"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historymodel.cpp" line="52"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historymodel.cpp" line="55"/>
        <source>composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historymodel.cpp" line="56"/>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historymodel.cpp" line="57"/>
        <source>replay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::HistoryPane</name>
    <message>
        <location filename="../ui/historypane.cpp" line="24"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="25"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="40"/>
        <source>Send the selected requests (all when none is selected) through the engine again and compare the outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="45"/>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="46"/>
        <source>Replay results; select one to compare it with its recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="47"/>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/historypane.cpp" line="121"/>
        <source>%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/historypane.cpp" line="141"/>
        <source>Replay cancelled after %n request(s).</source>
        <translation>
            <numerusform>Replay cancelled after %n request.</numerusform>
            <numerusform>Replay cancelled after %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hb::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Hookbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>API definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Request composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="76"/>
        <source>Session cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Plugin code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>Debugger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>reload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>reloaded from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <location filename="../ui/mainwindow.cpp" line="142"/>
        <source>request %1 · %2 · %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>loaded %1 at %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>%n API(s) loaded · engine ready</source>
        <translation>
            <numerusform>%n API loaded · engine ready</numerusform>
            <numerusform>%n APIs loaded · engine ready</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="180"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Reload from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183"/>
        <source>Re-read API definitions, policies and plugin code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Debug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="203"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>&amp;About Hookbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>About Hookbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="207"/>
        <source>&lt;p&gt;&lt;b&gt;Hookbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A workbench for Tyk API Gateway plugins.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="266"/>
        <source>Workspace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="267"/>
        <source>The workspace file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="281"/>
        <source>could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>&amp;Open Workspace in New Window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="298"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::PausedExchangeModel</name>
    <message>
        <location filename="../ui/pausedexchangemodel.cpp" line="80"/>
        <source>Paused before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedexchangemodel.cpp" line="93"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedexchangemodel.cpp" line="94"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedexchangemodel.cpp" line="95"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedexchangemodel.cpp" line="96"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedexchangemodel.cpp" line="97"/>
        <source>Next phase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::PausedRequestEditor</name>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="35"/>
        <source>/listen-path/resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="37"/>
        <source>name=value&amp;other=value (without &quot;?&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="39"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="39"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="47"/>
        <source>No body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="53"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="55"/>
        <source>Add a header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="57"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="58"/>
        <source>Remove the selected headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="90"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="91"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="97"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="98"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="99"/>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="143"/>
        <source>No session yet: this request has not passed authentication, or its API is keyless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="151"/>
        <source>Enter a method such as GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="169"/>
        <source>Header row %1 needs a name without spaces or &quot;:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pausedrequesteditor.cpp" line="183"/>
        <source>The session is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::PluginEditorPane</name>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="53"/>
        <source>&amp;Save and reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="60"/>
        <source>Write the file and reload the engine (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="76"/>
        <source>Save plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="120"/>
        <source>No plugin sources in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="127"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="151"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="155"/>
        <source>Saved; reloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="186"/>
        <source>Reload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="189"/>
        <source>Saved and reloaded; %1 loads cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plugineditorpane.cpp" line="191"/>
        <source>Reloaded with problems:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RedisBrowserDialog</name>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="44"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="49"/>
        <source>Browse a Redis (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="58"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="59"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="60"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="80"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/redisbrowserdialog.cpp" line="94"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="114"/>
        <source>%1 · no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/redisbrowserdialog.cpp" line="115"/>
        <source>%1 · expires in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ReplayComparison</name>
    <message>
        <location filename="../ui/replaycomparison.cpp" line="61"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaycomparison.cpp" line="64"/>
        <source>status %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaycomparison.cpp" line="66"/>
        <source>headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaycomparison.cpp" line="68"/>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaycomparison.cpp" line="70"/>
        <source>phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaycomparison.cpp" line="71"/>
        <source>differs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ReplayComparisonView</name>
    <message>
        <location filename="../ui/replaycomparisonview.cpp" line="50"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaycomparisonview.cpp" line="51"/>
        <source>Replayed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaycomparisonview.cpp" line="131"/>
        <source>(body truncated at 1 MiB when recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/replaycomparisonview.cpp" line="135"/>
        <location filename="../ui/replaycomparisonview.cpp" line="136"/>
        <source>Phases:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RequestBuilder</name>
    <message>
        <location filename="../ui/requestbuilder.cpp" line="32"/>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestbuilder.cpp" line="36"/>
        <source>Enter a path such as /keyless/get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestbuilder.cpp" line="44"/>
        <source>The URL %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestbuilder.cpp" line="58"/>
        <source>header name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestbuilder.cpp" line="61"/>
        <source>header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestbuilder.cpp" line="71"/>
        <source>form field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestbuilder.cpp" line="78"/>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestbuilder.cpp" line="87"/>
        <source>The body is not valid JSON (%1); switch to Raw to send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestbuilder.cpp" line="118"/>
        <source>Header line %1 needs &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::RequestDetailView</name>
    <message>
        <location filename="../ui/requestdetailview.cpp" line="22"/>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestdetailview.cpp" line="22"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestdetailview.cpp" line="22"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestdetailview.cpp" line="22"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestdetailview.cpp" line="52"/>
        <source>Request #%1: no phase details (it is still running, or older than the requests whose details are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestdetailview.cpp" line="65"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestdetailview.cpp" line="98"/>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestdetailview.cpp" line="101"/>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestdetailview.cpp" line="103"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestdetailview.cpp" line="129"/>
        <source>Session cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestdetailview.cpp" line="135"/>
        <source>Plugin output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="151"/>
        <source>Object sent to the plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/requestdetailview.cpp" line="152"/>
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
        <location filename="../ui/requestdiff.cpp" line="51"/>
        <source>method: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestdiff.cpp" line="55"/>
        <source>target: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestdiff.cpp" line="76"/>
        <source>body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/requestdiff.cpp" line="86"/>
        <source>body: %1 bytes → %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SavedRequestList</name>
    <message>
        <location filename="../ui/savedrequestlist.cpp" line="15"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedrequestlist.cpp" line="17"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedrequestlist.cpp" line="18"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedrequestlist.cpp" line="19"/>
        <source>Keep the composed request in the workspace under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedrequestlist.cpp" line="20"/>
        <source>Double click to load a saved request into the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedrequestlist.cpp" line="95"/>
        <source>%1  ·  %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedrequestlist.cpp" line="106"/>
        <source>Rename saved request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/savedrequestlist.cpp" line="106"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SessionCacheEntryDialog</name>
    <message>
        <location filename="../ui/sessioncacheentrydialog.cpp" line="24"/>
        <source>&amp;Save to store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncacheentrydialog.cpp" line="26"/>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncacheentrydialog.cpp" line="36"/>
        <source>Saving writes the session back as PUT /tyk/keys with suppress_reset does: the next request that finds it uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncacheentrydialog.cpp" line="59"/>
        <source>A session is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncacheentrydialog.cpp" line="63"/>
        <source>Not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncacheentrydialog.cpp" line="67"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncacheentrydialog.cpp" line="74"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncacheentrydialog.cpp" line="74"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SessionCacheModel</name>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="64"/>
        <source>no deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="65"/>
        <source>expired</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="90"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="91"/>
        <source>Raw ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="92"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="93"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="94"/>
        <source>Hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachemodel.cpp" line="95"/>
        <source>Misses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::SessionCachePane</name>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="80"/>
        <source>Evicted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="80"/>
        <source>Evict failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="100"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="101"/>
        <source>Jump &amp;forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="103"/>
        <source>Move the engine clock forward, so deadlines pass without waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="104"/>
        <location filename="../ui/sessioncachepane.cpp" line="239"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="106"/>
        <source>Stop or restart the engine clock; deadlines stand still while it is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="108"/>
        <source>&amp;Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="109"/>
        <source>Put the engine clock back to real time, running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="126"/>
        <source>&amp;View/Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="128"/>
        <source>Show the selected session&apos;s JSON as stored, and edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="129"/>
        <source>&amp;Evict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="131"/>
        <source>Remove the selected session from the store: the next request calls the auth plugin again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="133"/>
        <source>Evict &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="135"/>
        <source>Remove every session shown here from the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="143"/>
        <source>Evicting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="173"/>
        <location filename="../ui/sessioncachepane.cpp" line="184"/>
        <source>Select a session first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="176"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="187"/>
        <source>Evicting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="239"/>
        <source>R&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="243"/>
        <source>Engine clock: paused at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="247"/>
        <source>Engine clock: %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="136"/>
        <source>&amp;Browse Redis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="138"/>
        <source>Look at the sessions of any Redis, e.g. a real Tyk&apos;s (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessioncachepane.cpp" line="92"/>
        <location filename="../ui/sessioncachepane.cpp" line="245"/>
        <source>Engine clock: real time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::TimelineModel</name>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="31"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="32"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="33"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="34"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="35"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="36"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="37"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="56"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="57"/>
        <source>paused before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="60"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="79"/>
        <source>%1: %2, %3 ms%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="205"/>
        <source>cache hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="207"/>
        <source>cache miss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::TimelinePane</name>
    <message>
        <location filename="../ui/timelinepane.cpp" line="36"/>
        <source>Filter: API, method, path, status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinepane.cpp" line="39"/>
        <source>All APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinepane.cpp" line="43"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinepane.cpp" line="45"/>
        <source>%1xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinepane.cpp" line="47"/>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinepane.cpp" line="48"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinepane.cpp" line="49"/>
        <source>Cache hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinepane.cpp" line="50"/>
        <source>Cache miss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::VariableExpander</name>
    <message>
        <location filename="../ui/variableexpander.cpp" line="44"/>
        <source>%1: unknown variable %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::WorkspaceData</name>
    <message>
        <location filename="../ui/workspacedata.cpp" line="60"/>
        <source>the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::WorkspaceFile</name>
    <message>
        <location filename="../ui/workspacefile.cpp" line="35"/>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacefile.cpp" line="58"/>
        <source>%1:%2:%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacefile.cpp" line="59"/>
        <source>
The file was kept as %1; the workspace starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/workspacefile.cpp" line="60"/>
        <source>
The file could not be moved aside, so it will not be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="63"/>
        <source>Workbench for Tyk API Gateway plugins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="68"/>
        <source>Workspace directory (with apps/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="71"/>
        <source>Render the main window to a PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="74"/>
        <source>With --screenshot: stop one more request at a breakpoint and show the debugger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="85"/>
        <source>Build Go plugins without optimisations and log the plugin host's pid, for dlv attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="85"/>
        <source>Go toolchain for Go plugins (default: go on PATH).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
