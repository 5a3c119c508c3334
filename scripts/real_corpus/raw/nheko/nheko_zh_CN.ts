<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActiveCallBar</name>
    <message>
        <location filename="../qml/voip/ActiveCallBar.qml" line="+103"/>
        <source>Calling...</source>
        <translation>呼叫中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+9"/>
        <source>Connecting...</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>You are screen sharing</source>
        <translation>你正在共享屏幕。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hide/Show Picture-in-Picture</source>
        <translation>隐藏/展示 画中画</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unmute Mic</source>
        <translation>取消麦克风静音</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mute Mic</source>
        <translation>静音麦克风</translation>
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
        <translation>未能取消发布别名 %1：%2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Failed to update aliases: %1</source>
        <translation>未能更新别名：%1</translation>
    </message>
</context>
<context>
    <name>AliasEditor</name>
    <message>
        <location filename="../qml/dialogs/AliasEditor.qml" line="+25"/>
        <source>Aliases to %1</source>
        <translation>%1 的别名</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>List of aliases to this room. Usually you can only add aliases on your server. You can have one canonical alias and many alternate aliases.</source>
        <translation>此聊天室的别名列表。通常你只能在你的服务器上添加别名。你可以拥有一个规范别名和多个备用别名。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Primary alias</source>
        <translation>主别名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make primary alias</source>
        <translation>设为主别名</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Advertise as an alias in this room</source>
        <translation>在此聊天室中推广此别名</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Publish in room directory</source>
        <translation>公布在聊天室目录中</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove this alias</source>
        <translation>移除此别名</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>#new-alias:server.tld</source>
        <translation>#new-alias:server.tld</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>AllowedRoomsSettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/AllowedRoomsSettingsDialog.qml" line="+24"/>
        <source>Allowed rooms settings</source>
        <translation>已允许的聊天室设置</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>List of rooms that allow access to this room. Anyone who is in any of those rooms can join this room.</source>
        <translation>允许访问此聊天室的聊天室列表。任何在这些聊天室中的人都可以加入此聊天室。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Parent community</source>
        <translation>父社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other room</source>
        <translation>其他聊天室</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Enter additional rooms not in the list yet...</source>
        <translation>输入尚未列入列表的其他聊天室...</translation>
    </message>
</context>
<context>
    <name>Cache</name>
    <message>
        <location filename="../../src/Cache.cpp" line="+3501"/>
        <source>%1 and %2</source>
        <comment>RoomName</comment>
        <translation>%1 和 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 和另外 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <source>Empty Room</source>
        <translation>空聊天室</translation>
    </message>
</context>
<context>
    <name>CallInvite</name>
    <message>
        <location filename="../qml/voip/CallInvite.qml" line="+75"/>
        <source>Video Call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voice Call</source>
        <translation>语音通话</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No microphone found.</source>
        <translation>未检测到麦克风。</translation>
    </message>
</context>
<context>
    <name>CallInviteBar</name>
    <message>
        <location filename="../qml/voip/CallInviteBar.qml" line="+65"/>
        <source>Video Call</source>
        <translation>视频通话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Voice Call</source>
        <translation>语音通话</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No microphone found.</source>
        <translation>未检测到麦克风。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown microphone: %1</source>
        <translation>未知的麦克风：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown camera: %1</source>
        <translation>未知的摄像头：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Decline</source>
        <translation>拒绝</translation>
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
        <translation>整个屏幕</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <location filename="../../src/ChatPage.cpp" line="+118"/>
        <source>Failed to invite user: %1</source>
        <translation>未能邀请用户：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+985"/>
        <source>Invited user: %1</source>
        <translation>邀请已发送：%1</translation>
    </message>
    <message numerus="yes">
        <location line="-737"/>
        <source>%n unread message(s) in room %1
</source>
        <translation>
            <numerusform>聊天室 %1 内有 %n 条未读消息
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Confirm logout</source>
        <translation>确认登出</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The cache on your disk is newer than this version of Nheko supports. Please update Nheko or clear your cache.</source>
        <translation>当前设备中的缓存比 Nheko 支持的版本更新，请更新 Nheko 或清理缓存。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Failed to open database, logging out!</source>
        <translation>未能打开数据库，账户将退出登录！</translation>
    </message>
    <message>
        <location line="+338"/>
        <source>Knock on room</source>
        <translation>请求加入聊天室</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do you really want to knock on %1? You may optionally provide a reason for others to accept your knock:</source>
        <translation>你真的想请求加入 %1 吗？你可以选择提供一个理由让其他人接受你的加入请求：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Failed to knock room: %1</source>
        <translation>未能请求加入聊天室：%1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Room creation failed: Bad Alias</source>
        <translation>创建聊天室失败：别名错误</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Room %1 created.</source>
        <translation>聊天室 %1 已创建。</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+498"/>
        <source>Confirm invite</source>
        <translation>确认邀请</translation>
    </message>
    <message>
        <location line="-497"/>
        <source>Do you really want to invite %1 (%2)?</source>
        <translation>你真的想要邀请 %1 (%2) 吗？</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Failed to invite %1 to %2: %3</source>
        <translation>未能邀请 %1 到 %2：%3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kicked user: %1</source>
        <translation>踢出用户：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Failed to ban %1 in %2: %3</source>
        <translation>未能封禁 %2 里的 %1：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Banned user: %1</source>
        <translation>禁止用户：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Confirm unban</source>
        <translation>确认解封</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do you really want to unban %1 (%2)?</source>
        <translation>确认解封 %1 (%2) 吗？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Failed to unban %1 in %2: %3</source>
        <translation>未能将 %2 里的 %1 解封：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unbanned user: %1</source>
        <translation>解封用户：%1</translation>
    </message>
    <message>
        <location line="+402"/>
        <source>Do you really want to start a private chat with %1?</source>
        <translation>是否确认与 %1 开始私密聊天？</translation>
    </message>
    <message>
        <location line="-1048"/>
        <source>Cache migration failed!</source>
        <translation>缓存迁移失败！</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Because of the following reason Nheko wants to drop you to the login page:
%1
If you think this is a mistake, you can close Nheko instead to possibly recover your encryption keys. After you have been dropped to the login page, you can sign in again using your usual methods.</source>
        <translation>由于以下原因，Nheko 希望将你返回到登录页面。
%1
如果你认为这是一个错误，你可以关闭 Nheko，以便可能恢复你的加密密钥。在你被返回到登录页面后，你可以用你的常用方法再次登录。</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Migrating the cache to the current version failed. This can have different reasons. Please open an issue at https://github.com/Nheko-Reborn/nheko and try to use an older version in the meantime. Alternatively you can try deleting the cache manually.</source>
        <translation>迁移缓存到当前版本失败。这可能是由不同的原因导致的。请在 https://github.com/Nheko-Reborn/nheko 提交一个 issue，并尝试在这期间使用旧版本。或者，你可以尝试手动删除缓存。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incompatible cache version</source>
        <translation>无法兼容缓存版本</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Failed to restore OLM account. Please login again.</source>
        <translation>未能恢复 OLM 账户。请重新登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Failed to restore save data. Please login again.</source>
        <translation>未能恢复保存的数据。请重新登录。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Failed to setup encryption keys. Server response: %1 %2. Please try again later.</source>
        <translation>未能设置加密密钥。服务器响应：%1 %2。请稍后再试。</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+184"/>
        <source>Please try to login again: %1</source>
        <translation>请尝试再次登录：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You failed to join %1. You can try to knock so that others can invite you in. Do you want to do so?
You may optionally provide a reason for others to accept your knock:</source>
        <translation>你未能加入 %1。你可以尝试请求加入，以便其他人可以邀请你进来。你想这样做吗？
你可以选择提供一个理由让其他人接受你的加入请求：</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Failed to join room: %1</source>
        <translation>未能加入聊天室：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Failed to remove invite: %1</source>
        <translation>未能移除邀请：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Room creation failed: %1</source>
        <translation>创建聊天室失败：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Failed to leave room: %1</source>
        <translation>未能离开聊天室：%1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reason for the kick</source>
        <translation>踢出理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter reason for kicking %1 (%2) or hit enter for no reason:</source>
        <translation>输入踢出 %1 (%2) 的理由，如无理由请按回车：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Failed to kick %1 from %2: %3</source>
        <translation>未能踢出 %2 里的 %1：%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reason for the ban</source>
        <translation>封禁理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter reason for banning %1 (%2) or hit enter for no reason:</source>
        <translation>输入封禁 %1 (%2) 的理由，如无理由请按回车：</translation>
    </message>
    <message>
        <location filename="../qml/ChatPage.qml" line="+36"/>
        <source>No network connection</source>
        <translation>网络未连接</translation>
    </message>
</context>
<context>
    <name>CommandCompleter</name>
    <message>
        <location filename="../../src/CommandCompleter.cpp" line="+120"/>
        <source>/me &lt;message&gt;</source>
        <translation>/me &lt;消息&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/react &lt;text&gt;</source>
        <translation>/react &lt;文本&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/join &lt;!roomid|#alias&gt; [reason]</source>
        <translation>/join &lt;!聊天室id|#别名&gt; [理由]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/knock &lt;!roomid|#alias&gt; [reason]</source>
        <translation>/knock &lt;!聊天室id|#别名&gt; [理由]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/part [reason]</source>
        <translation>/part [理由]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/leave [reason]</source>
        <translation>/leave [理由]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/invite &lt;@userid&gt; [reason]</source>
        <translation>/invite &lt;@用户id&gt; [理由]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/kick &lt;@userid&gt; [reason]</source>
        <translation>/kick &lt;@用户id&gt; [理由]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/ban &lt;@userid&gt; [reason]</source>
        <translation>/ban &lt;@用户id&gt; [理由]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/unban &lt;@userid&gt; [reason]</source>
        <translation>/unban &lt;@用户id&gt; [理由]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/redact &lt;$eventid|@userid&gt;</source>
        <translation>/redact &lt;$事件id|@用户id&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/roomnick &lt;displayname&gt;</source>
        <translation>/roomnick &lt;显示名称&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/shrug [message]</source>
        <translation>/shrug [消息]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>/md &lt;message&gt;</source>
        <translation>/md &lt;消息&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>/plain &lt;message&gt;</source>
        <translation>/plain &lt;消息&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/rainbow &lt;message&gt;</source>
        <translation>/rainbow &lt;消息&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/rainbowme &lt;message&gt;</source>
        <translation>/rainbowme &lt;消息&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/notice &lt;message&gt;</source>
        <translation>/notice &lt;消息&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/rainbownotice &lt;message&gt;</source>
        <translation>/rainbownotice &lt;消息&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/confetti [message]</source>
        <translation>/confetti [消息]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/rainbowconfetti [message]</source>
        <translation>/rainbowconfetti [消息]</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>/cmark &lt;message&gt;</source>
        <translation>/cmark &lt;消息&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>/rainfall [message]</source>
        <translation>/rainfall [消息]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/msgtype &lt;msgtype&gt; [message]</source>
        <translation>/msgtype &lt;消息类型&gt; [消息]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/glitch &lt;message&gt;</source>
        <translation>/glitch &lt;消息&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/gradualglitch &lt;message&gt;</source>
        <translation>/gradualglitch &lt;消息&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>/goto &lt;message reference&gt;</source>
        <translation>/goto &lt;消息参考&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send a message expressing an action.</source>
        <translation>发送一条表达行动的消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &lt;text&gt; as a reaction when you’re replying to a message.</source>
        <translation>当你回复一条消息时，发送 &lt;文本&gt; 作为回应。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Join a room. Reason is optional.</source>
        <translation>加入一个聊天室。理由是可选的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask to join a room. Reason is optional.</source>
        <translation>请求加入一个聊天室。理由是可选的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Leave a room. Reason is optional.</source>
        <translation>离开一个聊天室。理由是可选的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite a user into the current room. Reason is optional.</source>
        <translation>邀请一个用户进入当前聊天室。理由是可选的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kick a user from the current room. Reason is optional. If user is left out, will try to kick the sender you are replying to.</source>
        <translation>将用户从当前聊天室中踢出。原因可选。如果未指定用户，将尝试踢出您正在回复的发送者。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ban a user from the current room. Reason is optional. If user is left out, will try to ban the sender you are replying to.</source>
        <translation>将用户从当前聊天室中封禁。原因可选。如果未指定用户，将尝试封禁您正在回复的发送者。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unban a user in the current room. Reason is optional. If user is left out, will try to unban the sender you are replying to.</source>
        <translation>在当前聊天室中解封用户。原因可选。如果未指定用户，将尝试解封您正在回复的发送者。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redact an event by event id or that you are replying to or all locally cached messages of a user.</source>
        <translation>通过事件ID、您正在回复的事件或用户的所有本地缓存消息来删除事件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change your displayname in this room.</source>
        <translation>更改你在此聊天室的显示名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>¯\_(ツ)_/¯ with an optional message.</source>
        <translation>¯\_(ツ)_/¯ 带有可选消息。</translation>
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
        <translation>清除此聊天室中当前缓存的消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refetch the state in this room.</source>
        <translation>重新获取此聊天室中的状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate the current symmetric encryption key.</source>
        <translation>轮换当前的对称加密密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a markdown formatted message (ignoring the global setting).</source>
        <translation>发送一条 markdown 格式的消息（忽略全局设置）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a commonmark formatted message disabling most extensions compared to /md.</source>
        <translation>发送一条 commonmark 格式的消息，与 /md 相比其禁用大多数扩展。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send an unformatted message (ignoring the global setting).</source>
        <translation>发送一条未格式化的消息（忽略全局设置）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message in rainbow colors.</source>
        <translation>发送一条彩虹色的消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send /me in rainbow colors.</source>
        <translation>以彩虹色发送 /me。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a bot message.</source>
        <translation>发送一条机器人消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a bot message in rainbow colors.</source>
        <translation>发送一条彩虹色的机器人消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message with confetti.</source>
        <translation>发送一条带有彩色纸屑的消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message in rainbow colors with confetti.</source>
        <translation>发送一条带有彩色纸屑的彩虹色消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message with rain.</source>
        <translation>发送一条带有雨点的消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message with a custom message type.</source>
        <translation>用自定义消息类型发送消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message with a glitch effect.</source>
        <translation>发送一条带有闪烁效果的消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message that gradually glitches.</source>
        <translation>发送一条逐渐闪烁的消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to a specific message using an event id, index or matrix: link</source>
        <translation>使用事件 ID、索引或 matrix: 链接以转到一条特定的消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert this room to a direct chat.</source>
        <translation>将此聊天室转换为直接聊天。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert this direct chat into a room.</source>
        <translation>将此直接聊天转换为聊天室。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignore a user.</source>
        <translation>忽略用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop ignoring a user.</source>
        <translation>停止忽略用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block all invites from a user, a server, to a specific room or set the default.</source>
        <translation>阻止来自某个用户、服务器、特定聊天室的所有邀请或设置默认值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow all invites from a user, a server, to a specific room or set the default.</source>
        <translation>允许来自某个用户、服务器、特定聊天室的所有邀请或设置默认值。</translation>
    </message>
