<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>LXQtPolicykit::PolicykitAgent</name>
    <message>
        <location filename="../src/policykitagent.cpp" line="86"/>
        <location filename="../src/policykitagent.cpp" line="199"/>
        <source>PolicyKit Information</source>
        <translation>Información de PolicyKit</translation>
    </message>
    <message>
        <location filename="../src/policykitagent.cpp" line="83"/>
        <source>Another authentication is in progress. Please try again later.</source>
        <translation>Otra autentificación está en progreso. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <location filename="../src/policykitagent.cpp" line="174"/>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/policykitagent.cpp" line="176"/>
        <source>Authorization Failed</source>
        <translation>La autorización ha fallado</translation>
    </message>
    <message>
        <location filename="../src/policykitagent.cpp" line="190"/>
        <source>PolicyKit Error</source>
        <translation>Error de PolicyKit</translation>
    </message>
</context>
<context>
    <name>PolicykitAgentGUI</name>
    <message>
        <location filename="../src/policykitagentgui.ui" line="14"/>
        <source>Authentication Required</source>
        <translation>Autenticación requerida</translation>
    </message>
    <message>
        <location filename="../src/policykitagentgui.ui" line="55"/>
        <source>Identity:</source>
        <translation>Identidad:</translation>
    </message>
    <message>
        <location filename="../src/policykitagentgui.ui" line="65"/>
        <location filename="../src/policykitagentgui.cpp" line="74"/>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
</context>
</TS>
