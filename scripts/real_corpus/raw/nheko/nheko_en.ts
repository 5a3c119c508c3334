<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActiveCallBar</name>
    <message>
        <location filename="../qml/voip/ActiveCallBar.qml" line="+103"/>
        <source>Calling...</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Connecting...</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>You are screen sharing</source>
        <translation>You are screen sharing.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hide/Show Picture-in-Picture</source>
        <translation>Hide/Show Picture-in-Picture</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unmute Mic</source>
        <translation>Unmute Mic</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute Mic</source>
        <translation>Mute Mic</translation>
    </message>
</context>
<context>
    <name>AliasEditingModel</name>
    <message>
        <location filename="../../src/AliasEditModel.cpp" line="+127"/>
        <location line="+47"/>
        <location line="+60"/>
        <location line="+13"/>
        <source>Failed to unpublish alias %1: %2</source>
        <translation>Failed to unpublish alias %1: %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Failed to update aliases: %1</source>
        <translation>Failed to update aliases: %1</translation>
    </message>
</context>
<context>
    <name>AliasEditor</name>
    <message>
        <location filename="../qml/dialogs/AliasEditor.qml" line="+25"/>
        <source>Aliases to %1</source>
        <translation>Aliases to %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>List of aliases to this room. Usually you can only add aliases on your server. You can have one canonical alias and many alternate aliases.</source>
        <translation>List of aliases to this room. Usually you can only add aliases on your server. You can have one canonical alias and many alternate aliases.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Primary alias</source>
        <translation>Primary alias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make primary alias</source>
        <translation>Make primary alias</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Advertise as an alias in this room</source>
        <translation>Advertise as an alias in this room</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publish in room directory</source>
        <translation>Publish in room directory</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove this alias</source>
        <translation>Remove this alias</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>#new-alias:server.tld</source>
        <translation>#new-alias:server.tld</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>AllowedRoomsSettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/AllowedRoomsSettingsDialog.qml" line="+24"/>
        <source>Allowed rooms settings</source>
        <translation>Allowed rooms settings</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>List of rooms that allow access to this room. Anyone who is in any of those rooms can join this room.</source>
        <translation>List of rooms that allow access to this room. Anyone who is in any of those rooms can join this room.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Parent community</source>
        <translation>Parent community</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other room</source>
        <translation>Other room</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter additional rooms not in the list yet...</source>
        <translation>Enter additional rooms not in the list yet...</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../../src/Cache.cpp" line="+3501"/>
        <source>%1 and %2</source>
        <comment>RoomName</comment>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <source>Empty Room</source>
        <translation>Empty Room</translation>
    </message>
</context>
<context>
    <name>CallInvite</name>
    <message>
        <location filename="../qml/voip/CallInvite.qml" line="+75"/>
        <source>Video Call</source>
        <translation>Video Call</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voice Call</source>
        <translation>Voice Call</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No microphone found.</source>
        <translation>No microphone found.</translation>
    </message>
</context>
<context>
    <name>CallInviteBar</name>
    <message>
        <location filename="../qml/voip/CallInviteBar.qml" line="+65"/>
        <source>Video Call</source>
        <translation>Video Call</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voice Call</source>
        <translation>Voice Call</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No microphone found.</source>
        <translation>No microphone found.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown microphone: %1</source>
        <translation>Unknown microphone: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown camera: %1</source>
        <translation>Unknown camera: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
</context>
<context>
    <name>CallManager</name>
    <message>
        <location filename="../../src/voip/CallManager.cpp" line="+895"/>
        <source>X11</source>
        <translation>X11</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PipeWire</source>
        <translation>PipeWire</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Entire screen</source>
        <translation>Entire screen</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../../src/ChatPage.cpp" line="+118"/>
        <source>Failed to invite user: %1</source>
        <translation>Failed to invite user: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+985"/>
        <source>Invited user: %1</source>
        <translation>Invited user: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-737"/>
        <source>%n unread message(s) in room %1
</source>
        <translation>
            <numerusform>%n unread message in room %1
</numerusform>
            <numerusform>%n unread messages in room %1
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Confirm logout</source>
        <translation>Confirm logout</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The cache on your disk is newer than this version of Nheko supports. Please update Nheko or clear your cache.</source>
        <translation>The cache on your disk is newer than this version of Nheko supports. Please update Nheko or clear your cache.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Failed to open database, logging out!</source>
        <translation>Failed to open database, logging out!</translation>
    </message>
    <message>
        <location line="+338"/>
        <source>Knock on room</source>
        <translation>Knock on room</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you really want to knock on %1? You may optionally provide a reason for others to accept your knock:</source>
        <translation>Do you really want to knock on %1? You may optionally provide a reason for others to accept your knock:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Failed to knock room: %1</source>
        <translation>Failed to knock room: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Room creation failed: Bad Alias</source>
        <translation>Room creation failed: Bad Alias</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Room %1 created.</source>
        <translation>Room %1 created.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+498"/>
        <source>Confirm invite</source>
        <translation>Confirm invite</translation>
    </message>
    <message>
        <location line="-497"/>
        <source>Do you really want to invite %1 (%2)?</source>
        <translation>Do you really want to invite %1 (%2)?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Failed to invite %1 to %2: %3</source>
        <translation>Failed to invite %1 to %2: %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kicked user: %1</source>
        <translation>Kicked user: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Failed to ban %1 in %2: %3</source>
        <translation>Failed to ban %1 in %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Banned user: %1</source>
        <translation>Banned user: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm unban</source>
        <translation>Confirm unban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you really want to unban %1 (%2)?</source>
        <translation>Do you really want to unban %1 (%2)?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Failed to unban %1 in %2: %3</source>
        <translation>Failed to unban %1 in %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unbanned user: %1</source>
        <translation>Unbanned user: %1</translation>
    </message>
    <message>
        <location line="+402"/>
        <source>Do you really want to start a private chat with %1?</source>
        <translation>Do you really want to start a private chat with %1?</translation>
    </message>
    <message>
        <location line="-1048"/>
        <source>Cache migration failed!</source>
        <translation>Cache migration failed!</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Because of the following reason Nheko wants to drop you to the login page:
%1
If you think this is a mistake, you can close Nheko instead to possibly recover your encryption keys. After you have been dropped to the login page, you can sign in again using your usual methods.</source>
        <translation>Because of the following reason Nheko wants to drop you to the login page:
%1
If you think this is a mistake, you can close Nheko instead to possibly recover your encryption keys. After you have been dropped to the login page, you can sign in again using your usual methods.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Migrating the cache to the current version failed. This can have different reasons. Please open an issue at https://github.com/Nheko-Reborn/nheko and try to use an older version in the meantime. Alternatively you can try deleting the cache manually.</source>
        <translation>Migrating the cache to the current version failed. This can have different reasons. Please open an issue at https://github.com/Nheko-Reborn/nheko and try to use an older version in the meantime. Alternatively you can try deleting the cache manually.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incompatible cache version</source>
        <translation>Incompatible cache version</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Failed to restore OLM account. Please login again.</source>
        <translation>Failed to restore OLM account. Please login again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Failed to restore save data. Please login again.</source>
        <translation>Failed to restore saved data. Please login again.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Failed to setup encryption keys. Server response: %1 %2. Please try again later.</source>
        <translation>Failed to setup encryption keys. Server response: %1 %2. Please try again later.</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+184"/>
        <source>Please try to login again: %1</source>
        <translation>Please try to login again: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You failed to join %1. You can try to knock so that others can invite you in. Do you want to do so?
You may optionally provide a reason for others to accept your knock:</source>
        <translation>You failed to join %1. You can try to knock so that others can invite you in. Do you want to do so?
You may optionally provide a reason for others to accept your knock:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Failed to join room: %1</source>
        <translation>Failed to join room: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Failed to remove invite: %1</source>
        <translation>Failed to remove invite: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Room creation failed: %1</source>
        <translation>Room creation failed: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Failed to leave room: %1</source>
        <translation>Failed to leave room: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reason for the kick</source>
        <translation>Reason for the kick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter reason for kicking %1 (%2) or hit enter for no reason:</source>
        <translation>Enter reason for kicking %1 (%2) or hit enter for no reason:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Failed to kick %1 from %2: %3</source>
        <translation>Failed to kick %1 from %2: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reason for the ban</source>
        <translation>Reason for the ban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter reason for banning %1 (%2) or hit enter for no reason:</source>
        <translation>Enter reason for banning %1 (%2) or hit enter for no reason:</translation>
    </message>
    <message>
        <location filename="../qml/ChatPage.qml" line="+36"/>
        <source>No network connection</source>
        <translation>No network connection</translation>
    </message>
</context>
<context>
    <name>CommandCompleter</name>
    <message>
        <location filename="../../src/CommandCompleter.cpp" line="+120"/>
        <source>/me &lt;message&gt;</source>
        <translation>/me &lt;message&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/react &lt;text&gt;</source>
        <translation>/react &lt;text&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/join &lt;!roomid|#alias&gt; [reason]</source>
        <translation>/join &lt;!roomid|#alias&gt; [reason]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/knock &lt;!roomid|#alias&gt; [reason]</source>
        <translation>/knock &lt;!roomid|#alias&gt; [reason]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/part [reason]</source>
        <translation>/part [reason]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/leave [reason]</source>
        <translation>/leave [reason]</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>/redact &lt;$eventid|@userid&gt;</source>
        <translation>/redact &lt;$eventid|@userid&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/roomnick &lt;displayname&gt;</source>
        <translation>/roomnick &lt;displayname&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/shrug [message]</source>
        <translation>/shrug [message]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>/md &lt;message&gt;</source>
        <translation>/md &lt;message&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/cmark &lt;message&gt;</source>
        <translation>/cmark &lt;message&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/plain &lt;message&gt;</source>
        <translation>/plain &lt;message&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/rainbow &lt;message&gt;</source>
        <translation>/rainbow &lt;message&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/rainbowme &lt;message&gt;</source>
        <translation>/rainbowme &lt;message&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/notice &lt;message&gt;</source>
        <translation>/notice &lt;message&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/rainbownotice &lt;message&gt;</source>
        <translation>/rainbownotice &lt;message&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/confetti [message]</source>
        <translation>/confetti [message]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/rainbowconfetti [message]</source>
        <translation>/rainbowconfetti [message]</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>/invite &lt;@userid&gt; [reason]</source>
        <translation>/invite &lt;@userid&gt; [reason]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/kick &lt;@userid&gt; [reason]</source>
        <translation>/kick &lt;@userid&gt; [reason]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/ban &lt;@userid&gt; [reason]</source>
        <translation>/ban &lt;@userid&gt; [reason]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/unban &lt;@userid&gt; [reason]</source>
        <translation>/unban &lt;@userid&gt; [reason]</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>/rainfall [message]</source>
        <translation>/rainfall [message]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/msgtype &lt;msgtype&gt; [message]</source>
        <translation>/msgtype &lt;msgtype&gt; [message]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/glitch &lt;message&gt;</source>
        <translation>/glitch &lt;message&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/gradualglitch &lt;message&gt;</source>
        <translation>/gradualglitch &lt;message&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/goto &lt;message reference&gt;</source>
        <translation>/goto &lt;message reference&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send a message expressing an action.</source>
        <translation>Send a message expressing an action.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &lt;text&gt; as a reaction when you’re replying to a message.</source>
        <translation>Send &lt;text&gt; as a reaction when you’re replying to a message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join a room. Reason is optional.</source>
        <translation>Join a room. Reason is optional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask to join a room. Reason is optional.</source>
        <translation>Ask to join a room. Reason is optional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Leave a room. Reason is optional.</source>
        <translation>Leave a room. Reason is optional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite a user into the current room. Reason is optional.</source>
        <translation>Invite a user into the current room. Reason is optional.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kick a user from the current room. Reason is optional. If user is left out, will try to kick the sender you are replying to.</source>
        <translation>Kick a user from the current room. Reason is optional. If user is left out, will try to kick the sender you are replying to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ban a user from the current room. Reason is optional. If user is left out, will try to ban the sender you are replying to.</source>
        <translation>Ban a user from the current room. Reason is optional. If user is left out, will try to ban the sender you are replying to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unban a user in the current room. Reason is optional. If user is left out, will try to unban the sender you are replying to.</source>
        <translation>Unban a user in the current room. Reason is optional. If user is left out, will try to unban the sender you are replying to.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redact an event by event id or that you are replying to or all locally cached messages of a user.</source>
        <translation>Redact an event by event id or that you are replying to or all locally cached messages of a user.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change your displayname in this room.</source>
        <translation>Change your displayname in this room.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¯\_(ツ)_/¯ with an optional message.</source>
        <translation>¯\_(ツ)_/¯ with an optional message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(╯°□°)╯︵ ┻━┻</source>
        <translation>(╯°□°)╯︵ ┻━┻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>┯━┯╭( º _ º╭)</source>
        <translation>┯━┯╭( º _ º╭)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ノ┬─┬ノ ︵ ( \o°o)\</source>
        <translation>ノ┬─┬ノ ︵ ( \o°o)\</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the currently cached messages in this room.</source>
        <translation>Clear the currently cached messages in this room.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refetch the state in this room.</source>
        <translation>Refetch the state in this room.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate the current symmetric encryption key.</source>
        <translation>Rotate the current symmetric encryption key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a markdown formatted message (ignoring the global setting).</source>
        <translation>Send a markdown formatted message (ignoring the global setting).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a commonmark formatted message disabling most extensions compared to /md.</source>
        <translation>Send a commonmark formatted message disabling most extensions compared to /md.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send an unformatted message (ignoring the global setting).</source>
        <translation>Send an unformatted message (ignoring the global setting).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message in rainbow colors.</source>
        <translation>Send a message in rainbow colors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send /me in rainbow colors.</source>
        <translation>Send /me in rainbow colors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a bot message.</source>
        <translation>Send a bot message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a bot message in rainbow colors.</source>
        <translation>Send a bot message in rainbow colors.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message with confetti.</source>
        <translation>Send a message with confetti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message in rainbow colors with confetti.</source>
        <translation>Send a message in rainbow colors with confetti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message with rain.</source>
        <translation>Send a message with rain.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message with a custom message type.</source>
        <translation>Send a message with a custom message type.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message with a glitch effect.</source>
        <translation>Send a message with a glitch effect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message that gradually glitches.</source>
        <translation>Send a message that gradually glitches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to a specific message using an event id, index or matrix: link</source>
        <translation>Go to a specific message using an event id, index or matrix: link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert this room to a direct chat.</source>
        <translation>Convert this room to a direct chat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert this direct chat into a room.</source>
        <translation>Convert this direct chat into a room.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore a user.</source>
        <translation>Ignore a user.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop ignoring a user.</source>
        <translation>Stop ignoring a user.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block all invites from a user, a server, to a specific room or set the default.</source>
        <translation>Block all invites from a user, a server, to a specific room or set the default.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow all invites from a user, a server, to a specific room or set the default.</source>
        <translation>Allow all invites from a user, a server, to a specific room or set the default.</translation>
    </message>