</context>
<context>
    <name>CommunitiesList</name>
    <message>
        <location filename="../qml/CommunitiesList.qml" line="+130"/>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collapse</source>
        <translation>收起</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Do not show notification counts for this community or tag.</source>
        <translation>不显示此社区或标签的通知计数。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hide rooms with this tag or from this community by default.</source>
        <translation>默认隐藏带有此标签或来自此社区的聊天室。</translation>
    </message>
</context>
<context>
    <name>CommunitiesModel</name>
    <message>
        <location filename="../../src/timeline/CommunitiesModel.cpp" line="+77"/>
        <source>All rooms</source>
        <translation>所有聊天室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows all rooms without filtering.</source>
        <translation>显示所有聊天室而不过滤。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Direct Chats</source>
        <translation>直接聊天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show direct chats.</source>
        <translation>显示直接聊天。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Favourites</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms you have favourited.</source>
        <translation>收藏的聊天室。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Low Priority</source>
        <translation>低优先级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rooms with low priority.</source>
        <translation>低优先级聊天室。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Server Notices</source>
        <translation>服务器通知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Messages from your server or administrator.</source>
        <translation>来自服务器或管理员的消息。</translation>
    </message>
    <message>
        <location line="+678"/>
        <source>Failed to update community: %1</source>
        <translation>未能更新社区: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failed to delete room from community: %1</source>
        <translation>未能从社区中删除聊天室：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Failed to update community for room: %1</source>
        <translation>未能更新聊天室的社区：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Failed to remove community from room: %1</source>
        <translation>未能从聊天室中删除社区：%1</translation>
    </message>
</context>
<context>
    <name>ConfirmJoinRoomDialog</name>
    <message>
        <location filename="../qml/dialogs/ConfirmJoinRoomDialog.qml" line="+18"/>
        <source>Confirm community join</source>
        <translation>确认加入社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm room join</source>
        <translation>确认加入聊天室</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名成员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This room can&apos;t be joined directly. You can, however, knock on the room and room members can accept or decline this join request. You can additionally provide a reason for them to let you in below:</source>
        <translation>此聊天室无法直接加入。但是，你可以请求加入此聊天室，聊天室成员可以接受或拒绝此加入请求。另外你可以在下面提供一个理由，让他们允许你加入：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Do you want to join this room? You can optionally add a reason below:</source>
        <translation>你想加入此聊天室吗？你可以选择在下面添加理由：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Knock</source>
        <translation>请求加入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
</context>
<context>
    <name>CreateDirect</name>
    <message>
        <location filename="../qml/dialogs/CreateDirect.qml" line="+14"/>
        <source>Create Direct Chat</source>
        <translation>创建直接聊天</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>User to invite</source>
        <translation>要邀请的用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>@user:server.tld</source>
        <translation>@user:server.tld</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
</context>
<context>
    <name>CreateRoom</name>
    <message>
        <location filename="../qml/dialogs/CreateRoom.qml" line="+17"/>
        <source>New community</source>
        <translation>新社区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Room</source>
        <translation>新聊天室</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No name</source>
        <translation>没有名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Topic</source>
        <translation>话题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No topic</source>
        <translation>无话题</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public rooms can be joined by anyone; private rooms need explicit invites.</source>
        <translation>任何人都可以加入公共聊天室；私人聊天室需要明确的邀请。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trusted</source>
        <translation>可信</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All invitees are given the same power level as the creator</source>
        <translation>所有被邀请者都被赋予与创建者相同的权限等级</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Caution: Encryption cannot be disabled</source>
        <translation>注意：加密无法被禁用</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Create Room</source>
        <translation>创建聊天室</translation>
    </message>
</context>
<context>
    <name>CrossSigningSecrets</name>
    <message>
        <location filename="../../src/ChatPage.cpp" line="+312"/>
        <source>Decrypt secrets</source>
        <translation>解密密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your recovery key or passphrase to decrypt your secrets:</source>
        <translation>输入你的恢复密钥或口令以解密你的密钥：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your recovery key or passphrase called %1 to decrypt your secrets:</source>
        <translation>输入你的恢复密钥或名为 %1 的口令以解密你的密钥：</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Decryption failed</source>
        <translation>解密失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed to decrypt secrets with the provided recovery key or passphrase</source>
        <translation>未能使用提供的恢复密钥或口令解密密钥</translation>
    </message>
</context>
<context>
    <name>DigitVerification</name>
    <message>
        <location filename="../qml/device-verification/DigitVerification.qml" line="+10"/>
        <source>Verification Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please verify the following digits. You should see the same numbers on both sides. If they differ, please press &apos;They do not match!&apos; to abort verification!</source>
        <translation>请验证一下数字。你应该会在另一边看到相同的数字。如果它们不同，请按“它们不一致”来终止验证！</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>They do not match!</source>
        <translation>它们不匹配！</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>They match!</source>
        <translation>匹配一致！</translation>
    </message>
</context>
<context>
    <name>EmojiVerification</name>
    <message>
        <location filename="../qml/device-verification/EmojiVerification.qml" line="+11"/>
        <source>Verification Code</source>
        <translation>验证码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Please verify the following emoji. You should see the same emoji on both sides. If they differ, please press &apos;They do not match!&apos; to abort verification!</source>
        <translation>请验证以下表情符号。你应该会在两边看到相同的表情符号，如果它们不一致，请按“它们不一致”来终止验证！</translation>
    </message>
    <message>
        <location line="+379"/>
        <source>The displayed emoji might look different in different clients if a different font is used. Similarly they might be translated into different languages. Nonetheless they should depict one of 64 different objects or animals. For example a lion and a cat are different, but a cat is the same even if one client just shows a cat face, while another client shows a full cat body.</source>
        <translation>如果使用不同的字体，显示的表情符号在不同的客户中可能看起来不同。同样，它们也可能被翻译成不同的语言。尽管如此，它们应该描述 64 种不同的物体或动物中的一种。例如，狮子和猫是不同的，但猫是一样的，即使一个客户端只显示猫脸，而另一个客户端显示整个猫身。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>They do not match!</source>
        <translation>它们不一致！</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>They match!</source>
        <translation>匹配一致！</translation>
    </message>
</context>
<context>
    <name>Encrypted</name>
    <message>
        <location filename="../qml/delegates/Encrypted.qml" line="+42"/>
        <source>There is no key to unlock this message. We requested the key automatically, but you can try requesting it again if you are impatient.</source>
        <translation>没有找到解锁这条消息的密钥。我们尝试过自动获取密钥，如果你着急你可以持续尝试获取密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This message couldn&apos;t be decrypted, because we only have a key for newer messages. You can try requesting access to this message.</source>
        <translation>这条消息无法被解密，因为我们只持有较之更新的消息的密钥。你可以继续尝试请求访问这条消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There was an internal error reading the decryption key from the database.</source>
        <translation>从数据库读取解密密钥时发生内部错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There was an error decrypting this message.</source>
        <translation>解密本消息时发生错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message couldn&apos;t be parsed.</source>
        <translation>无法解析这条消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encryption key was reused! Someone is possibly trying to insert false messages into this chat!</source>
        <translation>该加密密钥被重复使用！有人可能试图在此聊天中插入虚假消息！</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown decryption error</source>
        <translation>未知的解密错误</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request key</source>
        <translation>请求密钥</translation>
    </message>
</context>
<context>
    <name>EncryptionEnabled</name>
    <message>
        <location filename="../qml/delegates/EncryptionEnabled.qml" line="+38"/>
        <source>%1 enabled end-to-end encryption</source>
        <translation>%1 启用了端对端加密</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encryption keeps your messages safe by only allowing the people you sent the message to to read it. For extra security, if you want to make sure you are talking to the right people, you can verify them in real life.</source>
        <translation>加密使得消息仅能被你所发送的人阅读，保障了你的信息安全。为了额外安全性，如果你想确保你是在与正确的人交谈，你可以在现实生活中验证他们。</translation>
    </message>
</context>
<context>
    <name>EncryptionIndicator</name>
    <message>
        <location filename="../qml/EncryptionIndicator.qml" line="+37"/>
        <source>This message is not encrypted!</source>
        <translation>此消息未经加密！</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypted by a verified device</source>
        <translation>已被受认证的设备加密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted by an unverified device, but you have trusted that user so far.</source>
        <translation>使用未受认证的设备加密，但你已信任该用户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key is from an untrusted source, possibly forwarded from another user or the online key backup. For this reason we can&apos;t verify who sent the message.</source>
        <translation>密钥来自不可信的来源，可能是从其他用户或在线密钥备份转发的。因此，我们无法验证是谁发送了该消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted by an unverified device.</source>
        <translation>由未经验证的设备加密。</translation>
    </message>
</context>
<context>
    <name>EventExpirationDialog</name>
    <message>
        <location filename="../qml/dialogs/EventExpirationDialog.qml" line="+33"/>
        <source>Event expiration for %1</source>
        <translation>%1 的事件过期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event expiration</source>
        <translation>事件过期</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You can configure when your messages will be deleted in %1. This only happens when Nheko is open and has permissions to delete messages until Matrix servers support this feature natively. In general 0 means disable.</source>
        <translation>你可以在 %1 中配置何时删除你的消息。在 Matrix 服务器原生支持此功能之前，只有当 Nheko 打开并且有权限删除消息时才会执行删除。一般来说，0 表示禁用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can configure when your messages will be deleted in all rooms unless configured otherwise. This only happens when Nheko is open and has permissions to delete messages until Matrix servers support this feature natively. In general 0 means disable.</source>
        <translation>除非另有配置，你可以在所有聊天室中配置何时删除你的消息。在 Matrix 服务器原生支持此功能之前，只有当 Nheko 打开并且有权限删除消息时才会执行删除。一般来说，0 表示禁用。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Expire events after X days</source>
        <translation>事件在 X 天后过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatically redacts messages after X days, unless otherwise protected. Set to 0 to disable.</source>
        <translation>除非另有保护，在 X 天后自动删除消息。设为 0 则禁用。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Only keep latest X events</source>
        <translation>仅保留最新的 X 个事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletes your events in this room if there are more than X newer messages unless otherwise protected. Set to 0 to disable.</source>
        <translation>除另有保护外，如果新消息超过 X 条，则删除你在此聊天室中的事件。设为 0 则禁用。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Always keep latest X events</source>
        <translation>始终保留最新的 X 个事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This prevents events to be deleted by the above 2 settings if they are the latest X messages from you in the room.</source>
        <translation>如果事件是你在聊天室中的最新 X 条消息，则此设置可以防止其被上述 2 种设置删除。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Include state events</source>
        <translation>包括状态事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If this is turned on, old state events also get redacted. The latest state event of any type+key combination is excluded from redaction to not remove the room name and similar state by accident.</source>
        <translation>如果启用此设置，旧的状态事件也会被删除。任何类型+键组合的最新状态事件都不包括在删除范围内，以免意外删除聊天室名称和类似状态。</translation>
    </message>
</context>
<context>
    <name>EventExpiry</name>
    <message>
        <location filename="../../src/ui/EventExpiry.cpp" line="+50"/>
        <location line="+10"/>
        <source>Failed to set hidden events: %1</source>
        <translation>未能设置隐藏事件：%1</translation>
    </message>
