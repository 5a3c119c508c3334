<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>LXQtPolicykit::PolicykitAgent</name>
    <message>
        <location filename="../src/policykitagent.cpp" line="86"/>
        <location filename="../src/policykitagent.cpp" line="199"/>
        <source>PolicyKit Information</source>
        <translation>PolicyKit 信息</translation>
    </message>
    <message>
        <location filename="../src/policykitagent.cpp" line="83"/>
        <source>Another authentication is in progress. Please try again later.</source>
        <translation>别的授权正在进行。请稍后再试。</translation>
    </message>
    <message>
        <location filename="../src/policykitagent.cpp" line="174"/>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policykitagent.cpp" line="176"/>
        <source>Authorization Failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <location filename="../src/policykitagent.cpp" line="190"/>
        <source>PolicyKit Error</source>
        <translation>PolicyKit 错误</translation>
    </message>
</context>
<context>
    <name>PolicykitAgentGUI</name>
    <message>
        <location filename="../src/policykitagentgui.ui" line="14"/>
        <source>Authentication Required</source>
        <translation>需要认证</translation>
    </message>
    <message>
        <location filename="../src/policykitagentgui.ui" line="55"/>
        <source>Identity:</source>
        <translation>身份:</translation>
    </message>
    <message>
        <location filename="../src/policykitagentgui.ui" line="65"/>
        <location filename="../src/policykitagentgui.cpp" line="74"/>
        <source>Password:</source>
        <translation>密码:</translation>
    </message>
</context>
</TS>