</context>
<context>
    <name>CommunitiesList</name>
    <message>
        <location filename="../qml/CommunitiesList.qml" line="+130"/>
        <source>Expand</source>
        <translation>Expand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collapse</source>
        <translation>Collapse</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Do not show notification counts for this community or tag.</source>
        <translation>Do not show notification counts for this community or tag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide rooms with this tag or from this community by default.</source>
        <translation>Hide rooms with this tag or from this community by default.</translation>
    </message>
</context>
<context>
    <name>CommunitiesModel</name>
    <message>
        <location filename="../../src/timeline/CommunitiesModel.cpp" line="+77"/>
        <source>All rooms</source>
        <translation>All rooms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows all rooms without filtering.</source>
        <translation>Shows all rooms without filtering.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Direct Chats</source>
        <translation>Direct Chats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show direct chats.</source>
        <translation>Show direct chats.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Favourites</source>
        <translation>Favourites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms you have favourited.</source>
        <translation>Rooms you have favourited.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low Priority</source>
        <translation>Low Priority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms with low priority.</source>
        <translation>Rooms with low priority.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server Notices</source>
        <translation>Server Notices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages from your server or administrator.</source>
        <translation>Messages from your server or administrator.</translation>
    </message>
    <message>
        <location line="+678"/>
        <source>Failed to update community: %1</source>
        <translation>Failed to update community: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failed to delete room from community: %1</source>
        <translation>Failed to delete room from community: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Failed to update community for room: %1</source>
        <translation>Failed to update community for room: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failed to remove community from room: %1</source>
        <translation>Failed to remove community from room: %1</translation>
    </message>
</context>
<context>
    <name>ConfirmJoinRoomDialog</name>
    <message>
        <location filename="../qml/dialogs/ConfirmJoinRoomDialog.qml" line="+18"/>
        <source>Confirm community join</source>
        <translation>Confirm community join</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm room join</source>
        <translation>Confirm room join</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This room can&apos;t be joined directly. You can, however, knock on the room and room members can accept or decline this join request. You can additionally provide a reason for them to let you in below:</source>
        <translation>This room can&apos;t be joined directly. You can, however, knock on the room and room members can accept or decline this join request. You can additionally provide a reason for them to let you in below:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do you want to join this room? You can optionally add a reason below:</source>
        <translation>Do you want to join this room? You can optionally add a reason below:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Knock</source>
        <translation>Knock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>Join</translation>
    </message>
</context>
<context>
    <name>CreateDirect</name>
    <message>
        <location filename="../qml/dialogs/CreateDirect.qml" line="+14"/>
        <source>Create Direct Chat</source>
        <translation>Create Direct Chat</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>User to invite</source>
        <translation>User to invite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@user:server.tld</source>
        <translation>@user:server.tld</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
</context>
<context>
    <name>CreateRoom</name>
    <message>
        <location filename="../qml/dialogs/CreateRoom.qml" line="+17"/>
        <source>New community</source>
        <translation>New community</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Room</source>
        <translation>New Room</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No name</source>
        <translation>No name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No topic</source>
        <translation>No topic</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public rooms can be joined by anyone; private rooms need explicit invites.</source>
        <translation>Public rooms can be joined by anyone; private rooms need explicit invites.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All invitees are given the same power level as the creator</source>
        <translation>All invitees are given the same power level as the creator</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caution: Encryption cannot be disabled</source>
        <translation>Caution: Encryption cannot be disabled</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create Room</source>
        <translation>Create Room</translation>
    </message>
</context>
<context>
    <name>CrossSigningSecrets</name>
    <message>
        <location filename="../../src/ChatPage.cpp" line="+312"/>
        <source>Decrypt secrets</source>
        <translation>Decrypt secrets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your recovery key or passphrase to decrypt your secrets:</source>
        <translation>Enter your recovery key or passphrase to decrypt your secrets:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your recovery key or passphrase called %1 to decrypt your secrets:</source>
        <translation>Enter your recovery key or passphrase called %1 to decrypt your secrets:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decryption failed</source>
        <translation>Decryption failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed to decrypt secrets with the provided recovery key or passphrase</source>
        <translation>Failed to decrypt secrets with the provided recovery key or passphrase</translation>
    </message>
</context>
<context>
    <name>DigitVerification</name>
    <message>
        <location filename="../qml/device-verification/DigitVerification.qml" line="+10"/>
        <source>Verification Code</source>
        <translation>Verification Code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please verify the following digits. You should see the same numbers on both sides. If they differ, please press &apos;They do not match!&apos; to abort verification!</source>
        <translation>Please verify the following digits.  You should see the same numbers on both sides.  If they differ, please press &apos;They do not match!&apos; to abort verification!</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>They do not match!</source>
        <translation>They do not match!</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>They match!</source>
        <translation>They match!</translation>
    </message>
</context>
<context>
    <name>EmojiVerification</name>
    <message>
        <location filename="../qml/device-verification/EmojiVerification.qml" line="+11"/>
        <source>Verification Code</source>
        <translation>Verification Code</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please verify the following emoji. You should see the same emoji on both sides. If they differ, please press &apos;They do not match!&apos; to abort verification!</source>
        <translation>Please verify the following emoji. You should see the same emoji on both sides. If they differ, please press &apos;They do not match!&apos; to abort verification!</translation>
    </message>
    <message>
        <location line="+379"/>
        <source>The displayed emoji might look different in different clients if a different font is used. Similarly they might be translated into different languages. Nonetheless they should depict one of 64 different objects or animals. For example a lion and a cat are different, but a cat is the same even if one client just shows a cat face, while another client shows a full cat body.</source>
        <translation>The displayed emoji might look different in different clients if a different font is used. Similarly they might be translated into different languages. Nonetheless they should depict one of 64 different objects or animals. For example a lion and a cat are different, but a cat is the same even if one client just shows a cat face, while another client shows a full cat body.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>They do not match!</source>
        <translation>They do not match!</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>They match!</source>
        <translation>They match!</translation>
    </message>
</context>
<context>
    <name>Encrypted</name>
    <message>
        <location filename="../qml/delegates/Encrypted.qml" line="+42"/>
        <source>There is no key to unlock this message. We requested the key automatically, but you can try requesting it again if you are impatient.</source>
        <translation>There is no key to unlock this message. We requested the key automatically, but you can try requesting it again if you are impatient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This message couldn&apos;t be decrypted, because we only have a key for newer messages. You can try requesting access to this message.</source>
        <translation>This message couldn&apos;t be decrypted, because we only have a key for newer messages. You can try requesting access to this message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There was an internal error reading the decryption key from the database.</source>
        <translation>There was an internal error reading the decryption key from the database.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There was an error decrypting this message.</source>
        <translation>There was an error decrypting this message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message couldn&apos;t be parsed.</source>
        <translation>The message couldn&apos;t be parsed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encryption key was reused! Someone is possibly trying to insert false messages into this chat!</source>
        <translation>The encryption key was reused! Someone is possibly trying to insert false messages into this chat!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown decryption error</source>
        <translation>Unknown decryption error</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request key</source>
        <translation>Request key</translation>
    </message>
</context>
<context>
    <name>EncryptionEnabled</name>
    <message>
        <location filename="../qml/delegates/EncryptionEnabled.qml" line="+38"/>
        <source>%1 enabled end-to-end encryption</source>
        <translation>%1 enabled end-to-end encryption</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encryption keeps your messages safe by only allowing the people you sent the message to to read it. For extra security, if you want to make sure you are talking to the right people, you can verify them in real life.</source>
        <translation>Encryption keeps your messages safe by only allowing the people you sent the message to to read it. For extra security, if you want to make sure you are talking to the right people, you can verify them in real life.</translation>
    </message>
</context>
<context>
    <name>EncryptionIndicator</name>
    <message>
        <location filename="../qml/EncryptionIndicator.qml" line="+37"/>
        <source>This message is not encrypted!</source>
        <translation>This message is not encrypted!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted by a verified device</source>
        <translation>Encrypted by a verified device</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted by an unverified device, but you have trusted that user so far.</source>
        <translation>Encrypted by an unverified device, but you have trusted that user so far.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key is from an untrusted source, possibly forwarded from another user or the online key backup. For this reason we can&apos;t verify who sent the message.</source>
        <translation>Key is from an untrusted source, possibly forwarded from another user or the online key backup. For this reason we can&apos;t verify who sent the message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted by an unverified device.</source>
        <translation>Encrypted by an unverified device.</translation>
    </message>
</context>
<context>
    <name>EventExpirationDialog</name>
    <message>
        <location filename="../qml/dialogs/EventExpirationDialog.qml" line="+33"/>
        <source>Event expiration for %1</source>
        <translation>Event expiration for %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event expiration</source>
        <translation>Event expiration</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You can configure when your messages will be deleted in %1. This only happens when Nheko is open and has permissions to delete messages until Matrix servers support this feature natively. In general 0 means disable.</source>
        <translation>You can configure when your messages will be deleted in %1. This only happens when Nheko is open and has permissions to delete messages until Matrix servers support this feature natively. In general 0 means disable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can configure when your messages will be deleted in all rooms unless configured otherwise. This only happens when Nheko is open and has permissions to delete messages until Matrix servers support this feature natively. In general 0 means disable.</source>
        <translation>You can configure when your messages will be deleted in all rooms unless configured otherwise. This only happens when Nheko is open and has permissions to delete messages until Matrix servers support this feature natively. In general 0 means disable.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Expire events after X days</source>
        <translation>Expire events after X days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatically redacts messages after X days, unless otherwise protected. Set to 0 to disable.</source>
        <translation>Automatically redacts messages after X days, unless otherwise protected. Set to 0 to disable.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only keep latest X events</source>
        <translation>Only keep latest X events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes your events in this room if there are more than X newer messages unless otherwise protected. Set to 0 to disable.</source>
        <translation>Deletes your events in this room if there are more than X newer messages unless otherwise protected. Set to 0 to disable.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Always keep latest X events</source>
        <translation>Always keep latest X events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This prevents events to be deleted by the above 2 settings if they are the latest X messages from you in the room.</source>
        <translation>This prevents events to be deleted by the above 2 settings if they are the latest X messages from you in the room.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Include state events</source>
        <translation>Include state events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this is turned on, old state events also get redacted. The latest state event of any type+key combination is excluded from redaction to not remove the room name and similar state by accident.</source>
        <translation>If this is turned on, old state events also get redacted. The latest state event of any type+key combination is excluded from redaction to not remove the room name and similar state by accident.</translation>
    </message>
</context>
<context>
    <name>EventExpiry</name>
    <message>
        <location filename="../../src/ui/EventExpiry.cpp" line="+50"/>
        <location line="+10"/>
        <source>Failed to set hidden events: %1</source>
        <translation>Failed to set hidden events: %1</translation>
    </message>
