<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>AddFriendForm</name>
    <message numerus="yes">
        <source>Ready to import %n contact(s), click send to confirm</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupChatForm</name>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupWidget</name>
    <message numerus="yes">
        <source>%n user(s) in chat</source>
        <comment>Number of users in chat</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationEdgeWidget</name>
    <message numerus="yes">
        <source>Unread message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Widget</name>
    <message numerus="yes">
        <source>%n new friend request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new group invite(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
