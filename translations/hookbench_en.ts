<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <location filename="../ui/apilistmodel.cpp" line="44"/>
        <source>api_id %1 · org %2
%3</source>
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
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/apilistmodel.cpp" line="56"/>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::ComposerPane</name>
    <message>
        <location filename="../ui/composerpane.cpp" line="22"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="28"/>
        <source>/listen-path/resource?query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="29"/>
        <source>Header-Name: value (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="30"/>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="36"/>
        <source>The reply appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="37"/>
        <source>Send through the engine (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="46"/>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="47"/>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="91"/>
        <source>Enter a path such as /keyless/get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="103"/>
        <source>Header line %1 needs &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="117"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/composerpane.cpp" line="123"/>
        <source>%1 %2 · %3 ms · %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="32"/>
        <source>Hookbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>API definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>Request composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>request %1 · %2 · %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="79"/>
        <source>%n API(s) loaded · engine ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="105"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>&amp;About Hookbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="111"/>
        <source>About Hookbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>&lt;p&gt;&lt;b&gt;Hookbench&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;A workbench for Tyk API Gateway plugins.&lt;/p&gt;&lt;p&gt;License: GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hb::Ui::TimelineModel</name>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="29"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="30"/>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="31"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="32"/>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="34"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="35"/>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="51"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timelinemodel.cpp" line="54"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