</context>
<context>
    <name>Failed</name>
    <message>
        <location filename="../qml/device-verification/Failed.qml" line="+11"/>
        <source>Verification failed</source>
        <translation>Verification failed</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other client does not support our verification protocol.</source>
        <translation>Other client does not support our verification protocol.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key mismatch detected!</source>
        <translation>Key mismatch detected!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device verification timed out.</source>
        <translation>Device verification timed out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other party canceled the verification.</source>
        <translation>Other party canceled the verification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verification was accepted by a different device.</source>
        <translation>The verification was accepted by a different device.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification messages received out of order!</source>
        <translation>Verification messages received out of order!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown verification error.</source>
        <translation>Unknown verification error.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FallbackAuthDialog</name>
    <message>
        <location filename="../qml/dialogs/FallbackAuthDialog.qml" line="+25"/>
        <source>Fallback authentication</source>
        <translation>Fallback authentication</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the fallback, follow the steps, and confirm after completing them.</source>
        <translation>Open the fallback, follow the steps, and confirm after completing them.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Fallback in Browser</source>
        <translation>Open Fallback in Browser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>ForwardCompleter</name>
    <message>
        <location filename="../qml/ForwardCompleter.qml" line="+52"/>
        <source>Forward Message</source>
        <translation>Forward Message</translation>
    </message>
</context>
<context>
    <name>GridImagePackModel</name>
    <message>
        <location filename="../../src/GridImagePackModel.cpp" line="+285"/>
        <source>Account Pack</source>
        <translation>Account Pack</translation>
    </message>
</context>
<context>
    <name>HiddenEvents</name>
    <message>
        <location filename="../../src/ui/HiddenEvents.cpp" line="+92"/>
        <location line="+10"/>
        <source>Failed to set hidden events: %1</source>
        <translation>Failed to set hidden events: %1</translation>
    </message>
</context>
<context>
    <name>HiddenEventsDialog</name>
    <message>
        <location filename="../qml/dialogs/HiddenEventsDialog.qml" line="+33"/>
        <source>Hidden events for %1</source>
        <translation>Hidden events for %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hidden events</source>
        <translation>Hidden events</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>These events will be &lt;b&gt;shown&lt;/b&gt; in %1:</source>
        <translation>These events will be &lt;b&gt;shown&lt;/b&gt; in %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These events will be &lt;b&gt;shown&lt;/b&gt; in all rooms:</source>
        <translation>These events will be &lt;b&gt;shown&lt;/b&gt; in all rooms:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User events</source>
        <translation>User events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins, leaves, avatar and name changes, bans, …</source>
        <translation>Joins, leaves, avatar and name changes, bans, …</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Power level changes</source>
        <translation>Power level changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent when a moderator is added/removed or the permissions of a room are changed.</source>
        <translation>Sent when a moderator is added/removed or the permissions of a room are changed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stickers</source>
        <translation>Stickers</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Allowed server changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IgnoredUsers</name>
    <message>
        <location filename="../qml/dialogs/IgnoredUsers.qml" line="+16"/>
        <source>Ignored users</source>
        <translation>Ignored users</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ignoring a user hides their messages (they can still see yours!).</source>
        <translation>Ignoring a user hides their messages (they can still see yours!).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stop Ignoring.</source>
        <translation>Stop Ignoring.</translation>
    </message>
</context>
<context>
    <name>ImageMessage</name>
    <message>
        <location filename="../qml/delegates/ImageMessage.qml" line="+191"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
</context>
<context>
    <name>ImagePackDeleteDialog</name>
    <message>
        <location filename="../qml/dialogs/ImagePackDeleteDialog.qml" line="+14"/>
        <source>Are you sure you wish to delete the sticker pack &apos;%1&apos;?</source>
        <translation>Are you sure you wish to delete the sticker pack &apos;%1&apos;?</translation>
    </message>