</context>
<context>
    <name>Failed</name>
    <message>
        <location filename="../qml/device-verification/Failed.qml" line="+11"/>
        <source>Verification failed</source>
        <translation>未通过认证</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Other client does not support our verification protocol.</source>
        <translation>其他客户端不支持我们的认证协议。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key mismatch detected!</source>
        <translation>检测到密钥不匹配！</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device verification timed out.</source>
        <translation>设备验证已超时。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other party canceled the verification.</source>
        <translation>对方取消了认证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The verification was accepted by a different device.</source>
        <translation>验证已由另一台设备接受。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification messages received out of order!</source>
        <translation>收到的验证消息不符合顺序！</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown verification error.</source>
        <translation>未知的认证错误。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FallbackAuthDialog</name>
    <message>
        <location filename="../qml/dialogs/FallbackAuthDialog.qml" line="+25"/>
        <source>Fallback authentication</source>
        <translation>备用身份验证</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the fallback, follow the steps, and confirm after completing them.</source>
        <translation>打开备用身份验证，按照步骤进行操作，并在完成后进行确认。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Fallback in Browser</source>
        <translation>在浏览器中打开备用身份验证</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>ForwardCompleter</name>
    <message>
        <location filename="../qml/ForwardCompleter.qml" line="+52"/>
        <source>Forward Message</source>
        <translation>转发</translation>
    </message>
</context>
<context>
    <name>GridImagePackModel</name>
    <message>
        <location filename="../../src/GridImagePackModel.cpp" line="+285"/>
        <source>Account Pack</source>
        <translation>和账户关联的表情包</translation>
    </message>
</context>
<context>
    <name>HiddenEvents</name>
    <message>
        <location filename="../../src/ui/HiddenEvents.cpp" line="+92"/>
        <location line="+10"/>
        <source>Failed to set hidden events: %1</source>
        <translation>未能设置隐藏事件：%1</translation>
    </message>
</context>
<context>
    <name>HiddenEventsDialog</name>
    <message>
        <location filename="../qml/dialogs/HiddenEventsDialog.qml" line="+33"/>
        <source>Hidden events for %1</source>
        <translation>隐藏 %1 事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hidden events</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>These events will be &lt;b&gt;shown&lt;/b&gt; in %1:</source>
        <translation>以下事件将被在 %1 中 &lt;b&gt;展示&lt;/b&gt; ：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These events will be &lt;b&gt;shown&lt;/b&gt; in all rooms:</source>
        <translation>以下事件将在所有聊天室中 &lt;b&gt;展示&lt;/b&gt; ：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>User events</source>
        <translation>用户事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins, leaves, avatar and name changes, bans, …</source>
        <translation>用户加入、离开、名称或头像变更、封禁等…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Power level changes</source>
        <translation>权限等级变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent when a moderator is added/removed or the permissions of a room are changed.</source>
        <translation>在添加/移除协管员或更改聊天室权限时发送。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Stickers</source>
        <translation>贴纸</translation>
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
        <translation>忽略的用户</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ignoring a user hides their messages (they can still see yours!).</source>
        <translation>忽略用户会隐藏他们的消息（他们仍然可以看到你的消息！）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stop Ignoring.</source>
        <translation>停止忽略。</translation>
    </message>
</context>
<context>
    <name>ImageMessage</name>
    <message>
        <location filename="../qml/delegates/ImageMessage.qml" line="+191"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>ImagePackDeleteDialog</name>
    <message>
        <location filename="../qml/dialogs/ImagePackDeleteDialog.qml" line="+14"/>
        <source>Are you sure you wish to delete the sticker pack &apos;%1&apos;?</source>
        <translation>你确定要删除贴纸包 &apos;%1&apos; 吗？</translation>
    </message>
