<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>LXQtPolicykit::PolicykitAgent</name>
    <message>
        <location filename="../src/policykitagent.cpp" line="86"/>
        <location filename="../src/policykitagent.cpp" line="199"/>
        <source>PolicyKit Information</source>
        <translation>PolicyKit 資訊</translation>
    </message>
    <message>
        <location filename="../src/policykitagent.cpp" line="83"/>
        <source>Another authentication is in progress. Please try again later.</source>
        <translation>另有驗證正在進行。請稍後再試。</translation>
    </message>
    <message>
        <location filename="../src/policykitagent.cpp" line="174"/>
        <source>Authentication failed</source>
        <translation>驗證失敗</translation>
    </message>
    <message>
        <location filename="../src/policykitagent.cpp" line="176"/>
        <source>Authorization Failed</source>
        <translation>授權失敗</translation>
    </message>
    <message>
        <location filename="../src/policykitagent.cpp" line="190"/>
        <source>PolicyKit Error</source>
        <translation>PolicyKit 錯誤</translation>
    </message>
</context>
<context>
    <name>PolicykitAgentGUI</name>
    <message>
        <location filename="../src/policykitagentgui.ui" line="14"/>
        <source>Authentication Required</source>
        <translation>需要驗證</translation>
    </message>
    <message>
        <location filename="../src/policykitagentgui.ui" line="55"/>
        <source>Identity:</source>
        <translation>身分：</translation>
    </message>
    <message>
        <location filename="../src/policykitagentgui.ui" line="65"/>
        <location filename="../src/policykitagentgui.cpp" line="74"/>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
</context>
</TS>