</context>
<context>
    <name>ImagePackEditorDialog</name>
    <message>
        <location filename="../qml/dialogs/ImagePackEditorDialog.qml" line="+22"/>
        <source>Editing image pack</source>
        <translation>Editing image pack</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Add images</source>
        <translation>Add images</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Images (*.png *.webp *.gif *.jpg *.jpeg)</source>
        <translation>Images (*.png *.webp *.gif *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select images for pack</source>
        <translation>Select images for pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to pack</source>
        <translation>Add to pack</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Change the overview image for this pack</source>
        <translation>Change the overview image for this pack</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overview Image (*.png *.webp *.jpg *.jpeg)</source>
        <translation>Overview Image (*.png *.webp *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select overview image for pack</source>
        <translation>Select overview image for pack</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>State key</source>
        <translation>State key</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Packname</source>
        <translation>Packname</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+75"/>
        <source>Use as Emoji</source>
        <translation>Use as Emoji</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+75"/>
        <source>Use as Sticker</source>
        <translation>Use as Sticker</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Shortcode</source>
        <translation>Shortcode</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove from pack</source>
        <translation>Remove from pack</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ImagePackSettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/ImagePackSettingsDialog.qml" line="+23"/>
        <source>Image pack settings</source>
        <translation>Image pack settings</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Create account pack</source>
        <translation>Create account pack</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New room pack</source>
        <translation>New room pack</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Private pack</source>
        <translation>Private pack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack from this room</source>
        <translation>Pack from this room</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack from parent community</source>
        <translation>Pack from parent community</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Globally enabled pack</source>
        <translation>Globally enabled pack</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Enable globally</source>
        <translation>Enable globally</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enables this pack to be used in all rooms</source>
        <translation>Enables this pack to be used in all rooms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>InputBar</name>
    <message>
        <location filename="../../src/timeline/InputBar.cpp" line="+423"/>
        <source>Select file(s)</source>
        <translation>Select file(s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location line="+623"/>
        <source>You need to pass a valid mxid when ignoring a user. &apos;%1&apos; is not a valid userid.</source>
        <translation>You need to pass a valid mxid when ignoring a user. &apos;%1&apos; is not a valid userid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed to fetch user %1</source>
        <translation>Failed to fetch user %1</translation>
    </message>
    <message>
        <location line="+412"/>
        <source>Upload of &apos;%1&apos; failed</source>
        <translation>Upload of &apos;%1&apos; failed</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../qml/dialogs/InviteDialog.qml" line="+40"/>
        <source>Invite users to %1</source>
        <translation>Invite users to %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Search user</source>
        <translation>Search user</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>@user:yourserver.example.com</source>
        <comment>Example user id. The name &apos;user&apos; can be localized however you want.</comment>
        <translation>@user:yourserver.example.com</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Search on Server</source>
        <translation>Search on Server</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Invite</source>
        <translation>Invite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../qml/dialogs/JoinRoomDialog.qml" line="+14"/>
        <source>Join room</source>
        <translation>Join room</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Room ID or alias</source>
        <translation>Room ID or alias</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Join</source>
        <translation>Join</translation>
    </message>
</context>
<context>
    <name>LeaveRoomDialog</name>
    <message>
        <location filename="../qml/dialogs/LeaveRoomDialog.qml" line="+15"/>
        <source>Leave room</source>
        <translation>Leave room</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to leave?</source>
        <translation>Are you sure you want to leave?</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <location filename="../../src/LoginPage.cpp" line="+78"/>
        <location line="+6"/>
        <location line="+64"/>
        <location line="+133"/>
        <source>You have entered an invalid Matrix ID e.g. @user:yourserver.example.com</source>
        <translation>You have entered an invalid Matrix ID e.g. @user:yourserver.example.com</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Autodiscovery failed. Received malformed response.</source>
        <translation>Autodiscovery failed. Received malformed response.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autodiscovery failed. Unknown error when requesting .well-known.</source>
        <translation>Autodiscovery failed. Unknown error while requesting .well-known.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The required endpoints were not found. Possibly not a Matrix server.</source>
        <translation>The required endpoints were not found. Possibly not a Matrix server.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received malformed response. Make sure the homeserver domain is valid.</source>
        <translation>Received malformed response. Make sure the homeserver domain is valid.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An unknown error occured. Make sure the homeserver domain is valid.</source>
        <translation>An unknown error occured. Make sure the homeserver domain is valid.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The selected server does not support a version of the Matrix protocol, that this client understands (%1 to %2). You can&apos;t sign in.</source>
        <translation>The selected server does not support a version of the Matrix protocol, that this client understands (%1 to %2). You can&apos;t sign in.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign in with Apple</source>
        <translation>Sign in with Apple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue with Facebook</source>
        <translation>Continue with Facebook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with Google</source>
        <translation>Sign in with Google</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with Twitter</source>
        <translation>Sign in with Twitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login using %1</source>
        <translation>Login using %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SSO LOGIN</source>
        <translation>SSO LOGIN</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Empty password</source>
        <translation>Empty password</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SSO login failed</source>
        <translation>SSO login failed</translation>
    </message>
    <message>
        <location filename="../qml/pages/LoginPage.qml" line="+58"/>
        <source>Matrix ID</source>
        <translation>Matrix ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g @user:yourserver.example.com</source>
        <translation>e.g @user:yourserver.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your login name. A mxid should start with @ followed by the user ID. After the user ID you need to include your server name after a :.
You can also put your homeserver address there if your server doesn&apos;t support .well-known lookup.
Example: @user:yourserver.example.com
If Nheko fails to discover your homeserver, it will show you a field to enter the server manually.</source>
        <translation>Your login name. A mxid should start with @ followed by the user ID. After the user ID you need to include your server name after a :.
You can also put your homeserver address there if your server doesn&apos;t support .well-known lookup.
Example: @user:yourserver.example.com
If Nheko fails to discover your homeserver, it will show you a field to enter the server manually.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password.</source>
        <translation>Your password.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show/Hide Password</source>
        <translation>Show/Hide Password</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name for this device which will be shown to others when verifying your devices. If nothing is provided, a default is used.</source>
        <translation>A name for this device which will be shown to others when verifying your devices. If nothing is provided, a default is used.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Homeserver address</source>
        <translation>Homeserver address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yourserver.example.com:8787</source>
        <translation>yourserver.example.com:8787</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address that can be used to contact your homeserver&apos;s client API.
Example: https://yourserver.example.com:8787</source>
        <translation>The address that can be used to contact your homeserver&apos;s client API.
Example: https://yourserver.example.com:8787</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>LogoutDialog</name>
    <message>
        <location filename="../qml/dialogs/LogoutDialog.qml" line="+12"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call is in progress. Log out?</source>
        <translation>A call is in progress. Log out?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Are you sure you want to log out?</source>
        <translation>Are you sure you want to log out?</translation>
    </message>
</context>
<context>
    <name>MediaUpload</name>
    <message>
        <location filename="../../src/timeline/InputBar.cpp" line="-154"/>
        <location line="+35"/>
        <source>Failed to upload media. Please try again.</source>
        <translation>Failed to upload media. Please try again.</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <location filename="../qml/MessageInput.qml" line="+47"/>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already on a call</source>
        <translation>Already on a call</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place a call</source>
        <translation>Place a call</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Send a file</source>
        <translation>Send a file</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Write a message...</source>
        <translation>Write a message…</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>Stickers</source>
        <translation>Stickers</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Emoji</source>
        <translation>Emoji</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You don&apos;t have permission to send messages in this room</source>
        <translation>You don&apos;t have permission to send messages in this room</translation>
    </message>
</context>
<context>
    <name>MessageInputWarning</name>
    <message>
        <location filename="../qml/MessageInputWarning.qml" line="+61"/>
        <source>Don&apos;t mention them in this message</source>
        <translation>Don&apos;t mention them in this message</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../qml/MessageView.qml" line="+237"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>React</source>
        <translation>React</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reply in thread</source>
        <translation>Reply in thread</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New thread</source>
        <translation>New thread</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to message</source>
        <translation>Go to message</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Enter reason for removal or hit enter for no reason:</source>
        <translation>Enter reason for removal or hit enter for no reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for removal</source>
        <translation>Reason for removal</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Go to &amp;message</source>
        <translation>Go to &amp;message</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+187"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+187"/>
        <source>Copy &amp;link location</source>
        <translation>Copy &amp;link location</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Re&amp;act</source>
        <translation>Re&amp;act</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Repl&amp;y</source>
        <translation>Repl&amp;y</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Thread</source>
        <translation>&amp;Thread</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Un&amp;pin</source>
        <translation>Un&amp;pin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pin</source>
        <translation>&amp;Pin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Read receipts</source>
        <translation>&amp;Read receipts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mark as read</source>
        <translation>&amp;Mark as read</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View raw message</source>
        <translation>View raw message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View decrypted raw message</source>
        <translation>View decrypted raw message</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remo&amp;ve message</source>
        <translation>Remo&amp;ve message</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report message</source>
        <translation>Report message</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save as</source>
        <translation>&amp;Save as</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open in external program</source>
        <translation>&amp;Open in external program</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy link to eve&amp;nt</source>
        <translation>Copy link to eve&amp;nt</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Go to quoted message</source>
        <translation>&amp;Go to quoted message</translation>
    </message>
</context>
<context>
    <name>NewVerificationRequest</name>
    <message>
        <location filename="../qml/device-verification/NewVerificationRequest.qml" line="+10"/>
        <source>Send Verification Request</source>
        <translation>Send Verification Request</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received Verification Request</source>
        <translation>Received Verification Request</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To allow other users to see which of your devices actually belong to you, you can verify them. This also allows key backup to work automatically. Verify an unverified device now? (Please make sure you have one of those devices available.)</source>
        <translation>To allow other users to see which of your devices actually belong to you, you can verify them. This also allows key backup to work automatically. Verify an unverified device now? (Please make sure you have one of those devices available.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To allow other users to see which of your devices actually belong to you, you can verify them. This also allows key backup to work automatically. Verify %1 now?</source>
        <translation>To allow other users to see which of your devices actually belong to you, you can verify them. This also allows key backup to work automatically. Verify %1 now?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To ensure that no malicious user can eavesdrop on your encrypted communications you can verify the other party.</source>
        <translation>To ensure that no malicious user can eavesdrop on your encrypted communications you can verify the other party.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has requested to verify their device %2.</source>
        <translation>%1 has requested to verify their device %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 using the device %2 has requested to be verified.</source>
        <translation>%1 using the device %2 has requested to be verified.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your device (%1) has requested to be verified.</source>
        <translation>Your device (%1) has requested to be verified.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deny</source>
        <translation>Deny</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start verification</source>
        <translation>Start verification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
</context>
<context>
    <name>NotificationsManager</name>
    <message>
        <location filename="../../src/notifications/Manager.cpp" line="+46"/>
        <location filename="../../src/notifications/ManagerMac.cpp" line="+90"/>
        <source>%1 sent an encrypted message</source>
        <translation>%1 sent an encrypted message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 replied with a spoiler.</source>
        <comment>Format a reply in a notification. %1 is the sender.</comment>
        <translation>%1 replied with a spoiler.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 replied: %2</source>
        <comment>Format a reply in a notification. %1 is the sender, %2 the message</comment>
        <translation>%1 replied: %2</translation>
    </message>
    <message>
        <location filename="../../src/notifications/ManagerMac.cpp" line="-1"/>
        <source>%1 replied with an encrypted message</source>
        <translation>%1 replied with an encrypted message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 replied to a message</source>
        <translation>%1 replied to a message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sent a message</source>
        <translation>%1 sent a message</translation>
    </message>
</context>
<context>
    <name>PlaceCall</name>
    <message>
        <location filename="../qml/voip/PlaceCall.qml" line="+39"/>
        <source>Place a call to %1?</source>
        <translation>Place a call to %1?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No microphone found.</source>
        <translation>No microphone found.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../qml/delegates/Placeholder.qml" line="+11"/>
        <source>unimplemented event: </source>
        <translation>unimplemented event: </translation>
    </message>
</context>
<context>
    <name>PowerLevelEditor</name>
    <message>
        <location filename="../qml/dialogs/PowerLevelEditor.qml" line="+26"/>
        <source>Permissions in %1</source>
        <translation>Permissions in %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Be careful when editing permissions. You can&apos;t lower the permissions of people with a same or higher level than you. Be careful when promoting others.</source>
        <translation>Be careful when editing permissions. You can&apos;t lower the permissions of people with a same or higher level than you. Be careful when promoting others.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move permissions between roles to change them</source>
        <translation>Move permissions between roles to change them</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+243"/>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>Administrator (%1)</source>
        <translation>Administrator (%1)</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>Moderator (%1)</source>
        <translation>Moderator (%1)</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>User (%1)</source>
        <translation>User (%1)</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>Custom (%1)</source>
        <translation>Custom (%1)</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Remove event type</source>
        <translation>Remove event type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add event type</source>
        <translation>Add event type</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Add new role</source>
        <translation>Add new role</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move users up or down to change their permissions</source>
        <translation>Move users up or down to change their permissions</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Remove user</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
</context>
<context>
    <name>PowerLevelSpacesApplyDialog</name>
    <message>
        <location filename="../qml/dialogs/PowerLevelSpacesApplyDialog.qml" line="+25"/>
        <source>Apply permission changes</source>
        <translation>Apply permission changes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which of the subcommunities and rooms should these permissions be applied to?</source>
        <translation>Which of the subcommunities and rooms should these permissions be applied to?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply permissions recursively</source>
        <translation>Apply permissions recursively</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overwrite exisiting modifications in rooms</source>
        <translation>Overwrite exisiting modifications in rooms</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No permissions to apply the new permissions here</source>
        <translation>No permissions to apply the new permissions here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes needed</source>
        <translation>No changes needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing modifications to the permissions in this room will be overwritten</source>
        <translation>Existing modifications to the permissions in this room will be overwritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions synchronized with community</source>
        <translation>Permissions synchronized with community</translation>
    </message>
</context>
<context>
    <name>PowerLevels</name>
    <message>
        <location filename="../../src/PowerlevelsEditModels.cpp" line="+788"/>
        <source>Failed to update powerlevel: %1</source>
        <translation>Failed to update powerlevel: %1</translation>
    </message>
</context>
<context>
    <name>PowerlevelEditingModels</name>
    <message>
        <location line="-127"/>
        <source>Failed to update powerlevel: %1</source>
        <translation>Failed to update powerlevel: %1</translation>
    </message>
</context>
<context>
    <name>PowerlevelIndicator</name>
    <message>
        <location filename="../qml/components/PowerlevelIndicator.qml" line="+32"/>
        <source>Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator (%1)</source>
        <translation type="unfinished">Administrator (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderator: %1</source>
        <translation>Moderator: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
</context>
<context>
    <name>PowerlevelsTypeListModel</name>
    <message>
        <location filename="../../src/PowerlevelsEditModels.cpp" line="-492"/>
        <source>Other events</source>
        <translation>Other events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other state events</source>
        <translation>Other state events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove other users</source>
        <translation>Remove other users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban other users</source>
        <translation>Ban other users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite other users</source>
        <translation>Invite other users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redact events sent by others</source>
        <translation>Redact events sent by others</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactions</source>
        <translation>Reactions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprecated aliases events</source>
        <translation>Deprecated aliases events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room avatar</source>
        <translation>Change the room avatar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room addresses</source>
        <translation>Change the room addresses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send encrypted messages</source>
        <translation>Send encrypted messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable encryption</source>
        <translation>Enable encryption</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change guest access</source>
        <translation>Change guest access</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change history visibility</source>
        <translation>Change history visibility</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change who can join</source>
        <translation>Change who can join</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send messages</source>
        <translation>Send messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room name</source>
        <translation>Change the room name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room permissions</source>
        <translation>Change the room permissions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the rooms topic</source>
        <translation>Change the rooms topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the widgets</source>
        <translation>Change the widgets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the widgets (experimental)</source>
        <translation>Change the widgets (experimental)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redact own events</source>
        <translation>Redact own events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the pinned events</source>
        <translation>Change the pinned events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade the room</source>
        <translation>Upgrade the room</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send stickers</source>
        <translation>Send stickers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ban users using policy rules</source>
        <translation>Ban users using policy rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban rooms using policy rules</source>
        <translation>Ban rooms using policy rules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban servers using policy rules</source>
        <translation>Ban servers using policy rules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit child communities and rooms</source>
        <translation>Edit child communities and rooms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change parent communities</source>
        <translation>Change parent communities</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a call</source>
        <translation>Start a call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negotiate a call</source>
        <translation>Negotiate a call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer a call</source>
        <translation>Answer a call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hang up a call</source>
        <translation>Hang up a call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject a call</source>
        <translation>Reject a call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room emotes</source>
        <translation>Change the room emotes</translation>
    </message>
</context>
<context>
    <name>PowerlevelsUserListModel</name>
    <message>
        <location line="+230"/>
        <source>Other users</source>
        <translation>Other users</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../src/main.cpp" line="+220"/>
        <source>Create a unique profile which allows you to log into several accounts at the same time and start multiple instances of nheko.</source>
        <translation>Create a unique profile which allows you to log into several accounts at the same time and start multiple instances of nheko.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile name</source>
        <translation>profile name</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location line="-30"/>
        <source>Alias for &apos;--log-level trace&apos;.</source>
        <translation>Alias for &apos;--log-level trace&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the global log level, or a comma-separated list of &lt;component&gt;=&lt;level&gt; pairs, or both. For example, to set the default log level to &apos;warn&apos; but disable logging for the &apos;ui&apos; component, pass &apos;warn,ui=off&apos;. levels:{trace,debug,info,warning,error,critical,off} components:{crypto,db,mtx,net,qml,ui}</source>
        <translation>Set the global log level, or a comma-separated list of &lt;component&gt;=&lt;level&gt; pairs, or both. For example, to set the default log level to &apos;warn&apos; but disable logging for the &apos;ui&apos; component, pass &apos;warn,ui=off&apos;. levels:{trace,debug,info,warning,error,critical,off} components:{crypto,db,mtx,net,qml,ui}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the log output type. A comma-separated list is allowed. The default is &apos;file,stderr&apos;. types:{file,stderr,none}</source>
        <translation>Set the log output type. A comma-separated list is allowed. The default is &apos;file,stderr&apos;. types:{file,stderr,none}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recompacts the database which might improve performance.</source>
        <translation>Recompacts the database which might improve performance.</translation>
    </message>
    <message>
        <location filename="../../src/notifications/ManagerMac.cpp" line="-58"/>
        <source>Respond</source>
        <translation>Respond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message...</source>
        <translation>Write a message…</translation>
    </message>
</context>
<context>
    <name>ReCaptchaDialog</name>
    <message>
        <location filename="../qml/dialogs/ReCaptchaDialog.qml" line="+40"/>
        <source>Solve the reCAPTCHA and press the confirm button</source>
        <translation>Solve the reCAPTCHA and press the confirm button</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open reCAPTCHA</source>
        <translation>Open reCAPTCHA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>ReadReceipts</name>
    <message>
        <location filename="../qml/dialogs/ReadReceipts.qml" line="+39"/>
        <source>Read receipts</source>
        <translation>Read receipts</translation>
    </message>
</context>
<context>
    <name>ReadReceiptsModel</name>
    <message>
        <location filename="../../src/ReadReceiptsModel.cpp" line="+111"/>
        <source>Yesterday, %1</source>
        <translation>Yesterday, %1</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/RegisterPage.cpp" line="+83"/>
        <source>Autodiscovery failed. Received malformed response.</source>
        <translation>Autodiscovery failed. Received malformed response.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Autodiscovery failed. Unknown error when requesting .well-known.</source>
        <translation>Autodiscovery failed. Unknown error while requesting .well-known.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The required endpoints were not found. Possibly not a Matrix server.</source>
        <translation>The required endpoints were not found. Possibly not a Matrix server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received malformed response. Make sure the homeserver domain is valid.</source>
        <translation>Received malformed response. Make sure the homeserver domain is valid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unknown error occured. Make sure the homeserver domain is valid.</source>
        <translation>An unknown error occured. Make sure the homeserver domain is valid.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The selected server does not support a version of the Matrix protocol that this client understands (%1 to %2). You can&apos;t register.</source>
        <translation>The selected server does not support a version of the Matrix protocol that this client understands (%1 to %2). You can&apos;t register.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server does not support querying registration flows!</source>
        <translation>Server does not support querying registration flows!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server does not support registration.</source>
        <translation>Server does not support registration.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Invalid username.</source>
        <translation>Invalid username.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name already in use.</source>
        <translation>Name already in use.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of the reserved namespace.</source>
        <translation>Part of the reserved namespace.</translation>
    </message>
    <message>
        <location filename="../qml/pages/RegisterPage.qml" line="+58"/>
        <source>Homeserver</source>
        <translation>Homeserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your.server</source>
        <translation>your.server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A server that allows registration. Since matrix is decentralized, you need to first find a server you can register on or host your own.</source>
        <translation>A server that allows registration. Since matrix is decentralized, you need to first find a server you can register on or host your own.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The username must not be empty, and must contain only the characters a-z, 0-9, ., _, =, -, and /.</source>
        <translation>The username must not be empty, and must contain only the characters a-z, 0-9, ., _, =, -, and /.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+102"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose a secure password. The exact requirements for password strength may depend on your server.</source>
        <translation>Please choose a secure password. The exact requirements for password strength may depend on your server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password confirmation</source>
        <translation>Password confirmation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your passwords do not match!</source>
        <translation>Your passwords do not match!</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name for this device which will be shown to others when verifying your devices. If nothing is provided a default is used.</source>
        <translation>A name for this device which will be shown to others when verifying your devices. If nothing is provided a default is used.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>REGISTER</source>
        <translation>REGISTER</translation>
    </message>
</context>
<context>
    <name>ReplyPopup</name>
    <message>
        <location filename="../qml/ReplyPopup.qml" line="+41"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel Edit</source>
        <translation>Cancel Edit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel Thread</source>
        <translation>Cancel Thread</translation>
    </message>
</context>
<context>
    <name>ReportMessage</name>
    <message>
        <location filename="../qml/dialogs/ReportMessage.qml" line="+15"/>
        <source>Report message</source>
        <translation>Report message</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This message you are reporting will be sent to your server administrator for review. Please note that not all server administrators review reported content. You should also ask a room moderator to remove the content if necessary.</source>
        <translation>This message you are reporting will be sent to your server administrator for review. Please note that not all server administrators review reported content. You should also ask a room moderator to remove the content if necessary.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your reason for reporting:</source>
        <translation>Enter your reason for reporting:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How bad is the message?</source>
        <translation>How bad is the message?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not bad</source>
        <translation>Not bad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mild</source>
        <translation>Mild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious</source>
        <translation>Serious</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extremely serious</source>
        <translation>Extremely serious</translation>
    </message>
</context>
<context>
    <name>RoomDirectory</name>
    <message>
        <location filename="../qml/dialogs/RoomDirectory.qml" line="+24"/>
        <source>Explore Public Rooms</source>
        <translation>Explore Public Rooms</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Join</source>
        <translation>Join</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Search for public rooms</source>
        <translation>Search for public rooms</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose custom homeserver</source>
        <translation>Choose custom homeserver</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RoomInfo</name>
    <message>
        <location filename="../../src/Cache.cpp" line="+2078"/>
        <source>no version stored</source>
        <translation>no version stored</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <location filename="../qml/RoomList.qml" line="+49"/>
        <source>Start a new chat</source>
        <translation>Start a new chat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Join a room</source>
        <translation>Join a room</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a new room</source>
        <translation>Create a new room</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a direct chat</source>
        <translation>Start a direct chat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create a new community</source>
        <translation>Create a new community</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Room directory</source>
        <translation>Room directory</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search rooms (Ctrl+K)</source>
        <translation>Search rooms (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>User settings</source>
        <translation>User settings</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Logout</source>
        <translation>Logout</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter your status message:</source>
        <translation>Enter your status message:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status Message</source>
        <translation>Status Message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile settings</source>
        <translation>Profile settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set status message</source>
        <translation>Set status message</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic online status</source>
        <translation>Automatic online status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unavailable</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Encryption not set up</source>
        <extracomment>Cross-signing setup has not run yet.</extracomment>
        <translation>Encryption not set up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unverified login</source>
        <extracomment>The user just signed in with this device and hasn&apos;t verified their master key.</extracomment>
        <translation>Unverified login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please verify your other devices</source>
        <extracomment>There are unverified devices signed in to this account.</extracomment>
        <translation>Please verify your other devices</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+379"/>
        <source>Enter the tag you want to use:</source>
        <translation>Enter the tag you want to use:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag</source>
        <translation>New tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open separately</source>
        <translation>Open separately</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark as read</source>
        <translation>Mark as read</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room settings</source>
        <translation>Room settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave room</source>
        <translation>Leave room</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy room link</source>
        <translation>Copy room link</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag room as:</source>
        <translation>Tag room as:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Favourite</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low priority</source>
        <translation>Low priority</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server notice</source>
        <translation>Server notice</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create new tag...</source>
        <translation>Create new tag…</translation>
    </message>
</context>
<context>
    <name>RoomMembers</name>
    <message>
        <location filename="../qml/dialogs/RoomMembers.qml" line="+20"/>
        <source>Members of %1</source>
        <translation>Members of %1</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n people in %1</source>
        <comment>Summary above list of members</comment>
        <translation>
            <numerusform>%n person in %1</numerusform>
            <numerusform>%n people in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invite more people</source>
        <translation>Invite more people</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search...</source>
        <translation>Search...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sort by: </source>
        <translation>Sort by: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power level</source>
        <translation>Power level</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>This room is not encrypted!</source>
        <translation>This room is not encrypted!</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user is verified.</source>
        <translation>This user is verified.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user isn&apos;t verified, but is still using the same master key from the first time you met.</source>
        <translation>This user isn&apos;t verified, but is still using the same master key from the first time you met.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user has unverified devices!</source>
        <translation>This user has unverified devices!</translation>
    </message>
</context>
<context>
    <name>RoomSettings</name>
    <message>
        <location filename="../../src/ui/RoomSettings.cpp" line="+244"/>
        <source>Failed to enable encryption: %1</source>
        <translation>Failed to enable encryption: %1</translation>
    </message>
    <message>
        <location line="+404"/>
        <source>Select an avatar</source>
        <translation>Select an avatar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected file is not an image</source>
        <translation>The selected file is not an image</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error while reading file: %1</source>
        <translation>Error while reading file: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+19"/>
        <source>Failed to upload image: %s</source>
        <translation>Failed to upload image: %s</translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/RoomSettingsDialog.qml" line="+27"/>
        <source>Room Settings</source>
        <translation>Room Settings</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Change room avatar.</source>
        <translation>Change room avatar.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Change name of this room</source>
        <translation>Change name of this room</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Since room state can&apos;t be encrypted, make sure no confidential information is stored in the room name!</source>
        <translation>Since room state can&apos;t be encrypted, make sure no confidential information is stored in the room name!</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View members of %1</source>
        <translation>View members of %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No topic set</source>
        <translation>No topic set</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change topic of this room</source>
        <translation>Change topic of this room</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Since room state can&apos;t be encrypted, make sure no confidential information is stored in the room topic!</source>
        <translation>Since room state can&apos;t be encrypted, make sure no confidential information is stored in the room topic!</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>NOTIFICATIONS</source>
        <translation>NOTIFICATIONS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Muted</source>
        <translation>Muted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentions only</source>
        <translation>Mentions only</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All messages</source>
        <translation>All messages</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ENTRY PERMISSIONS</source>
        <translation>ENTRY PERMISSIONS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anyone can join</source>
        <translation>Anyone can join</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Allow knocking</source>
        <translation>Allow knocking</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Allow joining via other rooms</source>
        <translation>Allow joining via other rooms</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rooms to join via</source>
        <translation>Rooms to join via</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+242"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Change the list of rooms users can join this room via. Usually this is the official community of this room.</source>
        <translation>Change the list of rooms users can join this room via. Usually this is the official community of this room.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow guests to join</source>
        <translation>Allow guests to join</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apply access rules</source>
        <translation>Apply access rules</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MESSAGE VISIBILITY</source>
        <translation>MESSAGE VISIBILITY</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow viewing history without joining</source>
        <translation>Allow viewing history without joining</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is useful to see previews of the room or view it on public websites.</source>
        <translation>This is useful to see previews of the room or view it on public websites.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Members can see messages since</source>
        <translation>Members can see messages since</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much of the history is visible to joined members. Changing this won&apos;t affect the visibility of already sent messages. It only applies to new messages.</source>
        <translation>How much of the history is visible to joined members. Changing this won&apos;t affect the visibility of already sent messages. It only applies to new messages.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As long as the user joined, they can see all previous messages.</source>
        <translation>As long as the user joined, they can see all previous messages.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They got invited</source>
        <translation>They got invited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members can only see messages from when they got invited going forward.</source>
        <translation>Members can only see messages from when they got invited going forward.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They joined</source>
        <translation>They joined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members can only see messages since after they joined.</source>
        <translation>Members can only see messages since after they joined.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply visibility changes</source>
        <translation>Apply visibility changes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Locally hidden events</source>
        <translation>Locally hidden events</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <location line="+60"/>
        <location line="+12"/>
        <source>Configure</source>
        <translation>Configure</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Select events to hide in this room</source>
        <translation>Select events to hide in this room</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic event deletion</source>
        <translation>Automatic event deletion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select if your events get automatically deleted in this room.</source>
        <translation>Select if your events get automatically deleted in this room.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GENERAL SETTINGS</source>
        <translation>GENERAL SETTINGS</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encryption</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>End-to-End Encryption</source>
        <translation>End-to-End Encryption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption is currently experimental and things might break unexpectedly. &lt;br&gt;
                                Please take note that it can&apos;t be disabled afterwards.</source>
        <translation>Encryption is currently experimental and things might break unexpectedly. &lt;br&gt;
                                Please take note that it can&apos;t be disabled afterwards.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Permission</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>View and change the permissions in this room</source>
        <translation>View and change the permissions in this room</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>View and change the addresses/aliases of this room</source>
        <translation>View and change the addresses/aliases of this room</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sticker &amp; Emote Settings</source>
        <translation>Sticker &amp; Emote Settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change what packs are enabled, remove packs, or create new ones</source>
        <translation>Change what packs are enabled, remove packs, or create new ones</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Internal ID</source>
        <translation>Internal ID</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied to clipboard</source>
        <translation>Copied to clipboard</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Room Version</source>
        <translation>Room Version</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>show less</source>
        <translation>show less</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>show more</source>
        <translation>show more</translation>
    </message>
</context>
<context>
    <name>RoomlistModel</name>
    <message>
        <location filename="../../src/timeline/RoomlistModel.cpp" line="+159"/>
        <source>Pending invite.</source>
        <translation>Pending invite.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Previewing this room</source>
        <translation>Previewing this room</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No preview available</source>
        <translation>No preview available</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room is possibly inaccessible</source>
        <translation>This room is possibly inaccessible</translation>
    </message>
</context>
<context>
    <name>Root</name>
    <message>
        <location filename="../qml/Root.qml" line="+308"/>
        <source>Please enter your login password to continue:</source>
        <translation>Please enter your login password to continue:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please enter a valid email address to continue:</source>
        <translation>Please enter a valid email address to continue:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please enter a valid phone number to continue:</source>
        <translation>Please enter a valid phone number to continue:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please enter the token which has been sent to you:</source>
        <translation>Please enter the token which has been sent to you:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wait for the confirmation link to arrive, then continue.</source>
        <translation>Wait for the confirmation link to arrive, then continue.</translation>
    </message>
</context>
<context>
    <name>ScreenShare</name>
    <message>
        <location filename="../qml/voip/ScreenShare.qml" line="+30"/>
        <source>Share desktop with %1?</source>
        <translation>Share desktop with %1?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Method:</source>
        <translation>Method:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request screencast</source>
        <translation>Request screencast</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Frame rate:</source>
        <translation>Frame rate:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Include your camera picture-in-picture</source>
        <translation>Include your camera picture-in-picture</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request remote camera</source>
        <translation>Request remote camera</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>View your callee&apos;s camera like a regular video call</source>
        <translation>View your callee&apos;s camera like a regular video call</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide mouse cursor</source>
        <translation>Hide mouse cursor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SecretStorage</name>
    <message>
        <location filename="../../src/Cache.cpp" line="-5120"/>
        <source>Failed to connect to secret storage</source>
        <translation>Failed to connect to secret storage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nheko could not connect to the secure storage to save encryption secrets to. This can have multiple reasons. Check if your D-Bus service is running and you have configured a service like KWallet, Gnome Keyring, KeePassXC or the equivalent for your platform. If you are having trouble, feel free to open an issue here: https://github.com/Nheko-Reborn/nheko/issues</source>
        <translation>Nheko could not connect to the secure storage to save encryption secrets to. This can have multiple reasons. Check if your D-Bus service is running and you have configured a service like KWallet, Gnome Keyring, KeePassXC or the equivalent for your platform. If you are having trouble, feel free to open an issue here: https://github.com/Nheko-Reborn/nheko/issues</translation>
    </message>
</context>
<context>
    <name>SelfVerificationCheck</name>
    <message>
        <location filename="../qml/SelfVerificationCheck.qml" line="+50"/>
        <source>This is your recovery key. You will need it to restore access to your encrypted messages and verification keys. Keep this safe. Don&apos;t share it with anyone and don&apos;t lose it! Do not pass go! Do not collect $200!</source>
        <translation>This is your recovery key. You will need it to restore access to your encrypted messages and verification keys. Keep this safe. Don&apos;t share it with anyone and don&apos;t lose it! Do not pass go! Do not collect $200!</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Encryption setup successfully</source>
        <translation>Encryption setup successfully</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed to setup encryption: %1</source>
        <translation>Failed to setup encryption: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Setup Encryption</source>
        <translation>Setup Encryption</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hello and welcome to Matrix!
It seems like you are new. Before you can securely encrypt your messages, we need to setup a few small things. You can either press accept immediately or adjust a few basic options. We also try to explain a few of the basics. You can skip those parts, but they might prove to be helpful!</source>
        <translation>Hello and welcome to Matrix!
It seems like you are new. Before you can securely encrypt your messages, we need to setup a few small things. You can either press accept immediately or adjust a few basic options. We also try to explain a few of the basics. You can skip those parts, but they might prove to be helpful!</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Activate Encryption</source>
        <translation>Activate Encryption</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It seems like you have encryption already configured for this account. To be able to access your encrypted messages and make this device appear as trusted, you can either verify an existing device or (if you have one) enter your recovery passphrase. Please select one of the options below.
If you choose verify, you need to have the other device available. If you choose &quot;enter passphrase&quot;, you will need your recovery key or passphrase. If you click cancel, you can choose to verify yourself at a later point.</source>
        <translation>It seems like you have encryption already configured for this account. To be able to access your encrypted messages and make this device appear as trusted, you can either verify an existing device or (if you have one) enter your recovery passphrase. Please select one of the options below.
If you choose verify, you need to have the other device available. If you choose &quot;enter passphrase&quot;, you will need your recovery key or passphrase. If you click cancel, you can choose to verify yourself at a later point.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>enter passphrase</source>
        <translation>enter passphrase</translation>
    </message>
</context>
<context>
    <name>SelfVerificationStatus</name>
    <message>
        <location filename="../../src/encryption/SelfVerificationStatus.cpp" line="+53"/>
        <source>Failed to create keys for cross-signing!</source>
        <translation>Failed to create keys for cross-signing!</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed to create keys for online key backup!</source>
        <translation>Failed to create keys for online key backup!</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Failed to create keys for secure server side secret storage!</source>
        <translation>Failed to create keys for secure server side secret storage!</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Encryption Setup</source>
        <translation>Encryption Setup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption setup failed: %1</source>
        <translation>Encryption setup failed: %1</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Identity key changed. This breaks E2EE, so logging out.</source>
        <translation>Identity key changed. This breaks E2EE, so logging out.</translation>
    </message>
</context>
<context>
    <name>SingleImagePackModel</name>
    <message>
        <location filename="../../src/SingleImagePackModel.cpp" line="+284"/>
        <location line="+15"/>
        <location line="+19"/>
        <source>Failed to update image pack: %1</source>
        <translation>Failed to update image pack: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Failed to delete old image pack: %1</source>
        <translation>Failed to delete old image pack: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+45"/>
        <source>Failed to open image: %1</source>
        <translation>Failed to open image: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+29"/>
        <source>Failed to upload image: %1</source>
        <translation>Failed to upload image: %1</translation>
    </message>
</context>
<context>
    <name>SpaceMenu</name>
    <message>
        <location filename="../qml/components/SpaceMenu.qml" line="+16"/>
        <source>Add or remove from community...</source>
        <translation>Add or remove from community...</translation>
    </message>
</context>
<context>
    <name>SpaceMenuLevel</name>
    <message>
        <location filename="../qml/components/SpaceMenuLevel.qml" line="+28"/>
        <source>Official community for this room</source>
        <translation>Official community for this room</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Affiliated community for this room</source>
        <translation>Affiliated community for this room</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed only for community members</source>
        <translation>Listed only for community members</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed only for room members</source>
        <translation>Listed only for room members</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not related</source>
        <translation>Not related</translation>
    </message>
</context>
<context>
    <name>StatusIndicator</name>
    <message>
        <location filename="../qml/StatusIndicator.qml" line="+18"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Read</translation>
    </message>
</context>
<context>
    <name>StickerPicker</name>
    <message>
        <location filename="../qml/emoji/StickerPicker.qml" line="+69"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Change what packs are enabled, remove packs, or create new ones</source>
        <translation>Change what packs are enabled, remove packs, or create new ones</translation>
    </message>
</context>
<context>
    <name>Success</name>
    <message>
        <location filename="../qml/device-verification/Success.qml" line="+10"/>
        <source>Successful Verification</source>
        <translation>Successful Verification</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verification successful! Both sides verified their devices!</source>
        <translation>Verification successful!  Both sides verified their devices!</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TimelineDefaultMessageStyle</name>
    <message>
        <location filename="../qml/TimelineDefaultMessageStyle.qml" line="+167"/>
        <source>Part of a thread</source>
        <translation>Part of a thread</translation>
    </message>
</context>
<context>
    <name>TimelineEvent</name>
    <message>
        <location filename="../qml/TimelineEvent.qml" line="+88"/>
        <source>%1 placed a voice call.</source>
        <translation>%1 placed a voice call.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 placed a video call.</source>
        <translation>%1 placed a video call.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 placed a call.</source>
        <translation>%1 placed a call.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 answered the call.</source>
        <translation>%1 answered the call.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the call.</source>
        <translation>%1 rejected the call.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 selected answer.</source>
        <translation>%1 selected answer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ended the call.</source>
        <translation>%1 ended the call.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 is negotiating the call...</source>
        <translation>%1 is negotiating the call...</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Allow them in</source>
        <translation>Allow them in</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This room was replaced for the following reason: %1</source>
        <translation>This room was replaced for the following reason: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to replacement room</source>
        <translation>Go to replacement room</translation>
    </message>
</context>
<context>
    <name>TimelineMetadata</name>
    <message>
        <location filename="../qml/TimelineMetadata.qml" line="+40"/>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Part of a thread</source>
        <translation>Part of a thread</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/timeline/TimelineModel.cpp" line="+1604"/>
        <location line="+17"/>
        <source>Message redaction failed: %1</source>
        <translation>Message redaction failed: %1</translation>
    </message>
    <message>
        <location line="+122"/>
        <location line="+5"/>
        <source>Failed to encrypt event, sending aborted!</source>
        <translation>Failed to encrypt event, sending aborted!</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Save image</source>
        <translation>Save image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save video</source>
        <translation>Save video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save audio</source>
        <translation>Save audio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save file</source>
        <translation>Save file</translation>
    </message>
    <message numerus="yes">
        <location line="+348"/>
        <source>%1 and %2 are typing.</source>
        <comment>Multiple users are typing. First argument is a comma separated list of potentially multiple users. Second argument is the last user of that list. (If only one user is typing, %1 is empty. You should still use it in your string though to silence Qt warnings.)</comment>
        <translation>
            <numerusform>%1%2 is typing.</numerusform>
            <numerusform>%1 and %2 are typing.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 opened the room to the public.</source>
        <translation>%1 opened the room to the public.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 allowed to join this room by knocking.</source>
        <translation>%1 allowed to join this room by knocking.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 allowed members of the following rooms to automatically join this room: %2</source>
        <translation>%1 allowed members of the following rooms to automatically join this room: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 made the room open to guests.</source>
        <translation>%1 made the room open to guests.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has closed the room to guest access.</source>
        <translation>%1 has closed the room to guest access.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 made the room history world readable. Events may be now read by non-joined people.</source>
        <translation>%1 made the room history world readable. Events may be now read by non-joined people.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 set the room history visible to members from this point on.</source>
        <translation>%1 set the room history visible to members from this point on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 set the room history visible to members since they were invited.</source>
        <translation>%1 set the room history visible to members since they were invited.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 set the room history visible to members since they joined the room.</source>
        <translation>%1 set the room history visible to members since they joined the room.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+245"/>
        <source>%1 has changed the room&apos;s permissions.</source>
        <translation>%1 has changed the room&apos;s permissions.</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>%1 has changed the room&apos;s kick powerlevel from %2 to %3.</source>
        <translation>%1 has changed the room&apos;s kick powerlevel from %2 to %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n member(s) can now kick room members.</source>
        <translation>
            <numerusform>%n member can now kick room members.</numerusform>
            <numerusform>%n members can now kick room members.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can now kick room members.</source>
        <translation>%1 can now kick room members.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has changed the room&apos;s redact powerlevel from %2 to %3.</source>
        <translation>%1 has changed the room&apos;s redact powerlevel from %2 to %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n member(s) can now redact room messages.</source>
        <translation>
            <numerusform>%n member can now redact room messages.</numerusform>
            <numerusform>%n members can now redact room messages.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can now redact room messages.</source>
        <translation>%1 can now redact room messages.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has changed the room&apos;s ban powerlevel from %2 to %3.</source>
        <translation>%1 has changed the room&apos;s ban powerlevel from %2 to %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n member(s) can now ban room members.</source>
        <translation>
            <numerusform>%n member can now ban room members.</numerusform>
            <numerusform>%n members can now ban room members.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can now ban room members.</source>
        <translation>%1 can now ban room members.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has changed the room&apos;s state_default powerlevel from %2 to %3.</source>
        <translation>%1 has changed the room&apos;s state_default powerlevel from %2 to %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n member(s) can now send state events.</source>
        <translation>
            <numerusform>%n member can now send state events.</numerusform>
            <numerusform>%n members can now send state events.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can now send state events.</source>
        <translation>%1 can now send state events.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has changed the room&apos;s invite powerlevel from %2 to %3.</source>
        <translation>%1 has changed the room&apos;s invite powerlevel from %2 to %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has changed the room&apos;s events_default powerlevel from %2 to %3. New users can now not send any events.</source>
        <translation>%1 has changed the room&apos;s events_default powerlevel from %2 to %3. New users can now not send any events.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has changed the room&apos;s events_default powerlevel from %2 to %3. New users can now send events that are not otherwise restricted.</source>
        <translation>%1 has changed the room&apos;s events_default powerlevel from %2 to %3. New users can now send events that are not otherwise restricted.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has changed the room&apos;s events_default powerlevel from %2 to %3.</source>
        <translation>%1 has changed the room&apos;s events_default powerlevel from %2 to %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has made %2 an administrator of this room.</source>
        <translation>%1 has made %2 an administrator of this room.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has made %2 a moderator of this room.</source>
        <translation>%1 has made %2 a moderator of this room.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has downgraded %2 to moderator of this room.</source>
        <translation>%1 has downgraded %2 to moderator of this room.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has changed the powerlevel of %2 from %3 to %4.</source>
        <translation>%1 has changed the powerlevel of %2 from %3 to %4.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 allowed only administrators to send &quot;%2&quot;.</source>
        <translation>%1 allowed only administrators to send &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 allowed only moderators to send &quot;%2&quot;.</source>
        <translation>%1 allowed only moderators to send &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 allowed everyone to send &quot;%2&quot;.</source>
        <translation>%1 allowed everyone to send &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has changed the powerlevel of event type &quot;%2&quot; from the default to %3.</source>
        <translation>%1 has changed the powerlevel of event type &quot;%2&quot; from the default to %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has changed the powerlevel of event type &quot;%2&quot; from %3 to %4.</source>
        <translation>%1 has changed the powerlevel of event type &quot;%2&quot; from %3 to %4.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 removed the following images from the pack %2:&lt;br&gt;%3</source>
        <translation>%1 removed the following images from the pack %2:&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 added the following images to the pack %2:&lt;br&gt;%3</source>
        <translation>%1 added the following images to the pack %2:&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the sticker and emotes in this room.</source>
        <translation>%1 changed the sticker and emotes in this room.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 disabled the rule to ban users matching %2.</source>
        <translation>%1 disabled the rule to ban users matching %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 added a rule to ban users matching %2 for &apos;%3&apos;.</source>
        <translation>%1 added a rule to ban users matching %2 for &apos;%3&apos;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 disabled the rule to ban rooms matching %2.</source>
        <translation>%1 disabled the rule to ban rooms matching %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 added a rule to ban rooms matching %2 for &apos;%3&apos;.</source>
        <translation>%1 added a rule to ban rooms matching %2 for &apos;%3&apos;.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 disabled the rule to ban servers matching %2.</source>
        <translation>%1 disabled the rule to ban servers matching %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 added a rule to ban servers matching %2 for &apos;%3&apos;.</source>
        <translation>%1 added a rule to ban servers matching %2 for &apos;%3&apos;.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Removed by %1</source>
        <translation>Removed by %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) removed this message at %3</source>
        <translation>%1 (%2) removed this message at %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by %1 because: %2</source>
        <translation>Removed by %1 because: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) removed this message at %3
Reason: %4</source>
        <translation>%1 (%2) removed this message at %3
Reason: %4</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>%2 revoked the invite to %1.</source>
        <translation>%2 revoked the invite to %1.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%2 kicked %1.</source>
        <translation>%2 kicked %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%2 unbanned %1.</source>
        <translation>%2 unbanned %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%2 rejected the knock from %1.</source>
        <translation>%2 rejected the knock from %1.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 changed their avatar.</source>
        <translation>%1 changed their avatar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed some profile info.</source>
        <translation>%1 changed some profile info.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 joined.</source>
        <translation>%1 joined.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 joined via authorisation from %2&apos;s server.</source>
        <translation>%1 joined via authorisation from %2&apos;s server.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 rejected their invite.</source>
        <translation>%1 rejected their invite.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 left the room.</source>
        <translation>%1 left the room.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 redacted their knock.</source>
        <translation>%1 redacted their knock.</translation>
    </message>
    <message>
        <location line="-2312"/>
        <source>%1 changed which servers are allowed in this room.</source>
        <translation>%1 changed which servers are allowed in this room.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 removed the room name.</source>
        <translation>%1 removed the room name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed the room name to: %2</source>
        <translation>%1 changed the room name to: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 removed the topic.</source>
        <translation>%1 removed the topic.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed the topic to: %2</source>
        <translation>%1 changed the topic to: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the room avatar to: %2</source>
        <translation>%1 changed the room avatar to: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 removed the room avatar.</source>
        <translation>%1 removed the room avatar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed the pinned messages.</source>
        <translation>%1 changed the pinned messages.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 changed the addresses for this room.</source>
        <translation>%1 changed the addresses for this room.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed the parent communities for this room.</source>
        <translation>%1 changed the parent communities for this room.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 created and configured room: %2</source>
        <translation>%1 created and configured room: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 changed unknown state event %2.</source>
        <translation>%1 changed unknown state event %2.</translation>
    </message>
    <message>
        <location line="+555"/>
        <source>You joined this room.</source>
        <translation>You joined this room.</translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>%n hour(s) later</source>
        <translation>
            <numerusform>%n hour later</numerusform>
            <numerusform>%n hours later</numerusform>
        </translation>
    </message>
    <message>
        <location line="+913"/>
        <source>%1 made this room require an invitation to join.</source>
        <translation>%1 made this room require an invitation to join.</translation>
    </message>
    <message>
        <location line="+620"/>
        <source>%1 invited %2.</source>
        <translation>%1 invited %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has changed their avatar and changed their display name to %2.</source>
        <translation>%1 has changed their avatar and changed their display name to %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has changed their display name to %2.</source>
        <translation>%1 has changed their display name to %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 left after having already left!</source>
        <comment>This is a leave event after the user already left and shouldn&apos;t happen apart from state resets</comment>
        <translation>%1 left after having already left!</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 banned %2</source>
        <translation>%1 banned %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 knocked.</source>
        <translation>%1 knocked.</translation>
    </message>
</context>
<context>
    <name>TimelineSectionHeader</name>
    <message>
        <location filename="../qml/TimelineSectionHeader.qml" line="+139"/>
        <source>%1&apos;s status message</source>
        <translation>%1&apos;s status message</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../qml/TimelineView.qml" line="+51"/>
        <source>No room open</source>
        <translation>No room open</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>You are about to notify the whole room</source>
        <translation>You are about to notify the whole room</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You will be mentioning %1</source>
        <translation>You will be mentioning %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The command /%1 is not recognized and will be sent as part of your message</source>
        <translation>The command /%1 is not recognized and will be sent as part of your message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>/%1 looks like an incomplete command. To send it anyway, add a space to the end of your message.</source>
        <translation>/%1 looks like an incomplete command. To send it anyway, add a space to the end of your message.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No preview available</source>
        <translation>No preview available</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View members of %1</source>
        <translation>View members of %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This room is possibly inaccessible. If this room is private, you should remove it from this community.</source>
        <translation>This room is possibly inaccessible. If this room is private, you should remove it from this community.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>join the conversation</source>
        <translation>join the conversation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accept invite</source>
        <translation>accept invite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>decline invite</source>
        <translation>decline invite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>decline invite and ignore user</source>
        <translation>decline invite and ignore user</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>leave</source>
        <translation>leave</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invited by %1 (%2)</source>
        <translation>Invited by %1 (%2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Hide invite reason</source>
        <translation>Hide invite reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show invite reason</source>
        <translation>Show invite reason</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back to room list</source>
        <translation>Back to room list</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="+20"/>
        <source>No room selected</source>
        <translation>No room selected</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to room list</source>
        <translation>Back to room list</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Show only notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show or hide pinned messages</source>
        <translation>Show or hide pinned messages</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show room members.</source>
        <translation>Show room members.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This room contains only verified devices.</source>
        <translation>This room contains only verified devices.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room contains verified devices and devices which have never changed their master key.</source>
        <translation>This room contains verified devices and devices which have never changed their master key.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room contains unverified devices!</source>
        <translation>This room contains unverified devices!</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search this room</source>
        <translation>Search this room</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Room options</source>
        <translation>Room options</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invite users</source>
        <translation>Invite users</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave room</source>
        <translation>Leave room</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Unpin</source>
        <translation>Unpin</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter search query</source>
        <translation>Enter search query</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../src/TrayIcon.cpp" line="+110"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>
%n unread message(s)</source>
        <translation>
            <numerusform>
%n unread message</numerusform>
            <numerusform>
%n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UIA</name>
    <message>
        <location filename="../../src/ui/UIA.cpp" line="+58"/>
        <source>No available registration flows!</source>
        <translation>No available registration flows!</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+22"/>
        <location line="+13"/>
        <source>Registration aborted</source>
        <translation>Registration aborted</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Please enter a valid registration token.</source>
        <translation>Please enter a valid registration token.</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Invalid token</source>
        <translation>Invalid token</translation>
    </message>
</context>
<context>
    <name>UploadBox</name>
    <message numerus="yes">
        <location filename="../qml/UploadBox.qml" line="+90"/>
        <source>Upload %n file(s)</source>
        <translation>
            <numerusform>Upload file</numerusform>
            <numerusform>Upload %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserProfile</name>
    <message>
        <location filename="../../src/ui/UserProfile.cpp" line="+218"/>
        <source>Sign out device %1</source>
        <translation>Sign out device %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You signed out this device.</source>
        <translation>You signed out this device.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Failed to ignore &quot;%1&quot;: %2</source>
        <translation>Failed to ignore &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Select an avatar</source>
        <translation>Select an avatar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected file is not an image</source>
        <translation>The selected file is not an image</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error while reading file: %1</source>
        <translation>Error while reading file: %1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UserProfile.qml" line="+25"/>
        <source>Global User Profile</source>
        <translation>Global User Profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room User Profile</source>
        <translation>Room User Profile</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change avatar globally.</source>
        <translation>Change avatar globally.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change avatar. Will only apply to this room.</source>
        <translation>Change avatar. Will only apply to this room.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Change display name globally.</source>
        <translation>Change display name globally.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change display name. Will only apply to this room.</source>
        <translation>Change display name. Will only apply to this room.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;i&gt;&lt;b&gt;Status:&lt;/b&gt; %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;&lt;b&gt;Status:&lt;/b&gt; %1&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Room: %1</source>
        <translation>Room: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a room-specific profile. The user&apos;s name and avatar may be different from their global versions.</source>
        <translation>This is a room-specific profile. The user&apos;s name and avatar may be different from their global versions.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the global profile for this user.</source>
        <translation>Open the global profile for this user.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+247"/>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Start a private chat.</source>
        <translation>Start a private chat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kick the user.</source>
        <translation>Kick the user.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ban the user.</source>
        <translation>Ban the user.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unignore the user.</source>
        <translation>Unignore the user.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignore the user.</source>
        <translation>Ignore the user.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh device list.</source>
        <translation>Refresh device list.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared Rooms</source>
        <translation>Shared Rooms</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sign out this device.</source>
        <translation>Sign out this device.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change device name.</source>
        <translation>Change device name.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Last seen %1 from %2</source>
        <translation>Last seen %1 from %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unverify</source>
        <translation>Unverify</translation>
    </message>
</context>
<context>
    <name>UserSettings</name>
    <message>
        <location filename="../../src/UserSettingsPage.h" line="+288"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
</context>
<context>
    <name>UserSettingsModel</name>
    <message>
        <location filename="../../src/UserSettingsPage.cpp" line="+1048"/>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale factor</source>
        <translation>Scale factor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight message on hover</source>
        <translation>Highlight message on hover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large Emoji in timeline</source>
        <translation>Large Emoji in timeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimize to tray</source>
        <translation>Minimize to tray</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in tray</source>
        <translation>Start in tray</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scrollbars in room list</source>
        <translation>Scrollbars in room list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send messages as Markdown</source>
        <translation>Send messages as Markdown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable message bubbles</source>
        <translation>Enable message bubbles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable small Avatars</source>
        <translation>Enable small Avatars</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play animated images only on hover</source>
        <translation>Play animated images only on hover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show images automatically</source>
        <translation>Show images automatically</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing notifications</source>
        <translation>Typing notifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort rooms by unreads</source>
        <translation>Sort rooms by unreads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort rooms alphabetically</source>
        <translation>Sort rooms alphabetically</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show buttons in timeline</source>
        <translation>Show buttons in timeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit width of timeline</source>
        <translation>Limit width of timeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read receipts</source>
        <translation>Read receipts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden events</source>
        <translation>Hidden events</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored users</source>
        <translation>Ignored users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop notifications</source>
        <translation>Desktop notifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert on notification</source>
        <translation>Alert on notification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circular Avatars</source>
        <translation>Circular Avatars</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use identicons</source>
        <translation>Use identicons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open images with external program</source>
        <translation>Open images with external program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open videos with external program</source>
        <translation>Open videos with external program</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypt messages in sidebar</source>
        <translation>Decrypt messages in sidebar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypt notifications</source>
        <translation>Decrypt notifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Display fancy effects such as confetti</source>
        <translation>Display fancy effects such as confetti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce or disable animations</source>
        <translation>Reduce or disable animations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy Screen</source>
        <translation>Privacy Screen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy screen timeout (in seconds [0 - 3600])</source>
        <translation>Privacy screen timeout (in seconds [0 - 3600])</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touchscreen mode</source>
        <translation>Touchscreen mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disable swipe motions</source>
        <translation>Disable swipe motions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Font size</source>
        <translation>Font size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Font Family</source>
        <translation>Font Family</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emoji Font Family</source>
        <translation>Emoji Font Family</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ringtone</source>
        <translation>Ringtone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera resolution</source>
        <translation>Camera resolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera frame rate</source>
        <translation>Camera frame rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow fallback call assist server</source>
        <translation>Allow fallback call assist server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send encrypted messages to verified users only</source>
        <translation>Send encrypted messages to verified users only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share keys with verified users and devices</source>
        <translation>Share keys with verified users and devices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online Key Backup</source>
        <translation>Online Key Backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accesstoken</source>
        <translation>Accesstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device ID</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Fingerprint</source>
        <translation>Device Fingerprint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Homeserver</source>
        <translation>Homeserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GENERAL</source>
        <translation>GENERAL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACCESSIBILITY</source>
        <translation>ACCESSIBILITY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIMELINE</source>
        <translation>TIMELINE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIDEBAR</source>
        <translation>SIDEBAR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAY</source>
        <translation>TRAY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GLOBAL MESSAGE VISIBILITY</source>
        <translation>GLOBAL MESSAGE VISIBILITY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTIFICATIONS</source>
        <translation>NOTIFICATIONS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CALLS</source>
        <translation>CALLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ENCRYPTION</source>
        <translation>ENCRYPTION</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session Keys</source>
        <translation>Session Keys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross Signing Secrets</source>
        <translation>Cross Signing Secrets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online backup key</source>
        <translation>Online backup key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self signing key</source>
        <translation>Self signing key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User signing key</source>
        <translation>User signing key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Master signing key</source>
        <translation>Master signing key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expose room information via D-Bus</source>
        <translation>Expose room information via D-Bus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodically update community routing information</source>
        <translation>Periodically update community routing information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodically delete expired events</source>
        <translation>Periodically delete expired events</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Set the notification sound to play when a call invite arrives</source>
        <translation>Set the notification sound to play when a call invite arrives</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set timeout (in seconds) for how long after window loses
focus before the screen will be blurred.
Set to 0 to blur immediately after focus loss. Max value of 1 hour (3600 seconds)</source>
        <translation>Set timeout (in seconds) for how long after window loses
focus before the screen will be blurred.
Set to 0 to blur immediately after focus loss. Max value of 1 hour (3600 seconds)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the background color of messages when you hover over them.</source>
        <translation>Change the background color of messages when you hover over them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make font size larger if messages with only a few emojis are displayed.</source>
        <translation>Make font size larger if messages with only a few emojis are displayed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the application running in the background after closing the client window.</source>
        <translation>Keep the application running in the background after closing the client window.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the application in the background without showing the client window.</source>
        <translation>Start the application in the background without showing the client window.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows scrollbars in the room list and communities list.</source>
        <translation>Shows scrollbars in the room list and communities list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow using markdown in messages.
When disabled, all messages are sent as a plain text.</source>
        <translation>Allow using markdown in messages.
When disabled, all messages are sent as a plain text.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Messages get a bubble background. This also triggers some layout changes (WIP).</source>
        <translation>Messages get a bubble background. This also triggers some layout changes (WIP).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avatars are resized to fit above the message.</source>
        <translation>Avatars are resized to fit above the message.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plays media like GIFs or WEBPs only when explicitly hovering over them.</source>
        <translation>Plays media like GIFs or WEBPs only when explicitly hovering over them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If images should be automatically displayed. You can select between always showing images by default, only show them by default in private rooms or always require interaction to show images.</source>
        <translation>If images should be automatically displayed. You can select between always showing images by default, only show them by default in private rooms or always require interaction to show images.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show who is typing in a room.
This will also enable or disable sending typing notifications to others.</source>
        <translation>Show who is typing in a room.
This will also enable or disable sending typing notifications to others.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Display rooms with new messages first.
If this is off, the list of rooms will only be sorted by the preferred sorting order.
If this is on, rooms which have active notifications (the small circle with a number in it) will be sorted on top. Rooms that you have muted will still be sorted by the preferred sorting order, since you don&apos;t seem to consider them as important as the other rooms.</source>
        <translation>Display rooms with new messages first.
If this is off, the list of rooms will only be sorted by the preferred sorting order.
If this is on, rooms which have active notifications (the small circle with a number in it) will be sorted on top. Rooms that you have muted will still be sorted by the preferred sorting order, since you don&apos;t seem to consider them as important as the other rooms.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sort rooms alphabetically.
If this is off, the list of rooms will be sorted by the timestamp of the last message in a room.
If this is on, rooms that come first alphabetically will be sorted earlier than ones that come later.</source>
        <translation>Sort rooms alphabetically.
If this is off, the list of rooms will be sorted by the timestamp of the last message in a room.
If this is on, rooms that come first alphabetically will be sorted earlier than ones that come later.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show buttons to quickly reply, react or access additional options next to each message.</source>
        <translation>Show buttons to quickly reply, react or access additional options next to each message.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Configure whether to show or hide certain events like room joins.</source>
        <translation>Configure whether to show or hide certain events like room joins.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify about received messages when the client is not currently focused.</source>
        <translation>Notify about received messages when the client is not currently focused.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the appearance of user avatars in chats.
OFF - square, ON - circle.</source>
        <translation>Change the appearance of user avatars in chats.
OFF - square, ON - circle.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decrypt messages shown in notifications for encrypted chats.</source>
        <translation>Decrypt messages shown in notifications for encrypted chats.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to show the total number of notifications contained within a community or tag.</source>
        <translation>Choose where to show the total number of notifications contained within a community or tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some messages can be sent with fancy effects. For example, messages sent with &apos;/confetti&apos; will show confetti on screen.</source>
        <translation>Some messages can be sent with fancy effects. For example, messages sent with &apos;/confetti&apos; will show confetti on screen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nheko uses animations in several places to make stuff pretty. This allows you to turn those off if they make you feel unwell.</source>
        <translation>Nheko uses animations in several places to make stuff pretty. This allows you to turn those off if they make you feel unwell.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Will prevent swipe motions like swiping left/right between Rooms and Timeline, or swiping a message to reply.</source>
        <translation>Will prevent swipe motions like swiping left/right between Rooms and Timeline, or swiping a message to reply.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the scale factor of the whole user interface. Requires a restart to take effect.</source>
        <translation>Change the scale factor of the whole user interface. Requires a restart to take effect.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatically replies to key requests from other users if they are verified, even if that device shouldn&apos;t have access to those keys otherwise.</source>
        <translation>Automatically replies to key requests from other users if they are verified, even if that device shouldn&apos;t have access to those keys otherwise.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The key to verify your own devices. If it is cached, verifying one of your devices will mark it verified for all your other devices and for users that have verified you.</source>
        <translation>The key to verify your own devices. If it is cached, verifying one of your devices will mark it verified for all your other devices and for users that have verified you.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Show an alert when a message is received.
This usually causes the application icon in the task bar to animate in some fashion.</source>
        <translation>Show an alert when a message is received.
This usually causes the application icon in the task bar to animate in some fashion.</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>Communities sidebar</source>
        <translation>Communities sidebar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send messages with a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Show message counts for communities and tags</source>
        <translation>Show message counts for communities and tags</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>Set the max width of messages in the timeline (in pixels). This can help readability on wide screen when Nheko is maximized</source>
        <translation>Set the max width of messages in the timeline (in pixels). This can help readability on wide screen when Nheko is maximized</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show a column containing communities and tags next to the room list.</source>
        <translation>Show a column containing communities and tags next to the room list.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select what Enter key combination sends the message. Shift+Enter adds a new line, unless it has been selected, in which case Enter adds a new line instead.

If an emoji picker or a mention picker is open, it is always handled first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Show if your message was read.
Status is displayed next to timestamps.
Warning: If your homeserver does not support this, your rooms will never be marked as read!</source>
        <translation>Show if your message was read.
Status is displayed next to timestamps.
Warning: If your homeserver does not support this, your rooms will never be marked as read!</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Display an identicon instead of a letter when no avatar is set.</source>
        <translation>Display an identicon instead of a letter when no avatar is set.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens images with an external program when tapping the image.
Note that when this option is ON, opened files are left unencrypted on disk and must be manually deleted.</source>
        <translation>Opens images with an external program when tapping the image.
Note that when this option is ON, opened files are left unencrypted on disk and must be manually deleted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens videos with an external program when tapping the video.
Note that when this option is ON, opened files are left unencrypted on disk and must be manually deleted.</source>
        <translation>Opens videos with an external program when tapping the video.
Note that when this option is ON, opened files are left unencrypted on disk and must be manually deleted.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decrypt the messages shown in the sidebar.
Only affects messages in encrypted chats.</source>
        <translation>Decrypt the messages shown in the sidebar.
Only affects messages in encrypted chats.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When the window loses focus, the timeline will
be blurred.</source>
        <translation>When the window loses focus, the timeline will
be blurred.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will prevent text selection in the timeline to make touch scrolling easier.</source>
        <translation>Will prevent text selection in the timeline to make touch scrolling easier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Will use turn.matrix.org as assist when your home server does not offer one.</source>
        <translation>Will use turn.matrix.org as assist when your home server does not offer one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requires a user to be verified to send encrypted messages to them. This improves safety but makes E2EE more tedious.</source>
        <translation>Requires a user to be verified to send encrypted messages to them. This improves safety but makes E2EE more tedious.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download message encryption keys from and upload to the encrypted online key backup.</source>
        <translation>Download message encryption keys from and upload to the encrypted online key backup.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key to decrypt online key backups. If it is cached, you can enable online key backup to store encryption keys securely encrypted on the server.</source>
        <translation>The key to decrypt online key backups. If it is cached, you can enable online key backup to store encryption keys securely encrypted on the server.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key to verify other users. If it is cached, verifying a user will verify all their devices.</source>
        <translation>The key to verify other users. If it is cached, verifying a user will verify all their devices.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your most important key. You don&apos;t need to have it cached, since not caching it makes it less likely it can be stolen and it is only needed to rotate your other signing keys.</source>
        <translation>Your most important key. You don&apos;t need to have it cached, since not caching it makes it less likely it can be stolen and it is only needed to rotate your other signing keys.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow third-party plugins and applications to load information about rooms you are in via D-Bus. This can have useful applications, but it also could be used for nefarious purposes. Enable at your own risk.

This setting will take effect upon restart.</source>
        <translation>Allow third-party plugins and applications to load information about rooms you are in via D-Bus. This can have useful applications, but it also could be used for nefarious purposes. Enable at your own risk.

This setting will take effect upon restart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To allow new users to join a community, the community needs to expose some information about what servers participate in a room to community members. Since the room participants can change over time, this needs to be updated from time to time. This setting enables a background job to do that automatically.</source>
        <translation>To allow new users to join a community, the community needs to expose some information about what servers participate in a room to community members. Since the room participants can change over time, this needs to be updated from time to time. This setting enables a background job to do that automatically.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regularly redact expired events as specified in the event expiration configuration. Since this is currently not executed server side, you need to have one client running this regularly.</source>
        <translation>Regularly redact expired events as specified in the event expiration configuration. Since this is currently not executed server side, you need to have one client running this regularly.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manage your ignored users.</source>
        <translation>Manage your ignored users.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in private rooms</source>
        <translation>Only in private rooms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>System font</source>
        <translation>System font</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System emoji font</source>
        <translation>System emoji font</translation>
    </message>
    <message>
        <location line="+338"/>
        <source>Select a file</source>
        <translation>Select a file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Open Sessions File</source>
        <translation>Open Sessions File</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+8"/>
        <location line="+18"/>
        <location line="+14"/>
        <location line="+11"/>
        <location line="+18"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+26"/>
        <source>File Password</source>
        <translation>File Password</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Enter the passphrase to decrypt the file:</source>
        <translation>Enter the passphrase to decrypt the file:</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>The password cannot be empty</source>
        <translation>The password cannot be empty</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Enter passphrase to encrypt your session keys:</source>
        <translation>Enter passphrase to encrypt your session keys:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Repeat File Password</source>
        <translation>Repeat File Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase:</source>
        <translation>Repeat the passphrase:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passwords don&apos;t match</source>
        <translation>Passwords don&apos;t match</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File to save the exported session keys</source>
        <translation>File to save the exported session keys</translation>
    </message>
</context>
<context>
    <name>UserSettingsPage</name>
    <message>
        <location filename="../qml/pages/UserSettingsPage.qml" line="+190"/>
        <source>CACHED</source>
        <translation>CACHED</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT CACHED</source>
        <translation>NOT CACHED</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IMPORT</source>
        <translation>IMPORT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EXPORT</source>
        <translation>EXPORT</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DOWNLOAD</source>
        <translation>DOWNLOAD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REQUEST</source>
        <translation>REQUEST</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CONFIGURE</source>
        <translation>CONFIGURE</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MANAGE</source>
        <translation>MANAGE</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>VerificationManager</name>
    <message>
        <location filename="../../src/encryption/VerificationManager.cpp" line="+143"/>
        <source>No encrypted private chat found with this user. Create an encrypted private chat with this user and try again.</source>
        <translation>No encrypted private chat found with this user. Create an encrypted private chat with this user and try again.</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <location filename="../qml/device-verification/Waiting.qml" line="+12"/>
        <source>Waiting for other party…</source>
        <translation>Waiting for other party…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for other side to accept the verification request.</source>
        <translation>Waiting for other side to accept the verification request.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for other side to continue the verification process.</source>
        <translation>Waiting for other side to continue the verification process.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for other side to complete the verification process.</source>
        <translation>Waiting for other side to complete the verification process.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../qml/pages/WelcomePage.qml" line="+30"/>
        <source>Welcome to nheko! The desktop client for the Matrix protocol.</source>
        <translation>Welcome to Nheko! The desktop client for the Matrix protocol.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enjoy your stay!</source>
        <translation>Enjoy your stay!</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>REGISTER</source>
        <translation>REGISTER</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LOGIN</source>
        <translation>LOGIN</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reduce animations</source>
        <translation>Reduce animations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nheko uses animations in several places to make stuff pretty. This allows you to turn those off if they make you feel unwell.</source>
        <translation>Nheko uses animations in several places to make stuff pretty. This allows you to turn those off if they make you feel unwell.</translation>
    </message>
</context>
<context>
    <name>descriptiveTime</name>
    <message>
        <location filename="../../src/Utils.cpp" line="+384"/>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
</context>
<context>
    <name>emoji-catagory</name>
    <message>
        <location filename="../../src/emoji/Emoji.cpp" line="+13"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objects</source>
        <translation>Objects</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbols</source>
        <translation>Symbols</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
</context>
<context>
    <name>macosNotification</name>
    <message>
        <location filename="../../src/notifications/ManagerMac.cpp" line="-12"/>
        <source>Message contains spoiler.</source>
        <translation>Message contains spoiler.</translation>
    </message>
</context>
<context>
    <name>message-description sent:</name>
    <message>
        <location filename="../../src/Utils.cpp" line="-308"/>
        <source>You sent an audio clip</source>
        <translation>You sent an audio clip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent an audio clip</source>
        <translation>%1 sent an audio clip</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent an image</source>
        <translation>You sent an image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an image</source>
        <translation>%1 sent an image</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent a file</source>
        <translation>You sent a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a file</source>
        <translation>%1 sent a file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent a video</source>
        <translation>You sent a video</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a video</source>
        <translation>%1 sent a video</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent a sticker</source>
        <translation>You sent a sticker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a sticker</source>
        <translation>%1 sent a sticker</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent a notification</source>
        <translation>You sent a notification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent a notification</source>
        <translation>%1 sent a notification</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>You sent a spoiler.</source>
        <translation>You sent a spoiler.</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+26"/>
        <source>%1 sent a spoiler.</source>
        <translation>%1 sent a spoiler.</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+26"/>
        <source>You: %1</source>
        <translation>You: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+27"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>You sent a chat effect</source>
        <translation>You sent a chat effect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent a chat effect</source>
        <translation>%1 sent a chat effect</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>* %1 spoils something.</source>
        <translation>* %1 spoils something.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You sent an encrypted message</source>
        <translation>You sent an encrypted message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent an encrypted message</source>
        <translation>%1 sent an encrypted message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You placed a call</source>
        <translation>You placed a call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 placed a call</source>
        <translation>%1 placed a call</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You answered a call</source>
        <translation>You answered a call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered a call</source>
        <translation>%1 answered a call</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You ended a call</source>
        <translation>You ended a call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ended a call</source>
        <translation>%1 ended a call</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You rejected a call</source>
        <translation>You rejected a call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected a call</source>
        <translation>%1 rejected a call</translation>
    </message>
</context>
<context>
    <name>utils</name>
    <message>
        <location line="+3"/>
        <source>Unknown Message Type</source>
        <translation>Unknown Message Type</translation>
    </message>
</context>
</TS>