</context>
<context>
    <name>ImagePackEditorDialog</name>
    <message>
        <location filename="../qml/dialogs/ImagePackEditorDialog.qml" line="+22"/>
        <source>Editing image pack</source>
        <translation>编辑表情包</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Add images</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Images (*.png *.webp *.gif *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.webp *.gif *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select images for pack</source>
        <translation>从表情包中选取图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to pack</source>
        <translation>添加到表情包</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Change the overview image for this pack</source>
        <translation>变更表情包的缩略图</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Overview Image (*.png *.webp *.jpg *.jpeg)</source>
        <translation>缩略图 (*.png *.webp *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select overview image for pack</source>
        <translation>选择表情包的缩略图</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>State key</source>
        <translation>状态键</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Packname</source>
        <translation>包名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attribution</source>
        <translation>出处</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+75"/>
        <source>Use as Emoji</source>
        <translation>作为表情符号使用</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+75"/>
        <source>Use as Sticker</source>
        <translation>作为贴纸使用</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Shortcode</source>
        <translation>短码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Body</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove from pack</source>
        <translation>从表情包中移除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>ImagePackSettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/ImagePackSettingsDialog.qml" line="+23"/>
        <source>Image pack settings</source>
        <translation>表情包设置</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Create account pack</source>
        <translation>创建和账户关联的表情包</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New room pack</source>
        <translation>创建和聊天室关联的表情包</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Private pack</source>
        <translation>私有表情包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack from this room</source>
        <translation>来自此聊天室的表情包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pack from parent community</source>
        <translation>父社区的表情包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Globally enabled pack</source>
        <translation>全局启用的表情包</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Enable globally</source>
        <translation>全局启用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enables this pack to be used in all rooms</source>
        <translation>允许在所有聊天室中使用该表情包</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>InputBar</name>
    <message>
        <location filename="../../src/timeline/InputBar.cpp" line="+423"/>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+623"/>
        <source>You need to pass a valid mxid when ignoring a user. &apos;%1&apos; is not a valid userid.</source>
        <translation>您需要传递一个有效的 mxid 才能忽略用户。&apos;%1&apos; 不是有效的用户 ID。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed to fetch user %1</source>
        <translation>无法获取用户 %1</translation>
    </message>
    <message>
        <location line="+412"/>
        <source>Upload of &apos;%1&apos; failed</source>
        <translation>上传 “%1” 失败</translation>
    </message>
    <message>
        <location line="-1042"/>
        <source>Select file(s)</source>
        <translation>选择文件</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../qml/dialogs/InviteDialog.qml" line="+40"/>
        <source>Invite users to %1</source>
        <translation>邀请用户加入 %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Search user</source>
        <translation>搜索用户</translation>
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
        <translation>在服务器上搜索</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>JoinRoomDialog</name>
    <message>
        <location filename="../qml/dialogs/JoinRoomDialog.qml" line="+14"/>
        <source>Join room</source>
        <translation>加入聊天室</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Room ID or alias</source>
        <translation>聊天室 ID 或别名</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
</context>
<context>
    <name>LeaveRoomDialog</name>
    <message>
        <location filename="../qml/dialogs/LeaveRoomDialog.qml" line="+15"/>
        <source>Leave room</source>
        <translation>离开聊天室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to leave?</source>
        <translation>你确定要离开吗？</translation>
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
        <translation>你输入的 Matrix ID 无效，例如 @user:yourserver.example.com</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Autodiscovery failed. Received malformed response.</source>
        <translation>自动发现失败。收到格式错误的回复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Autodiscovery failed. Unknown error when requesting .well-known.</source>
        <translation>自动发现失败。请求 .well-known 时出现未知错误。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The required endpoints were not found. Possibly not a Matrix server.</source>
        <translation>所需的端点未找到。可能不是 Matrix 服务器。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received malformed response. Make sure the homeserver domain is valid.</source>
        <translation>收到形式错误的响应。请确认服务器域名合法。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An unknown error occured. Make sure the homeserver domain is valid.</source>
        <translation>发生了未知错误。请确认服务器域名合法。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The selected server does not support a version of the Matrix protocol, that this client understands (%1 to %2). You can&apos;t sign in.</source>
        <translation>所选服务器不支持此客户端可理解的 Matrix 协议版本（%1 至 %2）。你无法登录。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sign in with Apple</source>
        <translation>使用 Apple 登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue with Facebook</source>
        <translation>使用 Facebook 登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with Google</source>
        <translation>使用 Google 登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with Twitter</source>
        <translation>使用 Twitter 登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Login using %1</source>
        <translation>使用 %1 登录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SSO LOGIN</source>
        <translation>SSO 登录</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Empty password</source>
        <translation>空密码</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>SSO login failed</source>
        <translation>SSO 登录失败</translation>
    </message>
    <message>
        <location filename="../qml/pages/LoginPage.qml" line="+58"/>
        <source>Matrix ID</source>
        <translation>Matrix ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g @user:yourserver.example.com</source>
        <translation>例如 @user:yourserver.example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your login name. A mxid should start with @ followed by the user ID. After the user ID you need to include your server name after a :.
You can also put your homeserver address there if your server doesn&apos;t support .well-known lookup.
Example: @user:yourserver.example.com
If Nheko fails to discover your homeserver, it will show you a field to enter the server manually.</source>
        <translation>你的登录名。一个 mxid 应以 @ 开头，后跟用户 ID。在用户 ID 之后，你需要在一个 : 之后包含你的服务器名称。
如果你的服务器不支持 .well-known 查询，你也可以输入你的主服务器地址。
例如 @user:yourserver.example.com
如果 Nheko 未能发现你的主服务器，它将显示一个字段，让你手动输入服务器。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password.</source>
        <translation>你的密码。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show/Hide Password</source>
        <translation>显示/隐藏密码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Device name</source>
        <translation>设备名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name for this device which will be shown to others when verifying your devices. If nothing is provided, a default is used.</source>
        <translation>此设备的名称，将在验证你的设备时向其他人显示。如果未提供任何内容，则使用默认值。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Homeserver address</source>
        <translation>主服务器地址</translation>
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
        <translation>用于联系主服务器客户端 API 的地址。
例如：https://yourserver.example.com:8787</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>LOGIN</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>LogoutDialog</name>
    <message>
        <location filename="../qml/dialogs/LogoutDialog.qml" line="+12"/>
        <source>Log out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A call is in progress. Log out?</source>
        <translation>正在进行通话中。是否登出？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Are you sure you want to log out?</source>
        <translation>你确定要登出吗？</translation>
    </message>
</context>
<context>
    <name>MediaUpload</name>
    <message>
        <location filename="../../src/timeline/InputBar.cpp" line="+888"/>
        <location line="+35"/>
        <source>Failed to upload media. Please try again.</source>
        <translation>未能上传媒体。请再试一次。</translation>
    </message>
</context>
<context>
    <name>MessageInput</name>
    <message>
        <location filename="../qml/MessageInput.qml" line="+47"/>
        <source>Hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already on a call</source>
        <translation>已在通话中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place a call</source>
        <translation>开始通话</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Send a file</source>
        <translation>发送文件</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Write a message...</source>
        <translation>写一条消息…</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>Stickers</source>
        <translation>贴纸</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Emoji</source>
        <translation>表情符号</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You don&apos;t have permission to send messages in this room</source>
        <translation>你没有在此聊天室发送消息的权限</translation>
    </message>
</context>
<context>
    <name>MessageInputWarning</name>
    <message>
        <location filename="../qml/MessageInputWarning.qml" line="+61"/>
        <source>Don&apos;t mention them in this message</source>
        <translation>请勿在此消息中提及它们</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <location filename="../qml/MessageView.qml" line="+237"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>React</source>
        <translation>回应</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reply in thread</source>
        <translation>在消息列中回复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New thread</source>
        <translation>新消息列</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Go to message</source>
        <translation>转到消息</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Enter reason for removal or hit enter for no reason:</source>
        <translation>输入移除理由或按回车键不输入理由：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for removal</source>
        <translation>移除理由</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Go to &amp;message</source>
        <translation>转到消息(&amp;m)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+187"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+187"/>
        <source>Copy &amp;link location</source>
        <translation>复制链接位置(&amp;l)</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>Re&amp;act</source>
        <translation>回应(&amp;a)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Repl&amp;y</source>
        <translation>回复(&amp;y)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Thread</source>
        <translation>&amp;消息列</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Un&amp;pin</source>
        <translation>取消置顶(&amp;p)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pin</source>
        <translation>置顶(&amp;P)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Read receipts</source>
        <translation>&amp;已读回执</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Forward</source>
        <translation>转发(&amp;F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Mark as read</source>
        <translation>标为已读(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View raw message</source>
        <translation>查看源代码</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>View decrypted raw message</source>
        <translation>查看解密后的源代码</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remo&amp;ve message</source>
        <translation>移除消息(&amp;v)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Report message</source>
        <translation>举报消息</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save as</source>
        <translation>另存为(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Open in external program</source>
        <translation>在外部程序中打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy link to eve&amp;nt</source>
        <translation>复制到事件的链接(&amp;n)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;Go to quoted message</source>
        <translation>转到引用的消息(&amp;G)</translation>
    </message>
</context>
<context>
    <name>NewVerificationRequest</name>
    <message>
        <location filename="../qml/device-verification/NewVerificationRequest.qml" line="+10"/>
        <source>Send Verification Request</source>
        <translation>发送验证请求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received Verification Request</source>
        <translation>收到验证请求</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>To allow other users to see which of your devices actually belong to you, you can verify them. This also allows key backup to work automatically. Verify an unverified device now? (Please make sure you have one of those devices available.)</source>
        <translation>为了让其他用户看到哪些设备真正属于你，可以对这些设备进行验证。这样还可以自动进行密钥备份。要现在就验证未验证的设备吗？（请确保你有其中一个设备可用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To allow other users to see which of your devices actually belong to you, you can verify them. This also allows key backup to work automatically. Verify %1 now?</source>
        <translation>为了让其他用户看到哪些设备真正属于你，可以对这些设备进行验证。这样还可以自动进行密钥备份。要现在就验证 %1 吗？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To ensure that no malicious user can eavesdrop on your encrypted communications you can verify the other party.</source>
        <translation>为确保没有恶意用户可以窃听你的加密通信，你可以验证对方。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has requested to verify their device %2.</source>
        <translation>%1 已请求验证其设备 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 using the device %2 has requested to be verified.</source>
        <translation>%1 使用设备 %2 已要求被验证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your device (%1) has requested to be verified.</source>
        <translation>你的设备 (%1) 已请求验证。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Start verification</source>
        <translation>开始验证</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
</context>
<context>
    <name>NotificationsManager</name>
    <message>
        <location filename="../../src/notifications/Manager.cpp" line="+46"/>
        <location filename="../../src/notifications/ManagerMac.cpp" line="+90"/>
        <source>%1 sent an encrypted message</source>
        <translation>%1 发送了一条加密消息</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 replied with a spoiler.</source>
        <comment>Format a reply in a notification. %1 is the sender.</comment>
        <translation>%1 回复了一个剧透。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 replied: %2</source>
        <comment>Format a reply in a notification. %1 is the sender, %2 the message</comment>
        <translation>%1 回复：%2</translation>
    </message>
    <message>
        <location filename="../../src/notifications/ManagerMac.cpp" line="-1"/>
        <source>%1 replied with an encrypted message</source>
        <translation>%1 回复了一条加密消息</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 replied to a message</source>
        <translation>%1 回复了一条消息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sent a message</source>
        <translation>%1 发送了一条消息</translation>
    </message>
</context>
<context>
    <name>PlaceCall</name>
    <message>
        <location filename="../qml/voip/PlaceCall.qml" line="+39"/>
        <source>Place a call to %1?</source>
        <translation>向 %1 发起通话？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No microphone found.</source>
        <translation>未检测到麦克风。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Voice</source>
        <translation>语音</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <location filename="../qml/delegates/Placeholder.qml" line="+11"/>
        <source>unimplemented event: </source>
        <translation>未执行的事件： </translation>
    </message>
</context>
<context>
    <name>PowerLevelEditor</name>
    <message>
        <location filename="../qml/dialogs/PowerLevelEditor.qml" line="+26"/>
        <source>Permissions in %1</source>
        <translation>%1 中的权限</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Be careful when editing permissions. You can&apos;t lower the permissions of people with a same or higher level than you. Be careful when promoting others.</source>
        <translation>编辑权限时要小心。你不能降低与你有相同或更高等级的人的权限。提升他人权限时也要小心。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move permissions between roles to change them</source>
        <translation>在角色之间移动权限以更改它们</translation>
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
        <translation>管理员 (%1)</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>Moderator (%1)</source>
        <translation>协管员 (%1)</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>User (%1)</source>
        <translation>用户 (%1)</translation>
    </message>
    <message>
        <location line="-241"/>
        <location line="+243"/>
        <source>Custom (%1)</source>
        <translation>自定义 (%1)</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Remove event type</source>
        <translation>移除事件类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add event type</source>
        <translation>添加事件类型</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Add new role</source>
        <translation>添加新角色</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move users up or down to change their permissions</source>
        <translation>上下移动用户以更改其权限</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Remove user</source>
        <translation>移除用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
</context>
<context>
    <name>PowerLevelSpacesApplyDialog</name>
    <message>
        <location filename="../qml/dialogs/PowerLevelSpacesApplyDialog.qml" line="+25"/>
        <source>Apply permission changes</source>
        <translation>应用权限更改</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which of the subcommunities and rooms should these permissions be applied to?</source>
        <translation>这些权限应该应用于哪些子社区和聊天室？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Apply permissions recursively</source>
        <translation>递归应用权限</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overwrite exisiting modifications in rooms</source>
        <translation>覆盖聊天室中的现有修改</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No permissions to apply the new permissions here</source>
        <translation>没有在此处应用新权限的权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes needed</source>
        <translation>无需更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing modifications to the permissions in this room will be overwritten</source>
        <translation>对此聊天室现有权限的修改将被覆盖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions synchronized with community</source>
        <translation>权限已与社区同步</translation>
    </message>
</context>
<context>
    <name>PowerLevels</name>
    <message>
        <location filename="../../src/PowerlevelsEditModels.cpp" line="+788"/>
        <source>Failed to update powerlevel: %1</source>
        <translation>未能更新权限等级：%1</translation>
    </message>
</context>
<context>
    <name>PowerlevelEditingModels</name>
    <message>
        <location line="-127"/>
        <source>Failed to update powerlevel: %1</source>
        <translation>未能更新权限等级：%1</translation>
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
        <translation type="unfinished">管理员 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moderator: %1</source>
        <translation>协管员：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
</context>
<context>
    <name>PowerlevelsTypeListModel</name>
    <message>
        <location filename="../../src/PowerlevelsEditModels.cpp" line="-492"/>
        <source>Other events</source>
        <translation>其他事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other state events</source>
        <translation>其他状态事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove other users</source>
        <translation>移除其他用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban other users</source>
        <translation>封禁其他用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invite other users</source>
        <translation>邀请其他用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redact events sent by others</source>
        <translation>删除其他人发送的事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactions</source>
        <translation>回应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprecated aliases events</source>
        <translation>已废弃的别名事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room avatar</source>
        <translation>更改聊天室头像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room addresses</source>
        <translation>更改聊天室地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send encrypted messages</source>
        <translation>发送加密消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable encryption</source>
        <translation>启用加密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change guest access</source>
        <translation>更改访客访问权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change history visibility</source>
        <translation>更改历史可见性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change who can join</source>
        <translation>更改谁可以加入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send messages</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room name</source>
        <translation>更改聊天室名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room permissions</source>
        <translation>更改聊天室权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the rooms topic</source>
        <translation>更改聊天室话题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the widgets</source>
        <translation>更改挂件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the widgets (experimental)</source>
        <translation>更改挂件（实验性）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redact own events</source>
        <translation>删除自己的事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the pinned events</source>
        <translation>更改置顶事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade the room</source>
        <translation>升级聊天室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send stickers</source>
        <translation>发送贴纸</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ban users using policy rules</source>
        <translation>使用策略规则封禁用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban rooms using policy rules</source>
        <translation>使用策略规则封禁聊天室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban servers using policy rules</source>
        <translation>使用策略规则封禁服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit child communities and rooms</source>
        <translation>编辑子社区和聊天室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change parent communities</source>
        <translation>更改父社区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a call</source>
        <translation>开始通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negotiate a call</source>
        <translation>协商通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer a call</source>
        <translation>应答通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hang up a call</source>
        <translation>挂断通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject a call</source>
        <translation>拒绝通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the room emotes</source>
        <translation>更改聊天室表情</translation>
    </message>
</context>
<context>
    <name>PowerlevelsUserListModel</name>
    <message>
        <location line="+230"/>
        <source>Other users</source>
        <translation>其他用户</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <location filename="../../src/main.cpp" line="+220"/>
        <source>Create a unique profile which allows you to log into several accounts at the same time and start multiple instances of nheko.</source>
        <translation>创建一个独特的配置文件，允许你同时登录多个帐户并启动多个 Nheko 实例。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile name</source>
        <translation>个人资料名称</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location line="-30"/>
        <source>Alias for &apos;--log-level trace&apos;.</source>
        <translation>&apos;--log-level trace&apos; 的别名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the global log level, or a comma-separated list of &lt;component&gt;=&lt;level&gt; pairs, or both. For example, to set the default log level to &apos;warn&apos; but disable logging for the &apos;ui&apos; component, pass &apos;warn,ui=off&apos;. levels:{trace,debug,info,warning,error,critical,off} components:{crypto,db,mtx,net,qml,ui}</source>
        <translation>设置全局日志级别，或以逗号分隔的 &lt;component&gt;=&lt;level&gt; 列表，或两者。例如，要将默认日志级别设置为 “warn” 但禁用 “ui” 组件的日志记录，请传递 “warn,ui=off” 。级别：{trace,debug,info,warning,error,critical,off} 组件：{crypto,db,mtx,net,qml,ui}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the log output type. A comma-separated list is allowed. The default is &apos;file,stderr&apos;. types:{file,stderr,none}</source>
        <translation>设置日志输出类型。允许使用逗号分隔的列表。默认值为 “file,stderr” 。类型：{file,stderr,none}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recompacts the database which might improve performance.</source>
        <translation>重新压缩数据库，可能会提高性能。</translation>
    </message>
    <message>
        <location filename="../../src/notifications/ManagerMac.cpp" line="-58"/>
        <source>Respond</source>
        <translation>响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a message...</source>
        <translation>写消息…</translation>
    </message>
</context>
<context>
    <name>ReCaptchaDialog</name>
    <message>
        <location filename="../qml/dialogs/ReCaptchaDialog.qml" line="+40"/>
        <source>Solve the reCAPTCHA and press the confirm button</source>
        <translation>通过 reCAPTCHA 并按确认按钮</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open reCAPTCHA</source>
        <translation>打开 reCAPTCHA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
</context>
<context>
    <name>ReadReceipts</name>
    <message>
        <location filename="../qml/dialogs/ReadReceipts.qml" line="+39"/>
        <source>Read receipts</source>
        <translation>已读回执</translation>
    </message>
</context>
<context>
    <name>ReadReceiptsModel</name>
    <message>
        <location filename="../../src/ReadReceiptsModel.cpp" line="+111"/>
        <source>Yesterday, %1</source>
        <translation>昨天，%1</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <location filename="../../src/RegisterPage.cpp" line="+83"/>
        <source>Autodiscovery failed. Received malformed response.</source>
        <translation>自动发现失败。收到格式错误的回复。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Autodiscovery failed. Unknown error when requesting .well-known.</source>
        <translation>自动发现失败。请求 .well-known 时出现未知错误。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The required endpoints were not found. Possibly not a Matrix server.</source>
        <translation>所需的端点未找到。可能不是 Matrix 服务器。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received malformed response. Make sure the homeserver domain is valid.</source>
        <translation>收到形式错误的响应。请确保主服务器域有效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An unknown error occured. Make sure the homeserver domain is valid.</source>
        <translation>收到形式错误的响应。请确保主服务器域有效。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The selected server does not support a version of the Matrix protocol that this client understands (%1 to %2). You can&apos;t register.</source>
        <translation>所选服务器不支持此客户端可理解的 Matrix 协议版本（%1 至 %2）。你无法注册。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server does not support querying registration flows!</source>
        <translation>服务器不支持查询注册流程！</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server does not support registration.</source>
        <translation>此服务器不支持注册。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Invalid username.</source>
        <translation>无效的用户名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name already in use.</source>
        <translation>此名称已被使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part of the reserved namespace.</source>
        <translation>保留命名空间的一部分。</translation>
    </message>
    <message>
        <location filename="../qml/pages/RegisterPage.qml" line="+58"/>
        <source>Homeserver</source>
        <translation>主服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your.server</source>
        <translation>your.server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A server that allows registration. Since matrix is decentralized, you need to first find a server you can register on or host your own.</source>
        <translation>一个允许注册的服务器。由于Matrix是去中心化的，你需要首先找到可以注册的服务器或托管自己的服务器。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The username must not be empty, and must contain only the characters a-z, 0-9, ., _, =, -, and /.</source>
        <translation>用户名不能为空，并且只能包含字符 a-z、0-9、.、_、=、- 和 /。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+102"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please choose a secure password. The exact requirements for password strength may depend on your server.</source>
        <translation>请选择一个安全的密码。对密码强度的确切要求可能取决于你的服务器。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password confirmation</source>
        <translation>密码确认</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your passwords do not match!</source>
        <translation>你的密码不匹配！</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Device name</source>
        <translation>设备名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name for this device which will be shown to others when verifying your devices. If nothing is provided a default is used.</source>
        <translation>此设备的名称，在验证你的设备时将会显示给其他人。如果没有提供任何信息，则使用默认值。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>REGISTER</source>
        <translation>注册</translation>
    </message>
</context>
<context>
    <name>ReplyPopup</name>
    <message>
        <location filename="../qml/ReplyPopup.qml" line="+41"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel Edit</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel Thread</source>
        <translation>取消消息列</translation>
    </message>
</context>
<context>
    <name>ReportMessage</name>
    <message>
        <location filename="../qml/dialogs/ReportMessage.qml" line="+15"/>
        <source>Report message</source>
        <translation>举报消息</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This message you are reporting will be sent to your server administrator for review. Please note that not all server administrators review reported content. You should also ask a room moderator to remove the content if necessary.</source>
        <translation>你举报的这条消息将发送给你所在服务器的管理员审核。请注意，并非所有服务器的管理员都会审核所举报的内容。如有必要，你还应要求聊天室的协管员删除内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your reason for reporting:</source>
        <translation>输入你举报的理由：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How bad is the message?</source>
        <translation>这条信息有多糟糕？</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not bad</source>
        <translation>还行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mild</source>
        <translation>轻微</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bad</source>
        <translation>糟糕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extremely serious</source>
        <translation>非常严重</translation>
    </message>
</context>
<context>
    <name>RoomDirectory</name>
    <message>
        <location filename="../qml/dialogs/RoomDirectory.qml" line="+24"/>
        <source>Explore Public Rooms</source>
        <translation>探索公共聊天室</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Search for public rooms</source>
        <translation>搜索公共聊天室</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose custom homeserver</source>
        <translation>选择自定义主服务器</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RoomInfo</name>
    <message>
        <location filename="../../src/Cache.cpp" line="+2078"/>
        <source>no version stored</source>
        <translation>没有存储版本</translation>
    </message>
</context>
<context>
    <name>RoomList</name>
    <message>
        <location filename="../qml/RoomList.qml" line="+49"/>
        <source>Start a new chat</source>
        <translation>开始新的聊天</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Join a room</source>
        <translation>加入聊天室</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a new room</source>
        <translation>新建聊天室</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Start a direct chat</source>
        <translation>开始直接聊天</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Create a new community</source>
        <translation>创建新社区</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Room directory</source>
        <translation>聊天室目录</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search rooms (Ctrl+K)</source>
        <translation>搜索聊天室 (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>User settings</source>
        <translation>用户设置</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Logout</source>
        <translation>登出</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter your status message:</source>
        <translation>输入你的状态信息：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status Message</source>
        <translation>状态信息</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Profile settings</source>
        <translation>个人资料设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set status message</source>
        <translation>设置状态信息</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic online status</source>
        <translation>自动在线状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Encryption not set up</source>
        <extracomment>Cross-signing setup has not run yet.</extracomment>
        <translation>加密功能未设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unverified login</source>
        <extracomment>The user just signed in with this device and hasn&apos;t verified their master key.</extracomment>
        <translation>未经验证的登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please verify your other devices</source>
        <extracomment>There are unverified devices signed in to this account.</extracomment>
        <translation>请验证你的其他设备</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+379"/>
        <source>Enter the tag you want to use:</source>
        <translation>输入你想使用的标签：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag</source>
        <translation>新标签</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open separately</source>
        <translation>单独打开</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark as read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Room settings</source>
        <translation>聊天室设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave room</source>
        <translation>离开聊天室</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy room link</source>
        <translation>复制聊天室链接</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tag room as:</source>
        <translation>为聊天室添加标签：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Low priority</source>
        <translation>低优先级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server notice</source>
        <translation>服务器通知</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create new tag...</source>
        <translation>创建新标签…</translation>
    </message>
</context>
<context>
    <name>RoomMembers</name>
    <message>
        <location filename="../qml/dialogs/RoomMembers.qml" line="+20"/>
        <source>Members of %1</source>
        <translation>%1 的成员</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n people in %1</source>
        <comment>Summary above list of members</comment>
        <translation>
            <numerusform>%n 人在 %1 中</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invite more people</source>
        <translation>邀请更多人加入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Search...</source>
        <translation>搜索...</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sort by: </source>
        <translation>排序方式： </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>昵称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power level</source>
        <translation>权限等级</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>This room is not encrypted!</source>
        <translation>此聊天室未加密！</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user is verified.</source>
        <translation>此用户已通过验证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user isn&apos;t verified, but is still using the same master key from the first time you met.</source>
        <translation>此用户未经验证，但仍在使用与你第一次见面时相同的主密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This user has unverified devices!</source>
        <translation>该用户有未经验证的设备！</translation>
    </message>
</context>
<context>
    <name>RoomSettings</name>
    <message>
        <location filename="../../src/ui/RoomSettings.cpp" line="+244"/>
        <source>Failed to enable encryption: %1</source>
        <translation>未能启用加密：%1</translation>
    </message>
    <message>
        <location line="+404"/>
        <source>Select an avatar</source>
        <translation>选择一个头像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected file is not an image</source>
        <translation>所选文件不是图像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error while reading file: %1</source>
        <translation>读取文件时出错：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+19"/>
        <source>Failed to upload image: %s</source>
        <translation>未能上传图像：%s</translation>
    </message>
</context>
<context>
    <name>RoomSettingsDialog</name>
    <message>
        <location filename="../qml/dialogs/RoomSettingsDialog.qml" line="+27"/>
        <source>Room Settings</source>
        <translation>聊天室设置</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Change room avatar.</source>
        <translation>更改聊天室头像。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Change name of this room</source>
        <translation>更改此聊天室的名称</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Since room state can&apos;t be encrypted, make sure no confidential information is stored in the room name!</source>
        <translation>由于房间状态无法加密，请确保房间名称中没有存储机密信息！</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View members of %1</source>
        <translation>查看 %1 的成员</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No topic set</source>
        <translation>未设置话题</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Change topic of this room</source>
        <translation>更改此聊天室的话题</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Since room state can&apos;t be encrypted, make sure no confidential information is stored in the room topic!</source>
        <translation>由于房间状态无法加密，请确保房间主题中没有存储机密信息！</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>NOTIFICATIONS</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Muted</source>
        <translation>静音</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentions only</source>
        <translation>仅提及时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All messages</source>
        <translation>所有消息</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ENTRY PERMISSIONS</source>
        <translation>条目权限</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Anyone can join</source>
        <translation>任何人都可以加入</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Allow knocking</source>
        <translation>允许请求加入</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Allow joining via other rooms</source>
        <translation>允许通过其他聊天室加入</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rooms to join via</source>
        <translation>通过以下方式加入的聊天室</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+242"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="-241"/>
        <source>Change the list of rooms users can join this room via. Usually this is the official community of this room.</source>
        <translation>更改用户可以加入此聊天室的聊天室列表。通常这是此聊天室的官方社区。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allow guests to join</source>
        <translation>允许访客加入</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apply access rules</source>
        <translation>应用访问规则</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MESSAGE VISIBILITY</source>
        <translation>消息可见性</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow viewing history without joining</source>
        <translation>允许在不加入的情况下查看历史记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is useful to see previews of the room or view it on public websites.</source>
        <translation>这对于查看聊天室预览或在公开网站上查看聊天室较为有用。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Members can see messages since</source>
        <translation>成员可以查看消息自</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How much of the history is visible to joined members. Changing this won&apos;t affect the visibility of already sent messages. It only applies to new messages.</source>
        <translation>已加入的成员可以看到多少历史消息。更改此选项不会影响已发送消息的可见性。它只适用于新消息。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Everything</source>
        <translation>所有</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As long as the user joined, they can see all previous messages.</source>
        <translation>用户只要加入，就能看到之前所有的消息。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They got invited</source>
        <translation>他们被邀请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members can only see messages from when they got invited going forward.</source>
        <translation>成员只能看到从他们被邀请后的消息。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>They joined</source>
        <translation>他们加入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members can only see messages since after they joined.</source>
        <translation>成员只能看到从他们加入后的消息。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply visibility changes</source>
        <translation>应用可见性更改</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Locally hidden events</source>
        <translation>本地隐藏事件</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+18"/>
        <location line="+60"/>
        <location line="+12"/>
        <source>Configure</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Select events to hide in this room</source>
        <translation>选择在此聊天室中要隐藏的事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic event deletion</source>
        <translation>自动删除事件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select if your events get automatically deleted in this room.</source>
        <translation>选择你的事件是否会在此聊天室自动删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GENERAL SETTINGS</source>
        <translation>通用设置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>End-to-End Encryption</source>
        <translation>端到端加密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encryption is currently experimental and things might break unexpectedly. &lt;br&gt;
                                Please take note that it can&apos;t be disabled afterwards.</source>
        <translation>加密当前处于实验阶段，可能会出现意外故障。&lt;br&gt;
                                请注意，之后无法禁用它。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Permission</source>
        <translation>权限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>View and change the permissions in this room</source>
        <translation>查看和更改此聊天室的权限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>View and change the addresses/aliases of this room</source>
        <translation>查看和更改此聊天室的地址/别名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sticker &amp; Emote Settings</source>
        <translation>贴纸和表情设置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change what packs are enabled, remove packs, or create new ones</source>
        <translation>更改已启用的表情包，删除表情包或创建新表情包</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>INFO</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Internal ID</source>
        <translation>内部 ID</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copied to clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Room Version</source>
        <translation>聊天室版本</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>show less</source>
        <translation>显示更少</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>show more</source>
        <translation>显示更多</translation>
    </message>
</context>
<context>
    <name>RoomlistModel</name>
    <message>
        <location filename="../../src/timeline/RoomlistModel.cpp" line="+159"/>
        <source>Pending invite.</source>
        <translation>等待邀请。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Previewing this room</source>
        <translation>预览此聊天室</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No preview available</source>
        <translation>预览不可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room is possibly inaccessible</source>
        <translation>此聊天室可能无法访问</translation>
    </message>
</context>
<context>
    <name>Root</name>
    <message>
        <location filename="../qml/Root.qml" line="+308"/>
        <source>Please enter your login password to continue:</source>
        <translation>请输入你的登录密码以继续：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please enter a valid email address to continue:</source>
        <translation>请输入有效的电子邮件地址以继续：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please enter a valid phone number to continue:</source>
        <translation>请输入有效的电话号码以继续：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please enter the token which has been sent to you:</source>
        <translation>请输入已发送给你的令牌：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wait for the confirmation link to arrive, then continue.</source>
        <translation>请等待确认链接送达，然后再继续。</translation>
    </message>
</context>
<context>
    <name>ScreenShare</name>
    <message>
        <location filename="../qml/voip/ScreenShare.qml" line="+30"/>
        <source>Share desktop with %1?</source>
        <translation>与 %1 共享桌面？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Method:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Request screencast</source>
        <translation>请求屏幕共享</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Frame rate:</source>
        <translation>帧率：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Include your camera picture-in-picture</source>
        <translation>包括你的摄像头画中画</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Request remote camera</source>
        <translation>请求远程摄像头</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>View your callee&apos;s camera like a regular video call</source>
        <translation>像普通视频通话一样查看对方的摄像头</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide mouse cursor</source>
        <translation>隐藏鼠标光标</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SecretStorage</name>
    <message>
        <location filename="../../src/Cache.cpp" line="-5120"/>
        <source>Failed to connect to secret storage</source>
        <translation>未能连接秘密存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nheko could not connect to the secure storage to save encryption secrets to. This can have multiple reasons. Check if your D-Bus service is running and you have configured a service like KWallet, Gnome Keyring, KeePassXC or the equivalent for your platform. If you are having trouble, feel free to open an issue here: https://github.com/Nheko-Reborn/nheko/issues</source>
        <translation>Nheko 无法连接到安全存储以保存加密机密。这可能有多种原因。检查你的 D-Bus 服务是否正在运行，是否为你的平台配置了 KWallet、Gnome Keyring、KeePassXC 或类似的服务。如果你遇到问题，请随时在此处提出问题：https://github.com/Nheko-Reborn/nheko/issues</translation>
    </message>
</context>
<context>
    <name>SelfVerificationCheck</name>
    <message>
        <location filename="../qml/SelfVerificationCheck.qml" line="+50"/>
        <source>This is your recovery key. You will need it to restore access to your encrypted messages and verification keys. Keep this safe. Don&apos;t share it with anyone and don&apos;t lose it! Do not pass go! Do not collect $200!</source>
        <translation>这是你的恢复密钥。你将需要它来恢复对加密消息和验证密钥的访问。请保管好它。不要与任何人分享，也不要丢失！切记！</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Encryption setup successfully</source>
        <translation>加密设置成功</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Failed to setup encryption: %1</source>
        <translation>未能设置加密：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Setup Encryption</source>
        <translation>设置加密</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hello and welcome to Matrix!
It seems like you are new. Before you can securely encrypt your messages, we need to setup a few small things. You can either press accept immediately or adjust a few basic options. We also try to explain a few of the basics. You can skip those parts, but they might prove to be helpful!</source>
        <translation>你好，欢迎来到 Matrix！
你似乎是新人。在你可以安全地加密你的消息之前，我们需要设置一些小东西。你可以立即按接受或调整一些基本选项。我们还尝试解释一些基础知识。你可以跳过这些部分，但它们可能会有所帮助！</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Activate Encryption</source>
        <translation>激活加密</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It seems like you have encryption already configured for this account. To be able to access your encrypted messages and make this device appear as trusted, you can either verify an existing device or (if you have one) enter your recovery passphrase. Please select one of the options below.
If you choose verify, you need to have the other device available. If you choose &quot;enter passphrase&quot;, you will need your recovery key or passphrase. If you click cancel, you can choose to verify yourself at a later point.</source>
        <translation>你似乎已为此帐户配置了加密。为了能够访问你的加密消息并使此设备显示为受信任，你可以验证现有设备或输入你的恢复口令（如果有的话）。请选择以下选项之一。
如果选择验证，则需要另一台设备可用。如果你选择“输入密码”，你将需要你的恢复密钥或口令。如果点击取消，你可以选择稍后验证自己。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>enter passphrase</source>
        <translation>输入口令</translation>
    </message>
</context>
<context>
    <name>SelfVerificationStatus</name>
    <message>
        <location filename="../../src/encryption/SelfVerificationStatus.cpp" line="+53"/>
        <source>Failed to create keys for cross-signing!</source>
        <translation>未能创建用于交叉签名的密钥！</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Failed to create keys for online key backup!</source>
        <translation>未能为在线密钥备份创建密钥！</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Failed to create keys for secure server side secret storage!</source>
        <translation>未能为安全的服务器端秘密存储创建密钥！</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Encryption Setup</source>
        <translation>加密设置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encryption setup failed: %1</source>
        <translation>加密设置失败：%1</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Identity key changed. This breaks E2EE, so logging out.</source>
        <translation>身份密钥已改变。此操作破坏了 E2EE，因此请退出登录。</translation>
    </message>
</context>
<context>
    <name>SingleImagePackModel</name>
    <message>
        <location filename="../../src/SingleImagePackModel.cpp" line="+284"/>
        <location line="+15"/>
        <location line="+19"/>
        <source>Failed to update image pack: %1</source>
        <translation>未能更新表情包：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Failed to delete old image pack: %1</source>
        <translation>未能删除旧表情包：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+45"/>
        <source>Failed to open image: %1</source>
        <translation>未能打开图像：%1</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+29"/>
        <source>Failed to upload image: %1</source>
        <translation>未能上传图片：%1</translation>
    </message>
</context>
<context>
    <name>SpaceMenu</name>
    <message>
        <location filename="../qml/components/SpaceMenu.qml" line="+16"/>
        <source>Add or remove from community...</source>
        <translation>在社区中添加或移除...</translation>
    </message>
</context>
<context>
    <name>SpaceMenuLevel</name>
    <message>
        <location filename="../qml/components/SpaceMenuLevel.qml" line="+28"/>
        <source>Official community for this room</source>
        <translation>此聊天室的官方社区</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Affiliated community for this room</source>
        <translation>此聊天室的附属社区</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed only for community members</source>
        <translation>仅为社区成员列出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listed only for room members</source>
        <translation>仅为聊天室成员列出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not related</source>
        <translation>不相关的</translation>
    </message>
</context>
<context>
    <name>StatusIndicator</name>
    <message>
        <location filename="../qml/StatusIndicator.qml" line="+18"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>已读</translation>
    </message>
</context>
<context>
    <name>StickerPicker</name>
    <message>
        <location filename="../qml/emoji/StickerPicker.qml" line="+69"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Change what packs are enabled, remove packs, or create new ones</source>
        <translation>更改已启用的表情包，删除表情包或创建新表情包</translation>
    </message>
</context>
<context>
    <name>Success</name>
    <message>
        <location filename="../qml/device-verification/Success.qml" line="+10"/>
        <source>Successful Verification</source>
        <translation>验证成功</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Verification successful! Both sides verified their devices!</source>
        <translation>验证成功！双方都验证了他们的设备！</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>TimelineDefaultMessageStyle</name>
    <message>
        <location filename="../qml/TimelineDefaultMessageStyle.qml" line="+167"/>
        <source>Part of a thread</source>
        <translation>消息列的一部分</translation>
    </message>
</context>
<context>
    <name>TimelineEvent</name>
    <message>
        <location filename="../qml/TimelineEvent.qml" line="+88"/>
        <source>%1 placed a voice call.</source>
        <translation>%1 发起了语音通话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 placed a video call.</source>
        <translation>%1 发起了视频通话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 placed a call.</source>
        <translation>%1 发起了通话。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 answered the call.</source>
        <translation>%1 接听了通话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected the call.</source>
        <translation>%1 拒绝了通话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 selected answer.</source>
        <translation>%1 选择了选项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ended the call.</source>
        <translation>%1 已结束通话。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>%1 is negotiating the call...</source>
        <translation>%1 正在接通中...</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Allow them in</source>
        <translation>允许加入</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This room was replaced for the following reason: %1</source>
        <translation>此聊天室由于以下原因被替换：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Go to replacement room</source>
        <translation>转到更换后的聊天室</translation>
    </message>
</context>
<context>
    <name>TimelineMetadata</name>
    <message>
        <location filename="../qml/TimelineMetadata.qml" line="+40"/>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Part of a thread</source>
        <translation>消息列的一部分</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/timeline/TimelineModel.cpp" line="+1604"/>
        <location line="+17"/>
        <source>Message redaction failed: %1</source>
        <translation>删除消息失败：%1</translation>
    </message>
    <message>
        <location line="+122"/>
        <location line="+5"/>
        <source>Failed to encrypt event, sending aborted!</source>
        <translation>未能加密事件，发送中止！</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Save image</source>
        <translation>保存图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save video</source>
        <translation>保存视频</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save audio</source>
        <translation>保存音频</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save file</source>
        <translation>保存文件</translation>
    </message>
    <message numerus="yes">
        <location line="+348"/>
        <source>%1 and %2 are typing.</source>
        <comment>Multiple users are typing. First argument is a comma separated list of potentially multiple users. Second argument is the last user of that list. (If only one user is typing, %1 is empty. You should still use it in your string though to silence Qt warnings.)</comment>
        <translation>
            <numerusform>%1 和 %2 正在输入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 opened the room to the public.</source>
        <translation>%1 公开了此聊天室。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 allowed to join this room by knocking.</source>
        <translation>%1 允许通过请求加入来加入此聊天室。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 allowed members of the following rooms to automatically join this room: %2</source>
        <translation>%1 允许下列聊天室的成员自动加入此聊天室：%2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 made the room open to guests.</source>
        <translation>%1 使聊天室对访客开放。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has closed the room to guest access.</source>
        <translation>%1 已禁止聊天室对访客开放访问。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 made the room history world readable. Events may be now read by non-joined people.</source>
        <translation>%1 使聊天室历史消息变得可读。未加入的人现在可以阅读事件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 set the room history visible to members from this point on.</source>
        <translation>%1 已设置仅成员从此时起能够阅读此聊天室中的历史消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 set the room history visible to members since they were invited.</source>
        <translation>%1 已设置仅成员从被邀请开始能够阅读此聊天室中的历史消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 set the room history visible to members since they joined the room.</source>
        <translation>%1 已设置仅成员从加入开始能够阅读此聊天室中的历史消息。</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+245"/>
        <source>%1 has changed the room&apos;s permissions.</source>
        <translation>%1 已更改聊天室的权限。</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>%1 has changed the room&apos;s kick powerlevel from %2 to %3.</source>
        <translation>%1 已将聊天室的踢人权限等级从 %2 更改为 %3。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n member(s) can now kick room members.</source>
        <translation>
            <numerusform>现在有 %n 个成员可以踢出聊天室成员。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can now kick room members.</source>
        <translation>%1 现在可以踢出聊天室成员。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has changed the room&apos;s redact powerlevel from %2 to %3.</source>
        <translation>%1 已将聊天室的删除权限等级从 %2 更改为 %3。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n member(s) can now redact room messages.</source>
        <translation>
            <numerusform>现在有 %n 个成员可以删除聊天室消息。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can now redact room messages.</source>
        <translation>%1 现在可以删除聊天室消息。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has changed the room&apos;s ban powerlevel from %2 to %3.</source>
        <translation>%1 已将聊天室的封禁权限等级从 %2 更改为 %3。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n member(s) can now ban room members.</source>
        <translation>
            <numerusform>现在有 %n 个成员可以封禁聊天室成员。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can now ban room members.</source>
        <translation>%1 现在可以封禁聊天室成员。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has changed the room&apos;s state_default powerlevel from %2 to %3.</source>
        <translation>%1 已将聊天室的 state_default 权限等级从 %2 更改为 %3。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n member(s) can now send state events.</source>
        <translation>
            <numerusform>现在 %n 个成员可以发送状态事件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 can now send state events.</source>
        <translation>%1 现在可以发送状态事件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has changed the room&apos;s invite powerlevel from %2 to %3.</source>
        <translation>%1 已将聊天室的邀请权限等级从 %2 更改为 %3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has changed the room&apos;s events_default powerlevel from %2 to %3. New users can now not send any events.</source>
        <translation>%1 已将聊天室的 events_default 权限等级从 %2 更改为 %3。新用户现在不能发送任何事件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has changed the room&apos;s events_default powerlevel from %2 to %3. New users can now send events that are not otherwise restricted.</source>
        <translation>%1 已将聊天室的 events_default 权限等级从 %2 更改为 %3。新用户现在可以发送没有其他限制的事件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has changed the room&apos;s events_default powerlevel from %2 to %3.</source>
        <translation>%1 已将聊天室的 events_default 权限等级从 %2 更改为 %3。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has made %2 an administrator of this room.</source>
        <translation>%1 已将 %2 设为此聊天室的管理员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has made %2 a moderator of this room.</source>
        <translation>%1 已将 %2 指定为该聊天室的协管员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has downgraded %2 to moderator of this room.</source>
        <translation>%1 已将 %2 降级为此聊天室的协管员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has changed the powerlevel of %2 from %3 to %4.</source>
        <translation>%1 已将 %2 的权限等级从 %3 改为 %4。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 allowed only administrators to send &quot;%2&quot;.</source>
        <translation>%1 仅允许管理员发送 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 allowed only moderators to send &quot;%2&quot;.</source>
        <translation>%1 仅允许协管员发送 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 allowed everyone to send &quot;%2&quot;.</source>
        <translation>%1 允许所有人发送 &quot;%2&quot;。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has changed the powerlevel of event type &quot;%2&quot; from the default to %3.</source>
        <translation>%1 已将事件类型 &quot;%2&quot; 的权限等级从默认值更改为 %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has changed the powerlevel of event type &quot;%2&quot; from %3 to %4.</source>
        <translation>%1 已将事件类型 &quot;%2&quot; 的权限等级从 %3 更改为 %4。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>(empty)</source>
        <translation>(空白)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 removed the following images from the pack %2:&lt;br&gt;%3</source>
        <translation>%1 在表情包 %2 中删除了以下图像:&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 added the following images to the pack %2:&lt;br&gt;%3</source>
        <translation>%1 在表情包 %2 中添加了以下图像:&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the sticker and emotes in this room.</source>
        <translation>%1 更改了此聊天室中的贴纸和表情。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 disabled the rule to ban users matching %2.</source>
        <translation>%1 禁用了封禁与 %2 匹配的用户的规则。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 added a rule to ban users matching %2 for &apos;%3&apos;.</source>
        <translation>%1 为 “%3” 添加了封禁与 %2 匹配的用户的规则。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 disabled the rule to ban rooms matching %2.</source>
        <translation>%1 禁用了封禁与 %2 匹配的聊天室的规则。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 added a rule to ban rooms matching %2 for &apos;%3&apos;.</source>
        <translation>%1 为 “%3” 添加了封禁与 %2 匹配的聊天室的规则。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 disabled the rule to ban servers matching %2.</source>
        <translation>%1 禁用了封禁与 %2 匹配的服务器的规则。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 added a rule to ban servers matching %2 for &apos;%3&apos;.</source>
        <translation>%1 为 “%3” 添加了封禁与 %2 匹配的服务器的规则。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Removed by %1</source>
        <translation>已被 %1 移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) removed this message at %3</source>
        <translation>%1 (%2) 已移除此消息于 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed by %1 because: %2</source>
        <translation>已被 %1 移除因为：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) removed this message at %3
Reason: %4</source>
        <translation>%1 (%2) 移除了此消息于 %3
理由：%4</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>%2 revoked the invite to %1.</source>
        <translation>%2 撤销了对 %1 的邀请。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%2 kicked %1.</source>
        <translation>%2 踢出了 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%2 unbanned %1.</source>
        <translation>%2 解封了 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%2 rejected the knock from %1.</source>
        <translation>%2 拒绝了来自 %1 的加入请求。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 changed their avatar.</source>
        <translation>%1 更改了其头像。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed some profile info.</source>
        <translation>%1 更改了一些个人资料信息。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 joined.</source>
        <translation>%1 已加入。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 joined via authorisation from %2&apos;s server.</source>
        <translation>%1 已通过来自 %2 的服务器的授权加入。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 rejected their invite.</source>
        <translation>%1 拒绝了其邀请。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 left the room.</source>
        <translation>%1 离开了聊天室。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 redacted their knock.</source>
        <translation>%1 删除了其加入请求。</translation>
    </message>
    <message>
        <location line="-2312"/>
        <source>%1 changed which servers are allowed in this room.</source>
        <translation>%1 更改了允许在此聊天室使用的服务器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 removed the room name.</source>
        <translation>%1 移除了聊天室名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed the room name to: %2</source>
        <translation>%1 将聊天室名称更改为：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 removed the topic.</source>
        <translation>%1 移除了话题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed the topic to: %2</source>
        <translation>%1 将话题更改为：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed the room avatar to: %2</source>
        <translation>%1 将聊天室头像更改为：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 removed the room avatar.</source>
        <translation>%1 移除了聊天室头像。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed the pinned messages.</source>
        <translation>%1 更改了置顶消息。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 changed the addresses for this room.</source>
        <translation>%1 更改了此聊天室的地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed the parent communities for this room.</source>
        <translation>%1 更改了此聊天室的父社区。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 created and configured room: %2</source>
        <translation>%1 创建并配置了聊天室：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 changed unknown state event %2.</source>
        <translation>%1 更改了未知状态事件 %2。</translation>
    </message>
    <message>
        <location line="+555"/>
        <source>You joined this room.</source>
        <translation>你已加入此聊天室。</translation>
    </message>
    <message numerus="yes">
        <location line="+115"/>
        <source>%n hour(s) later</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message>
        <location line="+913"/>
        <source>%1 made this room require an invitation to join.</source>
        <translation>%1 使此聊天室需要邀请才能加入。</translation>
    </message>
    <message>
        <location line="+620"/>
        <source>%1 invited %2.</source>
        <translation>%1 邀请了 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has changed their avatar and changed their display name to %2.</source>
        <translation>%1 已更改其头像并将其昵称更改为 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has changed their display name to %2.</source>
        <translation>%1 已将其昵称更改为 %2。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 left after having already left!</source>
        <comment>This is a leave event after the user already left and shouldn&apos;t happen apart from state resets</comment>
        <translation>%1 在已经离开后又离开了！</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 banned %2</source>
        <translation>%1 封禁了 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 knocked.</source>
        <translation>%1 已请求加入。</translation>
    </message>
</context>
<context>
    <name>TimelineSectionHeader</name>
    <message>
        <location filename="../qml/TimelineSectionHeader.qml" line="+139"/>
        <source>%1&apos;s status message</source>
        <translation>%1 的状态消息</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../qml/TimelineView.qml" line="+51"/>
        <source>No room open</source>
        <translation>未打开聊天室</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>You are about to notify the whole room</source>
        <translation>你即将通知整个聊天室</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You will be mentioning %1</source>
        <translation>你将提及 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The command /%1 is not recognized and will be sent as part of your message</source>
        <translation>命令 /%1 无效，将作为消息的一部分发送</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>/%1 looks like an incomplete command. To send it anyway, add a space to the end of your message.</source>
        <translation>命令 /%1 似乎不完整。如果仍然要发送，请在消息末尾添加空格。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No preview available</source>
        <translation>预览不可用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>View members of %1</source>
        <translation>查看 %1 的成员</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This room is possibly inaccessible. If this room is private, you should remove it from this community.</source>
        <translation>此聊天室可能无法访问。如果此聊天室是私有的，你应该将它从此社区中移除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>join the conversation</source>
        <translation>加入对话</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>accept invite</source>
        <translation>接受邀请</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>decline invite</source>
        <translation>拒绝邀请</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>decline invite and ignore user</source>
        <translation>拒绝邀请并忽略用户</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invited by %1 (%2)</source>
        <translation>邀请自 %1 (%2)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Hide invite reason</source>
        <translation>隐藏邀请理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show invite reason</source>
        <translation>显示邀请理由</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back to room list</source>
        <translation>返回聊天室列表</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../qml/TopBar.qml" line="+20"/>
        <source>No room selected</source>
        <translation>未选择聊天室</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>In %1</source>
        <translation>在 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Back to room list</source>
        <translation>返回聊天室列表</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Show only notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show or hide pinned messages</source>
        <translation>显示或隐藏置顶消息</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show room members.</source>
        <translation>显示聊天室成员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This room contains only verified devices.</source>
        <translation>此聊天室仅包含经过验证的设备。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room contains verified devices and devices which have never changed their master key.</source>
        <translation>该聊天室包含经过验证的设备和从未更改其主密钥的设备。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This room contains unverified devices!</source>
        <translation>此聊天室包含未经验证的设备！</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Search this room</source>
        <translation>搜索此聊天室</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Room options</source>
        <translation>聊天室选项</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Invite users</source>
        <translation>邀请用户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave room</source>
        <translation>离开聊天室</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Unpin</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter search query</source>
        <translation>输入搜索查询</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../../src/TrayIcon.cpp" line="+110"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>
%n unread message(s)</source>
        <translation>
            <numerusform>
%n 条未读消息</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UIA</name>
    <message>
        <location filename="../../src/ui/UIA.cpp" line="+58"/>
        <source>No available registration flows!</source>
        <translation>没有可用的注册流程！</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+22"/>
        <location line="+13"/>
        <source>Registration aborted</source>
        <translation>注册已终止</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Please enter a valid registration token.</source>
        <translation>请输入有效的注册令牌。</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Invalid token</source>
        <translation>无效令牌</translation>
    </message>
</context>
<context>
    <name>UploadBox</name>
    <message numerus="yes">
        <location filename="../qml/UploadBox.qml" line="+90"/>
        <source>Upload %n file(s)</source>
        <translation>
            <numerusform>上传文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserProfile</name>
    <message>
        <location filename="../../src/ui/UserProfile.cpp" line="+218"/>
        <source>Sign out device %1</source>
        <translation>退出设备 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You signed out this device.</source>
        <translation>你已退出此设备。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Failed to ignore &quot;%1&quot;: %2</source>
        <translation>未能忽略 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Select an avatar</source>
        <translation>选择一个头像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The selected file is not an image</source>
        <translation>所选文件不是图像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error while reading file: %1</source>
        <translation>读取文件时出错：%1</translation>
    </message>
    <message>
        <location filename="../qml/dialogs/UserProfile.qml" line="+25"/>
        <source>Global User Profile</source>
        <translation>全局用户资料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Room User Profile</source>
        <translation>聊天室用户资料</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Change avatar globally.</source>
        <translation>全局更改头像。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change avatar. Will only apply to this room.</source>
        <translation>更换头像。仅适用于此聊天室。</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Change display name globally.</source>
        <translation>全局更改昵称。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change display name. Will only apply to this room.</source>
        <translation>更改昵称。将只适用于此聊天室。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&lt;i&gt;&lt;b&gt;Status:&lt;/b&gt; %1&lt;/i&gt;</source>
        <translation>&lt;i&gt;&lt;b&gt;状态：&lt;/b&gt; %1&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Room: %1</source>
        <translation>聊天室：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a room-specific profile. The user&apos;s name and avatar may be different from their global versions.</source>
        <translation>这是特定于聊天室的个人资料。用户的姓名和头像可能与其全局版本不同。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the global profile for this user.</source>
        <translation>打开此用户的全局个人资料。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+247"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Start a private chat.</source>
        <translation>开始私聊。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kick the user.</source>
        <translation>踢出用户。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ban the user.</source>
        <translation>封禁用户。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unignore the user.</source>
        <translation>取消忽略用户。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ignore the user.</source>
        <translation>忽略用户。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refresh device list.</source>
        <translation>刷新设备列表。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shared Rooms</source>
        <translation>共同加入的聊天室</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Sign out this device.</source>
        <translation>登出此设备。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Change device name.</source>
        <translation>更改设备名称。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Last seen %1 from %2</source>
        <translation>上次看到 %1 是在 %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unverify</source>
        <translation>取消验证</translation>
    </message>
</context>
<context>
    <name>UserSettings</name>
    <message>
        <location filename="../../src/UserSettingsPage.h" line="+288"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>UserSettingsModel</name>
    <message>
        <location filename="../../src/UserSettingsPage.cpp" line="+1048"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale factor</source>
        <translation>比例系数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlight message on hover</source>
        <translation>悬停时突出显示消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large Emoji in timeline</source>
        <translation>大号表情符号于时间线上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimize to tray</source>
        <translation>最小化至托盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start in tray</source>
        <translation>在托盘启动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scrollbars in room list</source>
        <translation>聊天室列表中的滚动条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send messages as Markdown</source>
        <translation>以 Markdown 格式发送消息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable message bubbles</source>
        <translation>启用消息气泡</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enable small Avatars</source>
        <translation>启用小头像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play animated images only on hover</source>
        <translation>仅在悬停时播放动画图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show images automatically</source>
        <translation>自动显示图片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typing notifications</source>
        <translation>正在输入通知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort rooms by unreads</source>
        <translation>按未读消息数对聊天室进行排序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sort rooms alphabetically</source>
        <translation>按字母顺序排序聊天室</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show buttons in timeline</source>
        <translation>在时间线中显示按钮</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit width of timeline</source>
        <translation>限制时间线的宽度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read receipts</source>
        <translation>已读回执</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden events</source>
        <translation>隐藏事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored users</source>
        <translation>已忽略用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desktop notifications</source>
        <translation>桌面通知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert on notification</source>
        <translation>通知提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Circular Avatars</source>
        <translation>圆形头像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use identicons</source>
        <translation>使用 Identicon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open images with external program</source>
        <translation>用外部程序打开图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open videos with external program</source>
        <translation>使用外部程序打开视频</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypt messages in sidebar</source>
        <translation>解密侧边栏中的消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decrypt notifications</source>
        <translation>解密通知</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Display fancy effects such as confetti</source>
        <translation>显示花哨的效果例如彩色纸屑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce or disable animations</source>
        <translation>减少或禁用动画</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy Screen</source>
        <translation>隐私屏幕</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privacy screen timeout (in seconds [0 - 3600])</source>
        <translation>隐私屏幕超时（以秒为单位 [0 - 3600]）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Touchscreen mode</source>
        <translation>触屏模式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Font size</source>
        <translation>字体大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Font Family</source>
        <translation>字体系列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emoji Font Family</source>
        <translation>Emoji 贴纸集</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ringtone</source>
        <translation>铃声</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera resolution</source>
        <translation>摄像头分辨率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Camera frame rate</source>
        <translation>摄像头帧率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow fallback call assist server</source>
        <translation>允许使用通话辅助服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send encrypted messages to verified users only</source>
        <translation>仅向经过验证的用户发送加密消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share keys with verified users and devices</source>
        <translation>与经过验证的用户和设备共享密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online Key Backup</source>
        <translation>在线密钥备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accesstoken</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device Fingerprint</source>
        <translation>设备指纹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Homeserver</source>
        <translation>主服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GENERAL</source>
        <translation>通用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACCESSIBILITY</source>
        <translation>可访问性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TIMELINE</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIDEBAR</source>
        <translation>侧边栏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TRAY</source>
        <translation>托盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GLOBAL MESSAGE VISIBILITY</source>
        <translation>全局消息可见性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NOTIFICATIONS</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CALLS</source>
        <translation>通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ENCRYPTION</source>
        <translation>加密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>INFO</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session Keys</source>
        <translation>会话密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross Signing Secrets</source>
        <translation>交叉密钥验证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online backup key</source>
        <translation>在线备份密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Self signing key</source>
        <translation>自签名密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User signing key</source>
        <translation>用户签名密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Master signing key</source>
        <translation>主签名密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expose room information via D-Bus</source>
        <translation>通过 D-Bus 公开聊天室信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodically update community routing information</source>
        <translation>定期更新社区路由信息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodically delete expired events</source>
        <translation>定期删除过期的事件</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Set the notification sound to play when a call invite arrives</source>
        <translation>设置当受到通话邀请时发出的通知音</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Set timeout (in seconds) for how long after window loses
focus before the screen will be blurred.
Set to 0 to blur immediately after focus loss. Max value of 1 hour (3600 seconds)</source>
        <translation>设置窗口失去焦点后超时多久（以秒为单位）
会模糊屏幕。
设置为 0 则将在失去焦点后立刻模糊。最大值为 1 小时（3600 秒）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the background color of messages when you hover over them.</source>
        <translation>将鼠标悬停在消息上时更改消息的背景颜色。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make font size larger if messages with only a few emojis are displayed.</source>
        <translation>如果消息仅显示几个表情符号便会增大字体大小。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the application running in the background after closing the client window.</source>
        <translation>关闭客户端窗口后保持应用程序在后台运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the application in the background without showing the client window.</source>
        <translation>在后台启动应用程序而不显示客户端窗口。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shows scrollbars in the room list and communities list.</source>
        <translation>在聊天室列表与社区列表中显示滚动条。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow using markdown in messages.
When disabled, all messages are sent as a plain text.</source>
        <translation>允许在消息中使用 Markdown。
禁用时，所有消息都以纯文本形式发送。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Messages get a bubble background. This also triggers some layout changes (WIP).</source>
        <translation>消息获得气泡背景。这也会触发一些布局变化 (WIP)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avatars are resized to fit above the message.</source>
        <translation>头像会调整大小以适合消息上方。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plays media like GIFs or WEBPs only when explicitly hovering over them.</source>
        <translation>仅在鼠标明确悬停在 GIF 或 WEBP 等媒体上时播放它们。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If images should be automatically displayed. You can select between always showing images by default, only show them by default in private rooms or always require interaction to show images.</source>
        <translation>如果图片应自动显示。您可以选择始终默认显示图片、仅在私人房间中默认显示，或始终需要交互才能显示图片。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show who is typing in a room.
This will also enable or disable sending typing notifications to others.</source>
        <translation>显示在聊天室中正在输入的人。
这也将启用或禁用向其他人发送正在输入通知。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show buttons to quickly reply, react or access additional options next to each message.</source>
        <translation>在每条消息旁边显示快速回复、回应或访问其他选项的按钮。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Configure whether to show or hide certain events like room joins.</source>
        <translation>配置是否显示或隐藏某些事件，如加入聊天室。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notify about received messages when the client is not currently focused.</source>
        <translation>当客户端当前未被聚焦时通知收到的消息。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the appearance of user avatars in chats.
OFF - square, ON - circle.</source>
        <translation>更改聊天中用户头像的外观。
OFF - 方形，ON - 圆形。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Decrypt messages shown in notifications for encrypted chats.</source>
        <translation>解密加密聊天的通知中显示的消息。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose where to show the total number of notifications contained within a community or tag.</source>
        <translation>选择在何处显示社区或标签中包含的通知总数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some messages can be sent with fancy effects. For example, messages sent with &apos;/confetti&apos; will show confetti on screen.</source>
        <translation>有些消息可以用花哨的效果发送。例如，使用“/confetti”发送的消息将在屏幕上显示彩色纸屑。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nheko uses animations in several places to make stuff pretty. This allows you to turn those off if they make you feel unwell.</source>
        <translation>Nheko 在多处使用动画以使页面过渡流畅。如果这些动画让你感觉不舒服，你可以把它们关掉。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Will prevent swipe motions like swiping left/right between Rooms and Timeline, or swiping a message to reply.</source>
        <translation>将禁用滑动操作，例如在聊天室和时间线之间左右滑动，或是滑动消息进行回复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the scale factor of the whole user interface. Requires a restart to take effect.</source>
        <translation>更改整个用户界面的缩放比例。需要重启才能生效。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatically replies to key requests from other users if they are verified, even if that device shouldn&apos;t have access to those keys otherwise.</source>
        <translation>如果其他用户已通过验证，则自动回复他们的密钥请求，即使该设备不应该以其他方式访问这些密钥。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The key to verify your own devices. If it is cached, verifying one of your devices will mark it verified for all your other devices and for users that have verified you.</source>
        <translation>验证你自己的设备的密钥。如果它已被缓存，验证你的设备之一将为你的所有其他设备和已验证你的用户标记它为已验证。</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Show an alert when a message is received.
This usually causes the application icon in the task bar to animate in some fashion.</source>
        <translation>收到消息时显示通知。
这通常会导致任务栏中的应用程序图标以某种方式呈现动画效果。</translation>
    </message>
    <message>
        <location line="-374"/>
        <source>Communities sidebar</source>
        <translation>社区侧边栏</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send messages with a shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Show message counts for communities and tags</source>
        <translation>显示社区和标签的消息计数</translation>
    </message>
    <message>
        <location line="+252"/>
        <source>Set the max width of messages in the timeline (in pixels). This can help readability on wide screen when Nheko is maximized</source>
        <translation>设置时间线中消息的最大宽度（以像素为单位）。 当 Nheko 最大化时，这有助于提高宽屏上的可读性</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Show a column containing communities and tags next to the room list.</source>
        <translation>在聊天室列表旁边显示包含社区和标签的列。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select what Enter key combination sends the message. Shift+Enter adds a new line, unless it has been selected, in which case Enter adds a new line instead.

If an emoji picker or a mention picker is open, it is always handled first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Display rooms with new messages first.
If this is off, the list of rooms will only be sorted by the preferred sorting order.
If this is on, rooms which have active notifications (the small circle with a number in it) will be sorted on top. Rooms that you have muted will still be sorted by the preferred sorting order, since you don&apos;t seem to consider them as important as the other rooms.</source>
        <translation>首先显示有新消息的聊天室。
如果关闭，聊天室列表将仅按首选排序顺序排序。
如果打开，有活跃通知的聊天室（带数字的小圆圈）将排序在前。你已经静音的聊天室仍将按照首选排序顺序排序，因为你似乎并不认为它们与其它聊天室一样重要。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sort rooms alphabetically.
If this is off, the list of rooms will be sorted by the timestamp of the last message in a room.
If this is on, rooms that come first alphabetically will be sorted earlier than ones that come later.</source>
        <translation>按字母顺序排序聊天室。
如果关闭，聊天室列表将按照聊天室中最后一条消息的时间戳排序。
如果开启，则按字母顺序排序聊天室。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show if your message was read.
Status is displayed next to timestamps.
Warning: If your homeserver does not support this, your rooms will never be marked as read!</source>
        <translation>显示你的消息是否已被阅读。
状态显示在时间戳旁边。
警告：如果你的主服务器不支持此功能，你的聊天室将永远不会被标记为已读！</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Display an identicon instead of a letter when no avatar is set.</source>
        <translation>未设置头像时显示 Identicon 而不是单个字母。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens images with an external program when tapping the image.
Note that when this option is ON, opened files are left unencrypted on disk and must be manually deleted.</source>
        <translation>点击图像时使用外部程序打开图像。
请注意，当此选项打开时，打开的文件在磁盘上未加密，必须手动删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opens videos with an external program when tapping the video.
Note that when this option is ON, opened files are left unencrypted on disk and must be manually deleted.</source>
        <translation>点击视频时使用外部程序打开视频。
请注意，当此选项打开时，打开的文件在磁盘上未加密，必须手动删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decrypt the messages shown in the sidebar.
Only affects messages in encrypted chats.</source>
        <translation>解密侧边栏中显示的消息。
仅影响加密聊天中的消息。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When the window loses focus, the timeline will
be blurred.</source>
        <translation>当窗口失去焦点时，时间线将
模糊化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will prevent text selection in the timeline to make touch scrolling easier.</source>
        <translation>防止在时间线中选择文本，以使触摸滚动更容易。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Will use turn.matrix.org as assist when your home server does not offer one.</source>
        <translation>当你的主服务器没有提供通话辅助服务器时使用备用的 turn.matrix.org 服务器。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requires a user to be verified to send encrypted messages to them. This improves safety but makes E2EE more tedious.</source>
        <translation>需要验证用户才能向他们发送加密消息。 这提高了安全性，但也使 E2EE 更加繁琐。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Download message encryption keys from and upload to the encrypted online key backup.</source>
        <translation>从加密的在线密钥备份下载消息加密密钥并上传到该备份。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key to decrypt online key backups. If it is cached, you can enable online key backup to store encryption keys securely encrypted on the server.</source>
        <translation>用于解密在线密钥备份的密钥。如果它已被缓存，你可以启用在线密钥备份以将加密密钥安全地存储在服务器上。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The key to verify other users. If it is cached, verifying a user will verify all their devices.</source>
        <translation>验证其他用户的密钥。如果它已被缓存，验证用户将验证他们所有设备。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your most important key. You don&apos;t need to have it cached, since not caching it makes it less likely it can be stolen and it is only needed to rotate your other signing keys.</source>
        <translation>你最重要的密钥。你不需要缓存它，因为不缓存它可以降低它被盗的可能性，并且只需要轮换你的其他签名密钥。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allow third-party plugins and applications to load information about rooms you are in via D-Bus. This can have useful applications, but it also could be used for nefarious purposes. Enable at your own risk.

This setting will take effect upon restart.</source>
        <translation>允许第三方插件和应用程序通过 D-Bus 加载你所在聊天室的信息。这会有很多有用的应用，但也可能被用于恶意目的。启用时风险自负。

这个设置将在重新启动时生效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To allow new users to join a community, the community needs to expose some information about what servers participate in a room to community members. Since the room participants can change over time, this needs to be updated from time to time. This setting enables a background job to do that automatically.</source>
        <translation>为了允许新用户加入社区，社区需要向社区成员公开一些关于哪些服务器参与了某个聊天室的信息。由于聊天室参与者会随时间而改变，因此需要不时更新。此设置可让后台任务自动完成该操作。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Regularly redact expired events as specified in the event expiration configuration. Since this is currently not executed server side, you need to have one client running this regularly.</source>
        <translation>定期删除事件过期配置中指定的过期事件。由于此操作目前不能在服务端执行，你需要有一个客户端定期运行此操作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manage your ignored users.</source>
        <translation>管理你已忽略的用户。</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Always</source>
        <translation>始终</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only in private rooms</source>
        <translation>仅在私人房间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>从不</translation>
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
        <translation>系统字体</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System emoji font</source>
        <translation>系统表情符号字体</translation>
    </message>
    <message>
        <location line="+338"/>
        <source>Select a file</source>
        <translation>选择一个文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All Files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Open Sessions File</source>
        <translation>打开会话文件</translation>
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
        <translation>错误</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+26"/>
        <source>File Password</source>
        <translation>文件密码</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Enter the passphrase to decrypt the file:</source>
        <translation>输入口令以解密文件：</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>The password cannot be empty</source>
        <translation>密码不能为空</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Enter passphrase to encrypt your session keys:</source>
        <translation>输入口令以加密你的会话密钥：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Repeat File Password</source>
        <translation>重复文件密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the passphrase:</source>
        <translation>重复输入密码：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Passwords don&apos;t match</source>
        <translation>密码不匹配</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File to save the exported session keys</source>
        <translation>保存导出的会话密钥的文件</translation>
    </message>
    <message>
        <location line="-1104"/>
        <source>Disable swipe motions</source>
        <translation>禁用滑动操作</translation>
    </message>
</context>
<context>
    <name>UserSettingsPage</name>
    <message>
        <location filename="../qml/pages/UserSettingsPage.qml" line="+190"/>
        <source>CACHED</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT CACHED</source>
        <translation>未缓存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IMPORT</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EXPORT</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DOWNLOAD</source>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REQUEST</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CONFIGURE</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>MANAGE</source>
        <translation>管理</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>VerificationManager</name>
    <message>
        <location filename="../../src/encryption/VerificationManager.cpp" line="+143"/>
        <source>No encrypted private chat found with this user. Create an encrypted private chat with this user and try again.</source>
        <translation>未找到与该用户的加密私人聊天。创建与该用户的加密私人聊天，然后重试。</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message>
        <location filename="../qml/device-verification/Waiting.qml" line="+12"/>
        <source>Waiting for other party…</source>
        <translation>等待对方…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Waiting for other side to accept the verification request.</source>
        <translation>等待对方接受验证请求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for other side to continue the verification process.</source>
        <translation>等待对方继续验证过程。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for other side to complete the verification process.</source>
        <translation>等待对方完成验证过程。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../qml/pages/WelcomePage.qml" line="+30"/>
        <source>Welcome to nheko! The desktop client for the Matrix protocol.</source>
        <translation>欢迎使用 Nheko！Matrix 协议的桌面客户端。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enjoy your stay!</source>
        <translation>祝你使用愉快！</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>REGISTER</source>
        <translation>注册</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LOGIN</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reduce animations</source>
        <translation>减少动画</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nheko uses animations in several places to make stuff pretty. This allows you to turn those off if they make you feel unwell.</source>
        <translation>Nheko 在多处使用动画以使页面过渡流畅。如果这些动画让你感觉不舒服，你可以把它们关掉。</translation>
    </message>
</context>
<context>
    <name>descriptiveTime</name>
    <message>
        <location filename="../../src/Utils.cpp" line="+384"/>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>emoji-catagory</name>
    <message>
        <location filename="../../src/emoji/Emoji.cpp" line="+13"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nature</source>
        <translation>自然</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Food</source>
        <translation>食物</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Travel</source>
        <translation>旅行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objects</source>
        <translation>物体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Symbols</source>
        <translation>符号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flags</source>
        <translation>旗帜</translation>
    </message>
</context>
<context>
    <name>macosNotification</name>
    <message>
        <location filename="../../src/notifications/ManagerMac.cpp" line="-12"/>
        <source>Message contains spoiler.</source>
        <translation>消息包含剧透。</translation>
    </message>
</context>
<context>
    <name>message-description sent:</name>
    <message>
        <location filename="../../src/Utils.cpp" line="-308"/>
        <source>You sent an audio clip</source>
        <translation>你发送了一个音频片段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent an audio clip</source>
        <translation>%1 发送了一个音频片段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent an image</source>
        <translation>你发送了一张图片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent an image</source>
        <translation>%1 发送了一张图片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent a file</source>
        <translation>你发送了一个文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a file</source>
        <translation>%1 发送了一个文件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent a video</source>
        <translation>你发送了一个视频</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a video</source>
        <translation>%1 发送了一个视频</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent a sticker</source>
        <translation>你发送了一张贴纸</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sent a sticker</source>
        <translation>%1 发送了一张贴纸</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sent a notification</source>
        <translation>你发送了一个通知</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent a notification</source>
        <translation>%1 发送了一个通知</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>You sent a spoiler.</source>
        <translation>您发送了一个剧透。</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+26"/>
        <source>%1 sent a spoiler.</source>
        <translation>%1 发送了一个剧透。</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+26"/>
        <source>You: %1</source>
        <translation>你：%1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+27"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>You sent a chat effect</source>
        <translation>你发送了一个聊天特效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent a chat effect</source>
        <translation>%1 发送了一个聊天特效</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>* %1 spoils something.</source>
        <translation>* %1 剧透了某件事。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You sent an encrypted message</source>
        <translation>你发送了一条加密消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sent an encrypted message</source>
        <translation>%1 发送了一条加密消息</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You placed a call</source>
        <translation>你发起了通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 placed a call</source>
        <translation>%1 发起了通话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You answered a call</source>
        <translation>你接听了通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 answered a call</source>
        <translation>%1 接听了通话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You ended a call</source>
        <translation>你结束了通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 ended a call</source>
        <translation>%1 结束了通话</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You rejected a call</source>
        <translation>你拒绝了通话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rejected a call</source>
        <translation>%1 拒绝了通话</translation>
    </message>
</context>
<context>
    <name>utils</name>
    <message>
        <location line="+3"/>
        <source>Unknown Message Type</source>
        <translation>未知的消息类型</translation>
    </message>
</context>
</TS>
